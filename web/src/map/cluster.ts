// Places clustered on screen: a grid whose cells are a fixed number of screen pixels at the current zoom,
// so clusters split as one zooms in. A cluster sits at the event-weighted centre of its places.
import type { PlaceSummary } from '../api.ts';

export interface Cluster {
  key: string;
  x: number;
  y: number;
  events: number;
  conflict: number;
  places: PlaceSummary[];
}

export function clusterPlaces(points: Array<{ place: PlaceSummary; x: number; y: number }>, cell: number): Cluster[] {
  const cells = new Map<string, Cluster & { wx: number; wy: number }>();
  for (const { place, x, y } of points) {
    const key = `${Math.floor(x / cell)}:${Math.floor(y / cell)}`;
    const c = cells.get(key) ?? { key, x: 0, y: 0, wx: 0, wy: 0, events: 0, conflict: 0, places: [] };
    c.wx += x * place.events;
    c.wy += y * place.events;
    c.events += place.events;
    c.conflict += place.conflict;
    c.places.push(place);
    cells.set(key, c);
  }
  return [...cells.values()]
    .map(({ wx, wy, ...c }) => ({ ...c, x: wx / c.events, y: wy / c.events, places: c.places.sort((a, b) => b.events - a.events) }))
    .sort((a, b) => b.events - a.events);
}
