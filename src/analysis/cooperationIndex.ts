// Counting stories by QuadClass and the cooperation–conflict index of a set of stories.
//
// index = (cooperative − conflictual) / (cooperative + conflictual), from −1 (only conflict) to +1 (only
// cooperation), over stories (each real-world event once, however many articles report it); null when
// there are neither. Goldstein sum and mean are given beside it for intensity.
import { sideOf, type Story } from './story.ts';

export interface Tally {
  /** Stories per QuadClass: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  quad: { 1: number; 2: number; 3: number; 4: number };
  cooperation: number;
  conflict: number;
  /** Stories with no QuadClass. */
  unclassed: number;
  goldsteinSum: number;
  /** Stories with a Goldstein score, which the mean is over. */
  goldsteinCount: number;
  goldsteinMean: number | null;
  index: number | null;
}

export function emptyTally(): Tally {
  return { quad: { 1: 0, 2: 0, 3: 0, 4: 0 }, cooperation: 0, conflict: 0, unclassed: 0, goldsteinSum: 0, goldsteinCount: 0, goldsteinMean: null, index: null };
}

/** Adds a story to the tally and updates its mean and index. */
export function addToTally(t: Tally, s: Pick<Story, 'quad' | 'goldstein'>): Tally {
  const side = sideOf(s.quad);
  if (side) {
    t.quad[s.quad as 1 | 2 | 3 | 4]++;
    t[side]++;
  } else t.unclassed++;
  if (s.goldstein !== null) {
    t.goldsteinCount++;
    t.goldsteinSum = round(t.goldsteinSum + s.goldstein);
    t.goldsteinMean = round(t.goldsteinSum / t.goldsteinCount);
  }
  t.index = cooperationIndex(t.cooperation, t.conflict);
  return t;
}

export function cooperationIndex(cooperation: number, conflict: number): number | null {
  const n = cooperation + conflict;
  return n ? round((cooperation - conflict) / n) : null;
}

/** Three decimals: enough for an index or a Goldstein sum, stable to print and compare. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
