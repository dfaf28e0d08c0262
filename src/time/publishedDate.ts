// Parses an article's publication date as sources give it ("2016-12-19", "17 December 2016",
// "Wed Nov 23, 2016 | 4:58pm EST", "7:58 AM ET, Sat January 3, 2015"). Never throws: an unparseable
// date is no date. The value keeps the precision the string supports (day, month or year).
import * as chrono from 'chrono-node';
import type { TimeValue } from '../core/types.ts';
import { utc, type Anchor } from './calendar.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export function parsePublished(raw: string | undefined, approx = false): TimeValue | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]) ? at(`${m[1]}-${m[2]}-${m[3]}`, approx ? 'month' : 'day') : undefined;
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m && +m[2] >= 1 && +m[2] <= 12) return at(`${m[1]}-${m[2]}`, 'month');
  m = /^(\d{4})$/.exec(s);
  if (m) return at(m[1], 'year');
  // chrono reads the rest; the "|" separators of some date lines confuse it, so they become commas.
  const results = chrono.parse(s.replace(/\|/g, ','), new Date(Date.UTC(2000, 0, 1)));
  const c = results[0]?.start;
  if (!c || !c.isCertain('year')) return undefined;
  const y = c.get('year')!;
  const mo = c.get('month')!;
  if (!c.isCertain('month')) return at(String(y), 'year');
  if (!c.isCertain('day')) return at(`${y}-${pad(mo)}`, 'month');
  return at(`${y}-${pad(mo)}-${pad(c.get('day')!)}`, approx ? 'month' : 'day');
}

function at(value: string, precision: TimeValue['precision']): TimeValue {
  return { value: precision === 'month' ? value.slice(0, 7) : value, precision, source: 'published' };
}

function valid(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * What relative expressions are counted from: the publication day; mid-month when the date is known to the
 * month, mid-year when known to the year (then only year-level expressions such as "last year" resolve).
 * No publication date, no anchor: relative expressions stay unresolved rather than counted from today.
 */
export function publicationAnchor(p: TimeValue | undefined): Anchor | undefined {
  if (!p) return undefined;
  const [y, m, d] = p.value.split('-').map(Number);
  if (p.precision === 'year') return { date: utc(y, 7, 1), precision: 'year' };
  if (p.precision === 'month' || d === undefined) return { date: utc(y, m, 15), precision: 'month' };
  return { date: utc(y, m, d), precision: 'day' };
}
