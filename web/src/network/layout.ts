// A deterministic force layout (Fruchterman–Reingold) for the alignment network. It is computed once over
// every pair of the whole record, so each actor keeps its place while the period slider moves and the eye
// sees edges change, not nodes wander. Allies (positive edges) pull harder than foes.
import type { NetworkEdge, NetworkNode } from '../api.ts';

export type Positions = Map<string, { x: number; y: number }>;

export function forceLayout(nodes: NetworkNode[], edges: NetworkEdge[], iterations = 400): Positions {
  const n = nodes.length;
  const pos = nodes.map((_, i) => ({ x: Math.cos((2 * Math.PI * i) / Math.max(1, n)), y: Math.sin((2 * Math.PI * i) / Math.max(1, n)) }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges.flatMap((e) => {
    const s = index.get(e.source);
    const t = index.get(e.target);
    return s === undefined || t === undefined ? [] : [{ s, t, w: (e.sign > 0 ? 1.5 : 0.6) * Math.log2(1 + e.events) }];
  });
  const k = 1.6 * Math.sqrt(4 / Math.max(1, n));
  let temp = 0.2;
  for (let it = 0; it < iterations; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x;
        const dy = pos[i].y - pos[j].y;
        const d2 = Math.max(1e-4, dx * dx + dy * dy);
        const f = (k * k) / d2;
        disp[i].x += dx * f;
        disp[i].y += dy * f;
        disp[j].x -= dx * f;
        disp[j].y -= dy * f;
      }
    }
    for (const { s, t, w } of links) {
      const dx = pos[s].x - pos[t].x;
      const dy = pos[s].y - pos[t].y;
      const d = Math.max(1e-3, Math.hypot(dx, dy));
      const f = (d * w) / k;
      disp[s].x -= (dx / d) * f;
      disp[s].y -= (dy / d) * f;
      disp[t].x += (dx / d) * f;
      disp[t].y += (dy / d) * f;
    }
    for (let i = 0; i < n; i++) {
      // A weak pull to the centre keeps unconnected parts on screen.
      disp[i].x -= pos[i].x * 0.02;
      disp[i].y -= pos[i].y * 0.02;
      const d = Math.max(1e-6, Math.hypot(disp[i].x, disp[i].y));
      pos[i].x += (disp[i].x / d) * Math.min(d, temp);
      pos[i].y += (disp[i].y / d) * Math.min(d, temp);
    }
    temp = Math.max(0.005, temp * 0.985);
  }
  return new Map(nodes.map((node, i) => [node.id, pos[i]]));
}
