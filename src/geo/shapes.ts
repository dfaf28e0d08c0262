// Area shapes (countries from world-atlas, US states and counties from us-atlas): decoded from TopoJSON once
// at start-up, then asked three things — does it contain a point, where is its centre, and where is its
// northern / south-eastern / central part. Planar geometry on longitude/latitude: good enough at the 161 km
// scale places are judged at.

/** A ring is a flat [lon0, lat0, lon1, lat1, …] array. */
export interface Shape {
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: [number, number, number, number];
  /** Polygons, each an outer ring then its holes. */
  polygons: Float64Array[][];
}

interface TopoGeometry {
  type: string;
  id?: string | number;
  properties?: Record<string, unknown>;
  arcs?: unknown;
}
export interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<string, { type: string; geometries: TopoGeometry[] }>;
}

export interface NamedShape {
  id: string;
  name: string;
  shape: Shape;
}

/** Every polygon geometry of one object of a TopoJSON topology, with its id and name. */
export function shapesOf(topology: Topology, object: string): NamedShape[] {
  const arcs = decodeArcs(topology);
  const out: NamedShape[] = [];
  for (const g of topology.objects[object]?.geometries ?? []) {
    const rings = (indexes: number[]) => ring(arcs, indexes);
    let polygons: Float64Array[][] = [];
    if (g.type === 'Polygon') polygons = [(g.arcs as number[][]).map(rings)];
    else if (g.type === 'MultiPolygon') polygons = (g.arcs as number[][][]).map((p) => p.map(rings));
    else continue;
    polygons = polygons.filter((p) => p.length && p[0].length >= 6);
    if (!polygons.length) continue;
    out.push({ id: String(g.id ?? ''), name: String(g.properties?.name ?? ''), shape: { bbox: bboxOf(polygons), polygons } });
  }
  return out;
}

function decodeArcs(t: Topology): number[][][] {
  if (!t.transform) return t.arcs;
  const [sx, sy] = t.transform.scale;
  const [tx, ty] = t.transform.translate;
  return t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

function ring(arcs: number[][][], indexes: number[]): Float64Array {
  const pts: number[] = [];
  for (const i of indexes) {
    const arc = i < 0 ? [...arcs[~i]].reverse() : arcs[i];
    // Consecutive arcs share their end point: skip the repeat.
    for (let k = pts.length ? 1 : 0; k < arc.length; k++) pts.push(arc[k][0], arc[k][1]);
  }
  return Float64Array.from(pts);
}

function bboxOf(polygons: Float64Array[][]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polygons)
    for (let k = 0; k < p[0].length; k += 2) {
      const x = p[0][k];
      const y = p[0][k + 1];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  return b;
}

/** Is the point inside the shape (even-odd rule over every ring)? */
export function contains(s: Shape, lon: number, lat: number): boolean {
  const [x0, y0, x1, y1] = s.bbox;
  if (lon < x0 || lon > x1 || lat < y0 || lat > y1) return false;
  let inside = false;
  for (const polygon of s.polygons)
    for (const r of polygon) {
      for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
        const yi = r[i + 1];
        const yj = r[j + 1];
        if (yi > lat !== yj > lat && lon < ((r[j] - r[i]) * (lat - yi)) / (yj - yi) + r[i]) inside = !inside;
      }
    }
  return inside;
}

/** Signed area and area-weighted centre of a ring. */
function ringMoments(r: Float64Array, shift: number): [number, number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
    const xi = r[i] + shift;
    const xj = r[j] + shift;
    const f = xj * r[i + 1] - xi * r[j + 1];
    a += f;
    cx += (xj + xi) * f;
    cy += (r[j + 1] + r[i + 1]) * f;
  }
  return [a / 2, cx / 6, cy / 6];
}

/**
 * The area-weighted centre [lon, lat]. Polygons on the far side of the antimeridian (the Aleutians, Chukotka)
 * are moved next to the largest one first, so they pull the centre the short way round.
 */
export function centroid(s: Shape): [number, number] {
  const parts = s.polygons.map((p) => {
    let [a, mx, my] = ringMoments(p[0], 0);
    for (const hole of p.slice(1)) {
      const [ha, hx, hy] = ringMoments(hole, 0);
      // Holes are wound the other way: their signed area subtracts whatever the outer ring's sign.
      a += ha;
      mx += hx;
      my += hy;
    }
    return { a, mx, my };
  });
  const largest = parts.reduce((m, p) => (Math.abs(p.a) > Math.abs(m.a) ? p : m), parts[0]);
  const refLon = largest.a ? largest.mx / largest.a : s.bbox[0];
  let A = 0;
  let X = 0;
  let Y = 0;
  for (const p of parts) {
    if (!p.a) continue;
    let lon = p.mx / p.a;
    const shift = lon - refLon > 180 ? -360 : refLon - lon > 180 ? 360 : 0;
    lon += shift;
    const w = Math.abs(p.a);
    A += w;
    X += lon * w;
    Y += (p.my / p.a) * w;
  }
  if (!A) return [(s.bbox[0] + s.bbox[2]) / 2, (s.bbox[1] + s.bbox[3]) / 2];
  let lon = X / A;
  if (lon > 180) lon -= 360;
  if (lon < -180) lon += 360;
  return [lon, Y / A];
}

/**
 * The centre [lon, lat] of the part of the shape a direction names: the share of its area lying furthest
 * along `vector` ([east, north]; [0, 0] is the part nearest the centre). Found on a grid of points inside the
 * shape, so it always lies inside it.
 */
export function partCentre(s: Shape, vector: [number, number], share: number, grid = 48): [number, number] | undefined {
  const [x0, y0, x1, y1] = s.bbox;
  // A shape that wraps the antimeridian (Russia, Fiji) has a useless bbox: fall back to its centre.
  if (x1 - x0 > 300) return undefined;
  const pts: Array<[number, number]> = [];
  const dx = (x1 - x0) / grid;
  const dy = (y1 - y0) / grid;
  for (let i = 0; i < grid; i++)
    for (let j = 0; j < grid; j++) {
      const x = x0 + (i + 0.5) * dx;
      const y = y0 + (j + 0.5) * dy;
      if (contains(s, x, y)) pts.push([x, y]);
    }
  if (!pts.length) return undefined;
  const [cx, cy] = centroid(s);
  const kx = Math.cos((cy * Math.PI) / 180); // a degree of longitude is shorter away from the equator
  const len = Math.hypot(vector[0], vector[1]);
  const key = len
    ? (p: [number, number]) => -((p[0] - cx) * kx * vector[0] + (p[1] - cy) * vector[1]) / len
    : (p: [number, number]) => Math.hypot((p[0] - cx) * kx, p[1] - cy);
  pts.sort((a, b) => key(a) - key(b));
  const part = pts.slice(0, Math.max(1, Math.round(pts.length * share)));
  const lon = part.reduce((t, p) => t + p[0], 0) / part.length;
  const lat = part.reduce((t, p) => t + p[1], 0) / part.length;
  if (contains(s, lon, lat)) return [lon, lat];
  // A crescent's centre can fall outside it: take the part's point nearest that centre.
  return part.reduce((m, p) => (Math.hypot(p[0] - lon, p[1] - lat) < Math.hypot(m[0] - lon, m[1] - lat) ? p : m), part[0]);
}
