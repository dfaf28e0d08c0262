// An offline world map (d3-geo, world-atlas country shapes bundled with the app; no tile server) with the
// places of events as clusters. Zoom with the buttons, the wheel or by opening a cluster; pan by dragging or
// with the arrow keys. Clusters are buttons: Tab to one and press Enter.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { PlaceSummary } from '../api.ts';
import { clusterPlaces, type Cluster } from './cluster.ts';
import { plural } from '../format.ts';

const W = 960;
const H = 500;

type View = { k: number; cx: number; cy: number };

export function WorldMap({ places, selected, onSelect, focus }: { places: PlaceSummary[]; selected: string | null; onSelect(p: PlaceSummary | null, cluster?: Cluster): void; focus: PlaceSummary | null }) {
  const [land, setLand] = useState<FeatureCollection<Geometry> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [view, setView] = useState<View>({ k: 1, cx: W / 2, cy: H / 2 });
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; view: View; moved: boolean } | null>(null);

  useEffect(() => {
    // The country shapes load with the view, not with the app.
    import('world-atlas/countries-50m.json').then(
      (m) => {
        const topo = (m.default ?? m) as unknown as Parameters<typeof feature>[0] & { objects: { countries: Parameters<typeof feature>[1] } };
        setLand(feature(topo, topo.objects.countries) as unknown as FeatureCollection<Geometry>);
      },
      (e: Error) => setFailed(e.message),
    );
  }, []);

  const projection = useMemo(() => geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'Sphere' }), []);
  const path = useMemo(() => geoPath(projection), [projection]);
  const countries = useMemo(() => (land ? land.features.map((f, i) => <path key={i} d={path(f) ?? ''} class="country" />) : null), [land, path]);
  const sphere = useMemo(() => path({ type: 'Sphere' }) ?? '', [path]);
  const graticule = useMemo(() => path(geoGraticule10()) ?? '', [path]);

  const projected = useMemo(
    () =>
      places.flatMap((place) => {
        const p = projection([place.lon, place.lat]);
        return p ? [{ place, x: p[0], y: p[1] }] : [];
      }),
    [places, projection],
  );
  const clusters = useMemo(() => clusterPlaces(projected, 44 / view.k), [projected, view.k]);
  const maxEvents = Math.max(1, ...clusters.map((c) => c.events));

  useEffect(() => {
    if (!focus) return;
    const p = projection([focus.lon, focus.lat]);
    if (p) setView(clampView({ k: 4, cx: p[0], cy: p[1] }));
  }, [focus?.name]);

  const zoom = (factor: number, at?: { x: number; y: number }) =>
    setView((v) => {
      const k = Math.min(40, Math.max(1, v.k * factor));
      const cx = at ? at.x + (v.cx - at.x) * (v.k / k) : v.cx;
      const cy = at ? at.y + (v.cy - at.y) * (v.k / k) : v.cy;
      return clampView({ k, cx, cy });
    });
  const pan = (dx: number, dy: number) => setView((v) => clampView({ ...v, cx: v.cx + dx / v.k, cy: v.cy + dy / v.k }));
  const toMap = (clientX: number, clientY: number) => {
    const r = svg.current!.getBoundingClientRect();
    const vb = viewBox(view);
    return { x: vb[0] + ((clientX - r.left) / r.width) * vb[2], y: vb[1] + ((clientY - r.top) / r.height) * vb[3] };
  };
  const open = (c: Cluster) => {
    if (c.places.length === 1) onSelect(c.places[0]);
    else {
      onSelect(null, c);
      setView((v) => clampView({ k: Math.min(40, v.k * 3), cx: c.x, cy: c.y }));
    }
  };

  return (
    <div class="map-wrap">
      <div class="map-tools" role="group" aria-label="Map zoom">
        <button type="button" onClick={() => zoom(2)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom(0.5)} aria-label="Zoom out">
          −
        </button>
        <button type="button" onClick={() => setView({ k: 1, cx: W / 2, cy: H / 2 })}>
          World
        </button>
      </div>
      <svg
        ref={svg}
        class="world"
        viewBox={viewBox(view).join(' ')}
        role="group"
        aria-label={`World map with ${plural(places.length, 'place')} of events. Arrow keys pan, + and − zoom.`}
        tabIndex={0}
        onWheel={(e) => {
          e.preventDefault();
          zoom(e.deltaY < 0 ? 1.5 : 1 / 1.5, toMap(e.clientX, e.clientY));
        }}
        onPointerDown={(e) => {
          drag.current = { x: e.clientX, y: e.clientY, view, moved: false };
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d || !(e.buttons & 1)) return;
          const r = svg.current!.getBoundingClientRect();
          const dx = ((e.clientX - d.x) / r.width) * (W / d.view.k);
          const dy = ((e.clientY - d.y) / r.height) * (H / d.view.k);
          if (Math.abs(e.clientX - d.x) + Math.abs(e.clientY - d.y) > 4) d.moved = true;
          if (d.moved) setView(clampView({ ...d.view, cx: d.view.cx - dx, cy: d.view.cy - dy }));
        }}
        onPointerUp={() => {
          setTimeout(() => (drag.current = null));
        }}
        onKeyDown={(e) => {
          const step = 60;
          if (e.target !== e.currentTarget) return;
          if (e.key === 'ArrowLeft') pan(-step, 0);
          else if (e.key === 'ArrowRight') pan(step, 0);
          else if (e.key === 'ArrowUp') pan(0, -step);
          else if (e.key === 'ArrowDown') pan(0, step);
          else if (e.key === '+' || e.key === '=') zoom(2);
          else if (e.key === '-') zoom(0.5);
          else return;
          e.preventDefault();
        }}
      >
        <path d={sphere} class="sphere" />
        <path d={graticule} class="graticule" />
        <g class="countries">{countries}</g>
        {failed && (
          <text x={W / 2} y={H / 2} text-anchor="middle" class="map-error">
            The country shapes could not be loaded ({failed}).
          </text>
        )}
        <g class="clusters">
          {clusters.map((c) => {
            const r = (7 + 11 * Math.sqrt(c.events / maxEvents)) / view.k;
            const isSel = c.places.some((p) => p.name === selected);
            const label =
              c.places.length === 1
                ? `${c.places[0].name}${c.places[0].country ? ` (${c.places[0].country})` : ''}: ${plural(c.events, 'event')}`
                : `${plural(c.places.length, 'place')} (${c.places
                    .slice(0, 3)
                    .map((p) => p.name)
                    .join(', ')}${c.places.length > 3 ? '…' : ''}): ${plural(c.events, 'event')}`;
            const conflictShare = c.conflict / c.events;
            return (
              <g
                key={c.key}
                class={`cluster${isSel ? ' selected' : ''}`}
                role="button"
                tabIndex={0}
                aria-label={label}
                transform={`translate(${c.x},${c.y})`}
                onClick={(e) => {
                  if (drag.current?.moved) return;
                  e.stopPropagation();
                  open(c);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open(c);
                  }
                }}
              >
                <title>{label}</title>
                <circle r={r} style={{ fill: conflictShare > 0.5 ? '#c53030' : conflictShare > 0 ? '#d69e2e' : '#2b6cb0' }} />
                <text dy="0.35em" style={{ fontSize: `${11 / view.k}px` }}>
                  {c.events}
                </text>
                {view.k >= 3 && c.places.length === 1 && (
                  <text class="place-label" x={r + 3 / view.k} dy="0.35em" style={{ fontSize: `${11 / view.k}px` }}>
                    {c.places[0].name}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}

function viewBox(v: View): [number, number, number, number] {
  const w = W / v.k;
  const h = H / v.k;
  return [v.cx - w / 2, v.cy - h / 2, w, h];
}

function clampView(v: View): View {
  const w = W / v.k / 2;
  const h = H / v.k / 2;
  return { k: v.k, cx: Math.min(W - w, Math.max(w, v.cx)), cy: Math.min(H - h, Math.max(h, v.cy)) };
}
