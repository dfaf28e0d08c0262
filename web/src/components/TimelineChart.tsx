// A dyad's cooperation (up, green) and conflict (down, red) per period, drawn with Observable Plot.
// Clicking a bar picks its period; the table under the chart does the same from the keyboard.
import { useEffect, useRef } from 'preact/hooks';
import * as Plot from '@observablehq/plot';
import type { TimelinePoint } from '../api.ts';

type Datum = TimelinePoint & { start: Date; end: Date; mid: Date };

function bounds(period: string, interval: 'month' | 'year'): { start: Date; end: Date } {
  const y = Number(period.slice(0, 4));
  if (interval === 'year') return { start: new Date(Date.UTC(y, 0, 1)), end: new Date(Date.UTC(y + 1, 0, 1)) };
  const m = Number(period.slice(5, 7)) - 1;
  return { start: new Date(Date.UTC(y, m, 1)), end: new Date(Date.UTC(y, m + 1, 1)) };
}

export function TimelineChart({ points, interval, selected, onSelect }: { points: TimelinePoint[]; interval: 'month' | 'year'; selected: string | null; onSelect(period: string): void }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const data: Datum[] = points.map((p) => {
      const b = bounds(p.period, interval);
      return { ...p, ...b, mid: new Date((b.start.getTime() + b.end.getTime()) / 2) };
    });
    // At least a year of axis, so a single month does not fill the width.
    const first = data[0]?.start ?? new Date();
    const last = data[data.length - 1]?.end ?? new Date();
    const span = last.getTime() - first.getTime();
    const pad = Math.max(0, 365 * 864e5 - span) / 2 + 15 * 864e5;
    const describe = (d: Datum) =>
      `${d.period}: ${d.cooperation} cooperation, ${d.conflict} conflict\nindex ${d.index ?? '—'} · mean Goldstein ${d.goldstein ?? '—'}\nclick for the events`;
    const chart = Plot.plot({
      width: Math.max(480, el.clientWidth),
      height: 300,
      marginLeft: 48,
      marginBottom: 36,
      style: { fontSize: '12px', background: 'transparent' },
      x: { type: 'utc', label: null, domain: [new Date(first.getTime() - pad), new Date(last.getTime() + pad)] },
      y: { label: '↑ cooperation   stories   conflict ↓', grid: true, tickFormat: (v: number) => String(Math.abs(v)) },
      marks: [
        Plot.rectY(data, { x1: 'start', x2: 'end', y: 'cooperation', fill: '#2f855a', insetLeft: 1, insetRight: 1 }),
        Plot.rectY(data, { x1: 'start', x2: 'end', y: (d: Datum) => -d.conflict, fill: '#c53030', insetLeft: 1, insetRight: 1 }),
        Plot.rectY(
          data.filter((d) => d.period === selected),
          { x1: 'start', x2: 'end', y1: (d: Datum) => -d.conflict, y2: 'cooperation', fill: 'none', stroke: '#1a202c', strokeWidth: 2 },
        ),
        Plot.ruleY([0], { stroke: '#4a5568' }),
        Plot.tip(data, Plot.pointerX({ x: 'mid', y: (d: Datum) => (d.cooperation >= d.conflict ? d.cooperation : -d.conflict), title: describe })),
      ],
    }) as (SVGSVGElement | HTMLElement) & { value?: Datum | null };
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', `Cooperation and conflict per ${interval}; the table below lists the same figures.`);
    chart.style.cursor = 'pointer';
    chart.addEventListener('click', () => {
      if (chart.value) onSelect(chart.value.period);
    });
    el.replaceChildren(chart);
    return () => chart.remove();
  }, [points, interval, selected]);
  return <div class="chart" ref={box} />;
}
