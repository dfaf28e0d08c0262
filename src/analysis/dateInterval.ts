// Event dates as intervals of days. A stored date is a prefix at its precision — 2015 (year), 2015-07
// (month), 2014-22 (season: the ISO 8601-2 / EDTF code after the year, 21 spring … 24 winter) or
// 2015-07-20 (day) — and stands for every day it covers. Comparing reports of one event, or placing a
// story in a month, is comparing these intervals.
import type { DatePrecision } from '../core/types.ts';

/** Whole days since 1970-01-01 (UTC), both ends included. */
export interface DayInterval {
  first: number;
  last: number;
}

/** Finer first: a day-precise report says more about when than a year-precise one. */
export const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, season: 2, year: 3 };

/** First month of each season code (northern meteorological seasons, as data/time/seasons.json; winter takes the year of its December). */
const SEASON_FIRST_MONTH: Record<number, number> = { 21: 3, 22: 6, 23: 9, 24: 12 };

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function dayDate(n: number): { year: number; month: number; day: number } {
  const t = new Date(n * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The precision a stored value is written at (the stored precision wins when given). */
export function precisionOf(value: string, stored?: string | null): DatePrecision | null {
  if (stored === 'day' || stored === 'month' || stored === 'season' || stored === 'year') return stored;
  const m = DATE.exec(value);
  if (!m) return null;
  if (m[3] !== undefined) return 'day';
  if (m[2] !== undefined) return Number(m[2]) > 12 ? 'season' : 'month';
  return 'year';
}

/** The days a stored date covers; null when there is no date or it cannot be read. */
export function dateInterval(value: string | null | undefined, stored?: string | null): DayInterval | null {
  if (!value) return null;
  const m = DATE.exec(value);
  const precision = precisionOf(value, stored);
  if (!m || !precision) return null;
  const year = Number(m[1]);
  const part = m[2] === undefined ? undefined : Number(m[2]);
  switch (precision) {
    case 'year':
      return { first: dayNumber(year, 1, 1), last: dayNumber(year + 1, 1, 1) - 1 };
    case 'season': {
      const firstMonth = part === undefined ? undefined : SEASON_FIRST_MONTH[part];
      if (firstMonth === undefined) return null;
      return { first: dayNumber(year, firstMonth, 1), last: dayNumber(year, firstMonth + 3, 1) - 1 };
    }
    case 'month':
      if (part === undefined || part < 1 || part > 12) return null;
      return { first: dayNumber(year, part, 1), last: dayNumber(year, part + 1, 1) - 1 };
    case 'day': {
      if (part === undefined || m[3] === undefined) return null;
      const day = dayNumber(year, part, Number(m[3]));
      const back = dayDate(day);
      if (back.month !== part || back.day !== Number(m[3])) return null; // 2015-02-30
      return { first: day, last: day };
    }
  }
}

export function widen(i: DayInterval, days: number): DayInterval {
  return { first: i.first - days, last: i.last + days };
}

/** The days both cover, or null when they are disjoint. */
export function intersect(a: DayInterval, b: DayInterval): DayInterval | null {
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  return first <= last ? { first, last } : null;
}

export function within(inner: DayInterval, outer: DayInterval): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}
