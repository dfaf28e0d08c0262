// Proposes the years chrono-node leaves alone: bare years behind a preposition or part word ("since 2012",
// "mid-2015", "the summer of 2014" — the season matcher takes the longer span) or before an occasion
// ("the 2016 coup"); ranges ("between 2012 and 2014", "2015-16": the start is the value, the last year its
// end); and decades ("the 1990s", "the '90s", "the nineties": year precision, the first year as value, the
// last as end). A number followed by a count noun ("2000 troops") is no year.
import type { TimeValue } from '../core/types.ts';
import type { Candidate, SentenceContext } from './candidates.ts';

const YEAR = /(?<![\p{L}\p{N}$£€.,:/]|\d[-–])(?:19|20)\d{2}(?![\p{L}\p{N}]|[.,:/]\d|%|-\d|–\d)/gu;
const DECADE = /(?<![\p{L}\p{N}'])((?:19|20)\d0)'?s(?![\p{L}\p{N}])/gu;
// "the '90s", "the early 90s", "the mid-90s": a two-digit decade needs "the" (and at most one word) before it.
const SHORT_DECADE = /(?<![\p{L}\p{N}])the\s+(?:\p{L}+[\s-]+)?('?(\d)0s)(?![\p{L}\p{N}])/giu;

export function yearCandidates(ctx: SentenceContext): Candidate[] {
  const { slice, lex } = ctx;
  const out: Candidate[] = [];
  if (!/\d\d/.test(ctx.lower) && ![...lex.years.decadeWords.keys()].some((w) => ctx.lower.includes(w))) return out;
  const push = (at: number, length: number, rule: string, time: TimeValue) =>
    out.push({ start: ctx.start + at, end: ctx.start + at + length, sentence: ctx.index, rule, priority: 2, time });

  for (const r of lex.years.ranges) {
    for (const m of slice.matchAll(r.re)) {
      const from = Number(m[1]);
      const to = r.slots[1] === 'yy' ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (!(to > from && to - from <= 100)) continue;
      if (lex.years.countNoun.test(slice.slice(m.index! + m[0].length))) continue;
      push(m.index!, m[0].length, 'year-range', { value: String(from), precision: 'year', source: 'text', end: String(to) });
    }
  }
  for (const m of slice.matchAll(YEAR)) {
    const before = slice.slice(Math.max(0, m.index! - 24), m.index!);
    const after = slice.slice(m.index! + 4);
    if (lex.years.countNoun.test(after)) continue;
    if (!lex.years.before.test(before) && !lex.occasions.after.test(after)) continue;
    push(m.index!, 4, 'bare-year', { value: m[0], precision: 'year', source: 'text' });
  }
  for (const m of slice.matchAll(DECADE)) {
    const first = Number(m[1]);
    push(m.index!, m[0].length, 'decade', { value: String(first), precision: 'year', source: 'text', end: String(first + 9) });
  }
  const decade = (tens: number) => {
    // Two-digit decades: the latest one that has begun by the publication year (else by 2029).
    const ref = ctx.anchor?.date.getUTCFullYear() ?? 2029;
    const century = Math.floor(ref / 100) * 100;
    return century + tens * 10 <= ref ? century + tens * 10 : century - 100 + tens * 10;
  };
  for (const m of slice.matchAll(SHORT_DECADE)) {
    const first = decade(Number(m[2]));
    const at = m.index! + m[0].length - m[1].length;
    push(at, m[1].length, 'decade', { value: String(first), precision: 'year', source: 'text', end: String(first + 9) });
  }
  for (const m of slice.matchAll(lex.years.decadeWord)) {
    const first = decade(lex.years.decadeWords.get(m[1].toLowerCase())! / 10);
    const at = m.index! + m[0].length - m[1].length;
    push(at, m[1].length, 'decade', { value: String(first), precision: 'year', source: 'text', end: String(first + 9) });
  }
  return out;
}
