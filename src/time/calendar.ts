// Calendar arithmetic on UTC dates and on values at a precision: 2015-07-20 (day), 2015-07 (month),
// 2014-22 (season: ISO 8601-2 / EDTF sub-year code after the year, 21 spring … 24 winter), 2015 (year).
// Every value starts with its year, so the store's text-prefix comparison on years keeps working.
import type { DatePrecision } from '../core/types.ts';

/** The date relative expressions are counted from, and how much of it is known. */
export interface Anchor {
  date: Date;
  precision: DatePrecision;
}

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, season: 2, year: 3 };

export const pad = (n: number) => String(n).padStart(2, '0');

/** The coarser of two precisions: a day counted from a month-known date is known to the month. */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] >= RANK[b] ? a : b;
}

export function utc(y: number, m: number, d = 1): Date {
  return new Date(Date.UTC(y, m - 1, d, 12));
}

export function addDays(t: Date, days: number): Date {
  return new Date(t.getTime() + days * 86_400_000);
}

/** Adds months, keeping the day within the target month (31 January + 1 month = 28/29 February). */
export function addMonths(t: Date, months: number): Date {
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(t.getUTCDate(), last), 12));
}

/** A date written at a precision (not season: a season value needs its code, see seasonValue). */
export function formatAt(t: Date, precision: Exclude<DatePrecision, 'season'>): string {
  const y = String(t.getUTCFullYear());
  if (precision === 'year') return y;
  const ym = `${y}-${pad(t.getUTCMonth() + 1)}`;
  return precision === 'month' ? ym : `${ym}-${pad(t.getUTCDate())}`;
}

export function seasonValue(year: number, code: number): string {
  return `${year}-${code}`;
}

/** The first day of the period a value names (a season: the first day of its first month, given the months). */
export function startOf(value: string, precision: DatePrecision, seasonFirstMonth?: (code: number) => number): Date {
  const [y, a, d] = value.split('-').map(Number);
  if (precision === 'year' || a === undefined) return utc(y, 1, 1);
  if (precision === 'season') {
    const m = seasonFirstMonth?.(a) ?? 1;
    return utc(y, m, 1);
  }
  return utc(y, a, precision === 'day' ? d : 1);
}

/** Whole days from a to b (b later → positive). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((b.getTime() - a.getTime()) / 86_400_000);
}
