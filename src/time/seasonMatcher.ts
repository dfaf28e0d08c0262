// Proposes seasons (data/time/seasons.json): "the summer of 2014", "winter 2015", "the spring of last year",
// and relative ones counted from the publication anchor: "last summer" (the last one that has ended),
// "this winter" (the one under way, else this year's), "next spring" (the next one to begin), "in the
// autumn" (by tense). Values are the year and the season's ISO 8601-2 code: 2014-22 is summer 2014.
import type { Candidate, SentenceContext } from './candidates.ts';
import type { Season } from './timeLexicon.ts';
import { seasonValue, utc, type Anchor } from './calendar.ts';
import type { Tense } from './tenseResolver.ts';

interface Instance {
  year: number;
  start: Date;
  end: Date;
}

/** The season of a given year: winter takes the year of its December and runs into the next year. */
function instance(s: Season, year: number): Instance {
  const [first, , last] = s.months;
  const endYear = last < first ? year + 1 : year;
  return { year, start: utc(year, first, 1), end: utc(endYear, last, 28) };
}

/** Which season a relative expression means: offset -1 last, 0 this, +1 next; null offset: by tense. */
function resolve(s: Season, offset: number | null, anchor: Anchor, tense: Tense): number | undefined {
  const y0 = anchor.date.getUTCFullYear();
  const all = [y0 - 2, y0 - 1, y0, y0 + 1].map((y) => instance(s, y));
  const t = anchor.date.getTime();
  const current = all.find((i) => i.start.getTime() <= t && t <= i.end.getTime());
  if (offset === 0 || (offset === null && tense === 'unknown')) return current?.year ?? y0;
  if (anchor.precision === 'year') return undefined; // last/next season of an unknown month: unknown
  if (offset === -1 || (offset === null && tense === 'past'))
    return (offset === null && current) ? current.year : all.filter((i) => i.end.getTime() < t).at(-1)?.year;
  return (offset === null && current) ? current.year : all.find((i) => i.start.getTime() > t)?.year;
}

export function seasonCandidates(ctx: SentenceContext): Candidate[] {
  const { lex, slice, anchor } = ctx;
  const sz = lex.seasons;
  const out: Candidate[] = [];
  if (![...sz.byWord.keys()].some((w) => ctx.lower.includes(w))) return out;
  const push = (at: number, length: number, s: Season, year: number, rule: string, anchored: boolean) =>
    out.push({
      start: ctx.start + at,
      end: ctx.start + at + length,
      sentence: ctx.index,
      rule,
      priority: 2,
      time: { value: seasonValue(year, s.code), precision: 'season', source: 'text' },
      ...(anchored ? { anchored: true } : {}),
    });
  const season = (w: string) => sz.byWord.get(w.toLowerCase())!;

  // "the summer of 2014", "summer 2014", "in the summer of last year"
  for (const m of slice.matchAll(sz.named)) {
    const s = season(m[1]);
    if (m[2]) push(m.index!, m[0].length, s, Number(m[2]), 'season', false);
    else if (anchor) {
      const y = anchor.date.getUTCFullYear() + sz.offsets.get(m[3].toLowerCase())!;
      push(m.index!, m[0].length, s, y, 'season', true);
    }
  }
  if (!anchor) return out;
  // "last summer", "this winter", "next spring"
  for (const m of slice.matchAll(sz.relative)) {
    const s = season(m[2]);
    const y = resolve(s, sz.offsets.get(m[1].toLowerCase())!, anchor, 'unknown');
    if (y !== undefined) push(m.index!, m[0].length, s, y, 'season-relative', true);
  }
  // "in the autumn", "during the winter": by tense
  for (const m of slice.matchAll(sz.bare)) {
    const at = m.index! + m[0].search(/the\s/i); // the span starts at "the"
    const start = ctx.start + at;
    const tense = ctx.tense(start, ctx.start + m.index! + m[0].length);
    const y = resolve(season(m[1]), null, anchor, tense);
    if (y !== undefined) push(at, m.index! + m[0].length - at, season(m[1]), y, `season+${tense}`, true);
  }
  return out;
}
