// Alignment network for a period: a slider over the months with events (and a window length) picks the
// period; play steps through it to watch alignments shift. Every edge leads to its events.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Network, PeriodCount, Shift } from '../api.ts';
import { useApi } from '../useApi.ts';
import { href, navigate } from '../router.ts';
import { forceLayout } from '../network/layout.ts';
import { NetworkGraph, SIGN_COLOURS, TYPE_COLOURS, type Selection } from '../network/NetworkGraph.tsx';
import { Empty, ErrorState, Loading } from '../components/States.tsx';
import { plural } from '../format.ts';

const WINDOWS = [3, 6, 12, 24, 0]; // months; 0: everything up to the chosen month

function monthsBack(month: string, n: number): string {
  let [y, m] = month.split('-').map(Number);
  m -= n - 1;
  while (m < 1) {
    m += 12;
    y--;
  }
  return `${y}-${String(m).padStart(2, '0')}`;
}

export function NetworkView({ params }: { params: URLSearchParams }) {
  const periods = useApi<{ items: PeriodCount[] }>('/periods');
  const all = useApi<Network>('/network');
  const months = periods.data?.items ?? [];
  const windowMonths = Number(params.get('window') ?? 12);
  const endParam = params.get('end');
  const endIndex = Math.max(0, endParam ? months.findIndex((p) => p.period === endParam) : months.length - 1);
  const end = months[endIndex]?.period ?? null;
  const since = end && windowMonths ? monthsBack(end, windowMonths) : null;
  const net = useApi<Network>(end ? '/network' : null, { since, until: end });
  const shifts = useApi<{ items: Shift[] }>('/shifts');
  const [selection, setSelection] = useState<Selection>(null);
  const [playing, setPlaying] = useState(false);
  const positions = useMemo(() => (all.data ? forceLayout(all.data.nodes, all.data.edges) : new Map()), [all.data]);
  const go = (p: Record<string, string | number | undefined>) => navigate('/network', { window: windowMonths === 12 ? undefined : windowMonths, end: end ?? undefined, ...p }, true);

  useEffect(() => {
    if (!playing || !months.length) return;
    const t = setTimeout(() => {
      if (endIndex >= months.length - 1) setPlaying(false);
      else go({ end: months[endIndex + 1].period });
    }, 1200);
    return () => clearTimeout(t);
  }, [playing, endIndex, months.length]);

  if (periods.error || all.error) return <ErrorState message={(periods.error ?? all.error)!.message} onRetry={() => (periods.reload(), all.reload())} />;
  if (!periods.data || !all.data) return <Loading what="Loading the network" />;
  if (!months.length) return <Empty title="No dated events yet">Ingest articles to see who aligns with whom.</Empty>;

  const edges = net.data?.edges ?? [];
  const picked =
    selection?.kind === 'edge'
      ? edges.filter((e) => e.source === selection.source && e.target === selection.target)
      : selection?.kind === 'node'
        ? edges.filter((e) => e.source === selection.id || e.target === selection.id)
        : edges;
  const periodLabel = since ? `${since} to ${end}` : `up to ${end}`;
  const shiftsHere = (shifts.data?.items ?? []).filter((s) => end && s.to.period <= end.slice(0, 4) && s.to.period >= (since ?? '0000').slice(0, 4));
  // Shifts are per year, index from −1 (only conflict) to +1 (only cooperation).

  return (
    <section aria-labelledby="network-title">
      <div class="view-head">
        <h1 id="network-title">Alignment network</h1>
        <p class="muted">
          {periodLabel} · {net.data ? `${plural(net.data.nodes.length, 'actor')}, ${plural(edges.length, 'pair')}` : '…'}
        </p>
      </div>
      <div class="period-bar">
        <button type="button" onClick={() => setPlaying(!playing)} aria-pressed={playing}>
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <label for="net-end">Period ending</label>
        <input
          id="net-end"
          type="range"
          min={0}
          max={months.length - 1}
          value={endIndex}
          aria-valuetext={`${end} (${months[endIndex]?.events ?? 0} events that month)`}
          onInput={(e) => go({ end: months[Number(e.currentTarget.value)].period })}
        />
        <output for="net-end" class="period-out">
          {end}
        </output>
        <label for="net-window">Window</label>
        <select id="net-window" value={String(windowMonths)} onChange={(e) => go({ window: Number(e.currentTarget.value) === 12 ? undefined : Number(e.currentTarget.value) })}>
          {WINDOWS.map((w) => (
            <option key={w} value={String(w)}>
              {w ? `${w} months` : 'all before'}
            </option>
          ))}
        </select>
      </div>
      <div class="network-grid">
        <div>
          {net.error && <ErrorState message={net.error.message} />}
          {net.data && net.data.edges.length === 0 && <Empty title={`No pair of actors has events ${periodLabel}`}>Move the slider or widen the window.</Empty>}
          {net.data && net.data.edges.length > 0 && <NetworkGraph network={net.data} positions={positions} selection={selection} onSelect={setSelection} />}
          <ul class="legend-line" aria-label="Legend">
            <li>
              <span class="swatch" style={{ background: SIGN_COLOURS[1] }} /> aligned (more cooperation than conflict)
            </li>
            <li>
              <span class="swatch" style={{ background: SIGN_COLOURS[-1] }} /> hostile · labels: balance, “vs” common adversaries
            </li>
            {Object.entries(TYPE_COLOURS).map(([t, c]) => (
              <li key={t}>
                <span class="dot" style={{ background: c }} /> {t}
              </li>
            ))}
          </ul>
        </div>
        <aside class="side" aria-label="Pairs">
          <h2>
            {selection?.kind === 'node' ? `Pairs of ${selection.id}` : selection?.kind === 'edge' ? `${selection.source} ↔ ${selection.target}` : 'Pairs'}
            {selection && (
              <button type="button" class="link small" onClick={() => setSelection(null)}>
                show all
              </button>
            )}
          </h2>
          <table class="data compact">
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <th scope="col" class="num" title="cooperative minus conflictual stories">
                  Coop − confl.
                </th>
                <th scope="col" class="num">
                  Events
                </th>
              </tr>
            </thead>
            <tbody>
              {picked.map((e) => (
                <tr key={`${e.source}|${e.target}`}>
                  <th scope="row">
                    <button type="button" class="link" onClick={() => setSelection({ kind: 'edge', source: e.source, target: e.target })}>
                      {e.source} ↔ {e.target}
                    </button>
                    {e.against.length > 0 && <div class="sub">against {e.against.join(', ')}</div>}
                  </th>
                  <td class={`num ${e.sign > 0 ? 'pos' : e.sign < 0 ? 'neg' : ''}`}>{e.weight > 0 ? `+${e.weight}` : e.weight}</td>
                  <td class="num">
                    <a href={href('/events', { dyad: `${e.source}:${e.target}`, since: since ?? undefined, until: end ?? undefined })} aria-label={`${e.events} events between ${e.source} and ${e.target}`}>
                      {e.events}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {selection?.kind === 'edge' && (
            <p>
              <a href={href('/timeline', { dyad: `${selection.source}:${selection.target}` })}>Timeline of this pair →</a>
            </p>
          )}
          {shiftsHere.length > 0 && (
            <>
              <h2>Shifts (cooperation index by year)</h2>
              <ul class="shifts">
                {shiftsHere.slice(0, 8).map((s) => (
                  <li key={`${s.a}|${s.b}|${s.to.period}`}>
                    <a href={href('/timeline', { dyad: `${s.a}:${s.b}`, interval: 'year' })}>
                      {s.a} ↔ {s.b}
                    </a>
                    : {s.from.period} {s.from.index > 0 ? '+' : ''}
                    {s.from.index} → {s.to.period} {s.to.index > 0 ? '+' : ''}
                    {s.to.index}
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </section>
  );
}
