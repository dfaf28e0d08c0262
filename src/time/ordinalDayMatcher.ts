// Proposes a day of the month written alone as an ordinal ("on the 15th", "since the 3rd"): its month is the
// publication's, or the one before or after by tense ("fighting began on the 25th" in a piece of the 21st
// is last month's 25th). Counted from the publication date, it is never finer than that date.
import type { Candidate, SentenceContext } from './candidates.ts';
import { formatAt } from './calendar.ts';
import { anchoredPrecision, monthDayDate } from './anchorResolver.ts';

export function ordinalDayCandidates(ctx: SentenceContext): Candidate[] {
  const { slice, anchor, lex } = ctx;
  if (!anchor || !/\d(?:st|nd|rd|th)\b/.test(ctx.lower)) return [];
  const out: Candidate[] = [];
  for (const m of slice.matchAll(lex.ordinals.re)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const start = ctx.start + m.index! + m[0].lastIndexOf(m[1]);
    const end = start + m[1].length;
    const tense = ctx.tense(start, end);
    const t = monthDayDate(day, anchor, tense);
    const precision = anchoredPrecision('day', 'day', anchor);
    if (!t || !precision || precision === 'season') continue;
    out.push({
      start,
      end,
      sentence: ctx.index,
      rule: tense === 'unknown' ? 'ordinal-day' : `ordinal-day+${tense}`,
      priority: 2,
      time: { value: formatAt(t, precision), precision, source: 'text' },
      anchored: true,
    });
  }
  return out;
}
