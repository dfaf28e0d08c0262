// Resolves what a time expression leaves open against the publication anchor and the tense it is told in:
// the year of "July 20", the week of "on Friday", the month of "on the 15th". Past: the last one on or before
// the anchor; future: the next one on or after it; unknown tense: the nearest (a tie goes to the past).
// And how precise a value counted from the anchor can be: never finer than the anchor itself.
import type { DatePrecision } from '../core/types.ts';
import { addDays, addMonths, coarser, daysBetween, utc, type Anchor } from './calendar.ts';
import type { Tense } from './tenseResolver.ts';

/** Picks among candidate dates by tense: the latest not after the anchor, the earliest not before it, or the nearest. */
function pick(cands: Date[], anchor: Date, tense: Tense): Date {
  const past = cands.filter((c) => daysBetween(c, anchor) >= 0).sort((a, b) => b.getTime() - a.getTime())[0];
  const future = cands.filter((c) => daysBetween(anchor, c) >= 0).sort((a, b) => a.getTime() - b.getTime())[0];
  if (tense === 'past' && past) return past;
  if (tense === 'future' && future) return future;
  if (!past) return future!;
  if (!future) return past;
  return daysBetween(past, anchor) <= daysBetween(anchor, future) ? past : future;
}

/** The year of a month (and day) written without one. */
export function yearFor(month: number, day: number | undefined, anchor: Anchor, tense: Tense): number {
  const y0 = anchor.date.getUTCFullYear();
  if (anchor.precision === 'year') return y0;
  // Known only to the month, the anchor is compared month by month: "August 20" in an August article is this August.
  if (anchor.precision === 'month' || day === undefined) {
    const m0 = anchor.date.getUTCMonth() + 1;
    if (month === m0) return y0;
    const cands = [y0 - 1, y0, y0 + 1].map((y) => utc(y, month, 15));
    return pick(cands, utc(y0, m0, 15), tense).getUTCFullYear();
  }
  return pick([y0 - 1, y0, y0 + 1].map((y) => utc(y, month, day)), anchor.date, tense).getUTCFullYear();
}

/** The date of a weekday (0 = Sunday) written without its week. */
export function weekdayDate(weekday: number, anchor: Anchor, tense: Tense): Date {
  const back = (anchor.date.getUTCDay() - weekday + 7) % 7;
  return pick([addDays(anchor.date, -back), addDays(anchor.date, back === 0 ? 0 : 7 - back)], anchor.date, tense);
}

/** The date of a day of the month written without its month ("on the 15th"). */
export function monthDayDate(day: number, anchor: Anchor, tense: Tense): Date | undefined {
  const first = utc(anchor.date.getUTCFullYear(), anchor.date.getUTCMonth() + 1, 1);
  const cands = [-1, 0, 1]
    .map((k) => addMonths(first, k))
    .map((m) => utc(m.getUTCFullYear(), m.getUTCMonth() + 1, day))
    .filter((t) => t.getUTCDate() === day); // no 31 June
  return cands.length ? pick(cands, anchor.date, tense) : undefined;
}

/**
 * The precision of a value counted from the anchor in steps of `unit`, or undefined when the anchor is too coarse
 * to count from: "yesterday" from a month-known date is known to the month; "last month" from a year-known one is unknown.
 */
export function anchoredPrecision(natural: DatePrecision, unit: 'day' | 'month' | 'year', anchor: Anchor): DatePrecision | undefined {
  if (anchor.precision === 'year' && unit !== 'year') return undefined;
  return unit === 'year' ? natural : coarser(natural, anchor.precision);
}
