// Calendar periods that timelines, networks and shifts count stories in: months (2015-08), quarters
// (2015-Q3) or years (2015). Period keys of one granularity sort as strings.
import { dateInterval, dayDate, dayNumber, type DayInterval } from './dateInterval.ts';

export type Granularity = 'month' | 'quarter' | 'year';
export const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'year'];

/** A date bound as the commands take it: 2015, 2015-07 or 2015-07-20. */
export const DATE_BOUND = /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/;

export function isDateBound(value: string): boolean {
  return DATE_BOUND.test(value) && dateInterval(value) !== null;
}

/** The period containing a day. */
export function periodOfDay(day: number, by: Granularity): string {
  const { year, month } = dayDate(day);
  if (by === 'year') return String(year);
  if (by === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The one period the interval lies in, or null when it spans more than one (a year-dated story in a month series). */
export function periodOf(interval: DayInterval, by: Granularity): string | null {
  const first = periodOfDay(interval.first, by);
  return first === periodOfDay(interval.last, by) ? first : null;
}

/** Periods from a to b (a before b): 2015-08 → 2015-10 is 2. */
export function periodDistance(a: string, b: string, by: Granularity): number {
  return periodIndex(b, by) - periodIndex(a, by);
}

function periodIndex(key: string, by: Granularity): number {
  const year = Number(key.slice(0, 4));
  if (by === 'year') return year;
  if (by === 'quarter') return year * 4 + Number(key.slice(6)) - 1;
  return year * 12 + Number(key.slice(5, 7)) - 1;
}

/** The days from the start of `from` to the end of `to` (either open). */
export function boundsInterval(from?: string, to?: string): DayInterval {
  const first = from ? dateInterval(from)?.first : undefined;
  const last = to ? dateInterval(to)?.last : undefined;
  if ((from && first === undefined) || (to && last === undefined)) throw new RangeError(`invalid period bound ${from ?? ''}..${to ?? ''}`);
  return { first: first ?? dayNumber(-271820, 1, 1), last: last ?? dayNumber(275759, 12, 31) };
}
