import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInterval, dayDate, precisionOf, within } from '../../src/analysis/dateInterval.ts';
import { boundsInterval, isDateBound, periodDistance, periodOf } from '../../src/analysis/periods.ts';

const days = (v: string | null, p?: string) => {
  const i = dateInterval(v, p);
  if (!i) return null;
  const f = dayDate(i.first);
  const l = dayDate(i.last);
  const fmt = (d: typeof f) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return `${fmt(f)}..${fmt(l)}`;
};

test('a stored date covers the days of its precision', () => {
  assert.equal(days('2015'), '2015-01-01..2015-12-31');
  assert.equal(days('2016-02'), '2016-02-01..2016-02-29');
  assert.equal(days('2015-07-20'), '2015-07-20..2015-07-20');
  assert.equal(days('2014-22', 'season'), '2014-06-01..2014-08-31');
  assert.equal(days('2014-24'), '2014-12-01..2015-02-28', 'winter takes the year of its December');
  assert.equal(days('2015-02-30'), null);
  assert.equal(days('2015-13'), null);
  assert.equal(days('July 2015'), null);
  assert.equal(days(null), null);
});

test('the precision of a value, the stored one first', () => {
  assert.equal(precisionOf('2015'), 'year');
  assert.equal(precisionOf('2015-07'), 'month');
  assert.equal(precisionOf('2015-23'), 'season');
  assert.equal(precisionOf('2015-07-20'), 'day');
  assert.equal(precisionOf('2015-07', 'month'), 'month');
  assert.equal(precisionOf('soon'), null);
});

test('periods: month, quarter and year keys; none for a date spanning more than one', () => {
  const i = dateInterval('2015-08-31')!;
  assert.equal(periodOf(i, 'month'), '2015-08');
  assert.equal(periodOf(i, 'quarter'), '2015-Q3');
  assert.equal(periodOf(i, 'year'), '2015');
  assert.equal(periodOf(dateInterval('2015-08')!, 'quarter'), '2015-Q3');
  assert.equal(periodOf(dateInterval('2015')!, 'month'), null);
  assert.equal(periodOf(dateInterval('2015-24')!, 'year'), null, 'winter 2015 runs into 2016');
  assert.equal(periodDistance('2015-08', '2016-10', 'month'), 14);
  assert.equal(periodDistance('2015-Q3', '2016-Q1', 'quarter'), 2);
  assert.equal(periodDistance('2015', '2017', 'year'), 2);
});

test('date bounds: only real dates, and a bounds interval from the start of one to the end of the other', () => {
  for (const ok of ['2017', '2017-01', '2017-01-15']) assert.equal(isDateBound(ok), true, ok);
  for (const bad of ['2017-13', '2017-02-30', '17', '2017-1', 'last year', '2017-22']) assert.equal(isDateBound(bad), false, bad);
  const b = boundsInterval('2017-01', '2017-12');
  assert.equal(within(dateInterval('2017')!, b), true);
  assert.equal(within(dateInterval('2017-12-31')!, b), true);
  assert.equal(within(dateInterval('2018-01-01')!, b), false);
  assert.equal(within(dateInterval('1900')!, boundsInterval(undefined, '2017')), true);
});
