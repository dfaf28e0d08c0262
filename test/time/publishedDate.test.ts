import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePublished } from '../../src/time/publishedDate.ts';

const cases: Array<[string | undefined, boolean, string | undefined, string | undefined]> = [
  ['2016-12-19', false, '2016-12-19', 'day'],
  ['2016-12-19', true, '2016-12', 'month'],
  ['2016-12-19T10:00:00Z', false, '2016-12-19', 'day'],
  ['17 December 2016', false, '2016-12-17', 'day'],
  ['Wed Nov 23, 2016 | 4:58pm EST', false, '2016-11-23', 'day'],
  ['7:58 AM ET, Sat January 3, 2015', false, '2015-01-03', 'day'],
  ['March 2015', false, '2015-03', 'month'],
  ['2015-07', false, '2015-07', 'month'],
  ['2015', false, '2015', 'year'],
  ['2016-02-30', false, undefined, undefined],
  ['not a date', false, undefined, undefined],
  ['', false, undefined, undefined],
  [undefined, false, undefined, undefined],
];
for (const [raw, approx, value, precision] of cases) {
  test(`published: ${JSON.stringify(raw)}${approx ? ' (approx)' : ''}`, () => {
    const p = parsePublished(raw, approx);
    assert.equal(p?.value, value);
    assert.equal(p?.precision, precision);
    if (p) assert.equal(p.source, 'published');
  });
}
