import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeReports } from '../../src/analysis/reportMerger.ts';
import { rankShifts } from '../../src/analysis/shiftRanker.ts';
import { report } from './reports.ts';

const stories = mergeReports([
  // US–Turkey: cooperation in 2015-08 and 2016-10, a threat in 2016-11.
  report('a#1', { source: 'USA', target: 'TUR', cameo: '057', date: '2015-08-18', text: 'agreement' }),
  report('b#1', { source: 'USA', target: 'TUR', cameo: '042', date: '2016-10-21', text: 'visit' }),
  report('b#2', { source: 'TUR', target: 'USA', cameo: '040', date: '2016-10-21', text: 'met' }),
  report('c#1', { source: 'USA', target: 'TUR', cameo: '130', date: '2016-11-01', text: 'threatened' }),
  // Russia–Turkey: conflict in 2015-11, half and half in 2016-01.
  report('d#1', { source: 'TUR', target: 'RUS', cameo: '195', date: '2015-11-24', text: 'shot down' }),
  report('e#1', { source: 'RUS', target: 'TUR', cameo: '160', date: '2016-01-10', text: 'sanctions' }),
  report('e#2', { source: 'RUS', target: 'TUR', cameo: '036', date: '2016-01-11', text: 'talks' }),
  // Iran–Turkey: steady cooperation, no shift.
  report('f#1', { source: 'IRN', target: 'TUR', cameo: '040', date: '2017-01' }),
  report('f#2', { source: 'IRN', target: 'TUR', cameo: '040', date: '2017-02' }),
  // Planned only: not counted.
  report('g#1', { source: 'TUR', target: 'IRN', cameo: '190', date: '2017-03', status: 'future' }),
]);

test('dyads ranked by their largest change between consecutive periods, with the stories that explain it', () => {
  const shifts = rankShifts(stories);
  assert.deepEqual(
    shifts.map((s) => [s.dyad.join('–'), s.before.period, s.before.index, s.after.period, s.after.index, s.change, s.gap]),
    [
      ['TUR–USA', '2016-10', 1, '2016-11', -1, -2, 1],
      ['RUS–TUR', '2015-11', -1, '2016-01', 0, 1, 2],
    ],
  );
  const [us] = shifts;
  assert.deepEqual(us.names, ['Turkey', 'United States']);
  assert.deepEqual(
    us.explain.after.map((b) => [b.id, b.cameo, b.reports[0].text]),
    [['story:c#1', '130', 'threatened']],
  );
  assert.deepEqual(
    us.explain.before.map((b) => b.id),
    ['story:b#1', 'story:b#2'],
  );
  assert.deepEqual(
    shifts[1].explain.after.map((b) => b.id),
    ['story:e#2'],
  );
});

test('per quarter, for one actor, with a limit; counting planned events when asked', () => {
  assert.deepEqual(
    rankShifts(stories, { by: 'quarter' }).map((s) => [s.dyad.join('–'), s.before.period, s.after.period, s.change]),
    [
      ['RUS–TUR', '2015-Q4', '2016-Q1', 1],
      ['TUR–USA', '2015-Q3', '2016-Q4', -0.667],
    ],
  );
  assert.deepEqual(
    rankShifts(stories, { actor: 'RUS' }).map((s) => s.dyad.join('–')),
    ['RUS–TUR'],
  );
  assert.equal(rankShifts(stories, { limit: 1 }).length, 1);
  assert.deepEqual(
    rankShifts(stories, { actor: 'IRN', statuses: ['occurred', 'future'] }).map((s) => [s.dyad.join('–'), s.change]),
    [['IRN–TUR', -2]],
  );
});
