// Structural balance of a signed graph: a triangle is balanced when the product of its signs is
// positive — friends of friends are friends (+ + +), and the enemy of my enemy is my friend (+ − −).
// A triangle with one negative edge (+ + −) is the strain of an alliance: two partners of one actor at
// odds with each other (Turkey, the US and the YPG in 2016).

export interface SignedEdge {
  source: string;
  target: string;
  sign: number;
}

export interface Triad {
  actors: [string, string, string];
  /** Signs of the edges a–b, b–c, a–c. */
  signs: [number, number, number];
  balanced: boolean;
  /** '+++' allies, '+--' shared enemy, '++-' strained, '---' all at odds. */
  pattern: '+++' | '+--' | '++-' | '---';
}

export interface SharedEnemy {
  allies: [string, string];
  enemy: string;
}

export interface Balance {
  triads: number;
  balanced: number;
  unbalanced: number;
  /** Balanced share of the triads, or null when there are none. */
  ratio: number | null;
}

/** Every triangle of edges with a sign (zero-signed edges are left out), actors in id order. */
export function triads(edges: readonly SignedEdge[]): Triad[] {
  const sign = new Map<string, number>();
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = neighbours.get(a);
    if (set) set.add(b);
    else neighbours.set(a, new Set([b]));
  };
  for (const e of edges) {
    if (!e.sign || e.source === e.target) continue;
    sign.set(pairKey(e.source, e.target), Math.sign(e.sign));
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const out: Triad[] = [];
  const ids = [...neighbours.keys()].sort(compare);
  for (const a of ids) {
    const na = [...neighbours.get(a)!].filter((x) => compare(x, a) > 0).sort(compare);
    for (let i = 0; i < na.length; i++) {
      for (let j = i + 1; j < na.length; j++) {
        const [b, c] = [na[i], na[j]];
        const bc = sign.get(pairKey(b, c));
        if (bc === undefined) continue;
        const signs: [number, number, number] = [sign.get(pairKey(a, b))!, bc, sign.get(pairKey(a, c))!];
        const negatives = signs.filter((s) => s < 0).length;
        out.push({
          actors: [a, b, c],
          signs,
          balanced: negatives % 2 === 0,
          pattern: (['+++', '++-', '+--', '---'] as const)[negatives],
        });
      }
    }
  }
  return out;
}

/** Pairs of allies (positive edge) with a common enemy (negative edges to both). */
export function sharedEnemies(found: readonly Triad[]): SharedEnemy[] {
  const out: SharedEnemy[] = [];
  for (const t of found) {
    if (t.pattern !== '+--') continue;
    const [a, b, c] = t.actors;
    const [ab, bc] = t.signs;
    if (ab > 0) out.push({ allies: [a, b], enemy: c });
    else if (bc > 0) out.push({ allies: [b, c], enemy: a });
    else out.push({ allies: [a, c], enemy: b });
  }
  return out;
}

export function balance(found: readonly Triad[]): Balance {
  const balanced = found.filter((t) => t.balanced).length;
  return { triads: found.length, balanced, unbalanced: found.length - balanced, ratio: found.length ? Math.round((balanced / found.length) * 1000) / 1000 : null };
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
