import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadTimeline } from '../../src/analysis/dyadTimeline.ts';
import { mergeReports } from '../../src/analysis/reportMerger.ts';
import { report } from './reports.ts';

const stories = mergeReports([
  // 2015-08: cooperation both ways, one of them reported twice.
  report('a#1', { source: 'USA', target: 'TUR', cameo: '057', date: '2015-08-18' }),
  report('b#1', { source: 'USA', target: 'TUR/GOV', cameo: '057', date: '2015-08-18' }),
  report('a#2', { source: 'TUR', target: 'USA', cameo: '062', date: '2015-08' }),
  report('a#3', { source: 'TUR', target: 'USA', cameo: '040', date: '2015-08', status: 'future' }),
  // 2016-10: more cooperation; 2016-11: a threat.
  report('c#1', { source: 'USA', target: 'TUR', cameo: '042', date: '2016-10-21' }),
  report('d#1', { source: 'USA', target: 'TUR', cameo: '130', date: '2016-11-01' }),
  // Not placed in a month; another dyad; the opposition is not the state.
  report('e#1', { source: 'TUR', target: 'USA', cameo: '111', date: '2016' }),
  report('f#1', { source: 'TUR', target: 'RUS', cameo: '190', date: '2016-11-01' }),
  report('g#1', { source: 'USA', target: 'TUR/OPP', cameo: '030', date: '2016-11-02' }),
]);

test('per month: counts by QuadClass, Goldstein sum and mean, index, and the stories behind each point', () => {
  const t = dyadTimeline(stories, 'TUR', 'USA');
  assert.deepEqual(
    t.points.map((p) => [p.period, p.quad[1], p.quad[2], p.quad[3], p.quad[4], p.goldsteinSum, p.goldsteinMean, p.index]),
    [
      ['2015-08', 1, 1, 0, 0, 15.4, 7.7, 1],
      ['2016-10', 1, 0, 0, 0, 1.9, 1.9, 1],
      ['2016-11', 0, 0, 1, 0, -4.4, -4.4, -1],
    ],
  );
  const aug = t.points[0];
  assert.deepEqual(
    aug.stories.map((s) => s.reports.map((r) => r.id)),
    [['a#2'], ['a#1', 'b#1']],
  );
  assert.equal(aug.stories[1].sources, 2);
  // The planned meeting is shown apart, not counted.
  assert.deepEqual(
    aug.uncounted.map((s) => s.id),
    ['story:a#3'],
  );
  assert.deepEqual(
    t.unplaced.map((s) => s.id),
    ['story:e#1'],
  );
  assert.deepEqual([t.total.cooperation, t.total.conflict, t.total.index], [3, 2, 0.2]);
  assert.deepEqual(t.names, { USA: 'United States', TUR: 'Turkey' });
});

test('the dyad is symmetric and the statuses counted are an option', () => {
  assert.deepEqual(dyadTimeline(stories, 'USA', 'TUR').points.map((p) => p.index), [1, 1, -1]);
  const all = dyadTimeline(stories, 'TUR', 'USA', { statuses: ['occurred', 'future'] });
  assert.equal(all.points[0].quad[1], 2);
  assert.deepEqual(all.points[0].uncounted, []);
});

test('per quarter and per year', () => {
  assert.deepEqual(
    dyadTimeline(stories, 'TUR', 'USA', { by: 'quarter' }).points.map((p) => [p.period, p.cooperation, p.conflict]),
    [
      ['2015-Q3', 2, 0],
      ['2016-Q4', 1, 1],
    ],
  );
  const years = dyadTimeline(stories, 'TUR', 'USA', { by: 'year' });
  assert.deepEqual(
    years.points.map((p) => [p.period, p.cooperation, p.conflict, p.index]),
    [
      ['2015', 2, 0, 1],
      ['2016', 1, 2, -0.333],
    ],
  );
  assert.deepEqual(years.unplaced, []);
});

test('a state and its opposition are two parties: TUR/OPP has its own timeline', () => {
  const t = dyadTimeline(stories, 'USA', 'TUR/OPP');
  assert.deepEqual(
    t.points.map((p) => [p.period, p.cooperation]),
    [['2016-11', 1]],
  );
  assert.deepEqual(dyadTimeline(stories, 'TUR', 'CHN').points, []);
});
