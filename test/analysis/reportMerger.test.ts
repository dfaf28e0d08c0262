// The corroboration rules on hand-built reports: what merges into one story, what must not, and what
// is kept side by side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeReports } from '../../src/analysis/reportMerger.ts';
import type { Story } from '../../src/analysis/story.ts';
import { PLACES, report } from './reports.ts';

const ids = (stories: Story[]) => stories.map((s) => s.reports.map((r) => r.id)).sort();

test('the same bombing in two articles is one story with two sources; the per-article reports stay', () => {
  const a = report('a#3', { source: 'ISIS', target: null, cameo: '1831', date: '2015-07', text: 'suicide bombing' });
  const b = report('b#9', { source: 'ISIS/INS', target: 'TUR', cameo: '1831', date: '2015-07-20', text: 'suicide bomber' });
  const [story, ...rest] = mergeReports([a, b]);
  assert.equal(rest.length, 0);
  assert.equal(story.id, 'story:a#3');
  assert.deepEqual(story.reports, [a, b]);
  assert.equal(story.articles, 2);
  assert.equal(story.sources, 2);
  assert.deepEqual(story.publishers, ['article:a', 'article:b']);
  // What they agree on, at the most precise: the target one gives, the day the other gives.
  assert.equal(story.source.id, 'ISIS');
  assert.equal(story.source.role, 'INS');
  assert.equal(story.target?.id, 'TUR');
  assert.equal(story.date, '2015-07-20');
  assert.equal(story.datePrecision, 'day');
  assert.equal(story.cameo, '1831');
  assert.equal(story.quad, 4);
});

test('two articles of one publisher are two reports but one independent source', () => {
  const [s] = mergeReports([report('a#1', { publisher: 'hurriyet' }), report('b#1', { publisher: 'hurriyet' }), report('c#1', { publisher: 'reuters' })]);
  assert.equal(s.articles, 3);
  assert.equal(s.sources, 2);
  assert.deepEqual(s.publishers, ['hurriyet', 'reuters']);
});

test('reports of different dyads do not merge: another target, the reverse direction, another source', () => {
  const stories = mergeReports([
    report('a#1', { source: 'TUR', target: 'USA' }),
    report('b#1', { source: 'TUR', target: 'RUS' }),
    report('c#1', { source: 'USA', target: 'TUR' }),
    report('d#1', { source: 'RUS', target: 'USA' }),
  ]);
  assert.equal(stories.length, 4);
});

test('a state and its opposition are different parties; its government and army are the state', () => {
  const stories = mergeReports([
    report('a#1', { source: 'USA', target: 'TUR/OPP', cameo: '030' }),
    report('b#1', { source: 'USA', target: 'TUR/GOV', cameo: '030' }),
    report('c#1', { source: 'USA/MIL', target: 'TUR', cameo: '030' }),
  ]);
  assert.deepEqual(ids(stories), [['a#1'], ['b#1', 'c#1']]);
  const opposition = stories.find((s) => s.reports[0].id === 'a#1')!;
  assert.equal(opposition.target?.id, 'TUR/OPP');
  assert.equal(opposition.target?.name, 'Turkey (opposition)');
  assert.equal(stories.find((s) => s.reports[0].id === 'b#1')!.target?.id, 'TUR');
});

test('reports with different CAMEO roots do not merge; codes within one root are kept side by side', () => {
  const stories = mergeReports([
    report('a#1', { cameo: '190' }),
    report('b#1', { cameo: '195' }),
    report('c#1', { cameo: '195' }),
    report('d#1', { cameo: '1831' }),
  ]);
  assert.deepEqual(ids(stories), [['a#1', 'b#1', 'c#1'], ['d#1']]);
  const fight = stories.find((s) => s.root === '19')!;
  assert.equal(fight.cameo, '195');
  assert.deepEqual(fight.cameos, { '190': 1, '195': 2 });
});

test('dates: a day off merges, five days off does not, a month holds its days, a year cannot chain two days', () => {
  assert.equal(mergeReports([report('a#1', { date: '2015-07-20' }), report('b#1', { date: '2015-07-21' })]).length, 1);
  assert.equal(mergeReports([report('a#1', { date: '2015-07-20' }), report('b#1', { date: '2015-07-25' })]).length, 2);
  assert.equal(mergeReports([report('a#1', { date: '2015-07' }), report('b#1', { date: '2015-07-31' })]).length, 1);
  assert.equal(mergeReports([report('a#1', { date: '2015-07' }), report('b#1', { date: '2015-08-01' })]).length, 2);
  assert.equal(mergeReports([report('a#1', { date: '2015-07-31' }), report('b#1', { date: '2015-08-01' })]).length, 1);
  // A year-dated report joins one of the two days, and does not make them one.
  const chained = mergeReports([report('a#1', { date: '2015-01-10' }), report('b#1', { date: '2015-12-10' }), report('c#1', { date: '2015' })]);
  assert.deepEqual(ids(chained), [['a#1', 'c#1'], ['b#1']]);
  // Stories stay within a calendar year (the store is merged a year at a time).
  assert.equal(mergeReports([report('a#1', { date: '2015-12-31' }), report('b#1', { date: '2016-01-01' })]).length, 2);
  // The tolerance is an option.
  assert.equal(mergeReports([report('a#1', { date: '2015-07-20' }), report('b#1', { date: '2015-07-21' })], { dayTolerance: 0 }).length, 2);
});

test('seasons are three months: summer 2015 holds July, not September', () => {
  assert.equal(mergeReports([report('a#1', { date: '2015-22', precision: 'season' }), report('b#1', { date: '2015-07-20' })]).length, 1);
  assert.equal(mergeReports([report('a#1', { date: '2015-22', precision: 'season' }), report('b#1', { date: '2015-09-02' })]).length, 2);
});

test('undated reports stay alone: nothing says they are the same event', () => {
  assert.equal(mergeReports([report('a#1', { date: null }), report('b#1', { date: null }), report('c#1')]).length, 3);
});

test('places: far-apart towns do not merge; near towns, a town in its country and no place do', () => {
  const two = (p: typeof PLACES.suruc | null, q: typeof PLACES.suruc | null) =>
    mergeReports([report('a#1', { place: p }), report('b#1', { place: q })]).length;
  assert.equal(two(PLACES.suruc, PLACES.istanbul), 2, 'Suruç and Istanbul are 850 km apart');
  assert.equal(two(PLACES.suruc, PLACES.kobani), 1, 'Suruç and Kobanî face each other across the border');
  assert.equal(two(PLACES.turkey, PLACES.suruc), 1, 'Suruç is in Turkey');
  assert.equal(two(PLACES.syria, PLACES.suruc), 2, 'Suruç is not in Syria');
  assert.equal(two(PLACES.turkey, PLACES.syria), 2, 'two countries');
  assert.equal(two(null, PLACES.istanbul), 1);
  // Every pair must fit: Turkey holds both towns, but the towns are far apart.
  const three = mergeReports([report('a#1', { place: PLACES.turkey }), report('b#1', { place: PLACES.suruc }), report('c#1', { place: PLACES.istanbul })]);
  assert.equal(three.length, 2);
  // The story takes the most precise place.
  const [s] = mergeReports([report('a#1', { place: PLACES.turkey }), report('b#1', { place: PLACES.suruc })]);
  assert.equal(s.place?.name, 'Suruç');
  assert.equal(mergeReports([report('a#1', { place: PLACES.suruc }), report('b#1', { place: PLACES.istanbul })], { maxKm: 1000 }).length, 1);
});

test('negated and occurred reports of one event are kept side by side, each pointing at the other', () => {
  const stories = mergeReports([
    report('a#1', { status: 'occurred', text: 'struck' }),
    report('b#1', { status: 'negated', text: 'denied striking' }),
    report('c#1', { status: 'occurred', text: 'bombed' }),
  ]);
  assert.deepEqual(ids(stories), [['a#1', 'c#1'], ['b#1']]);
  const occurred = stories.find((s) => s.status === 'occurred')!;
  const negated = stories.find((s) => s.status === 'negated')!;
  assert.deepEqual(occurred.conflicts, [negated.id]);
  assert.deepEqual(negated.conflicts, [occurred.id]);
  assert.equal(occurred.sources, 2);
});

test('statuses that differ within one article are two events, not a conflict; other targets are no conflict', () => {
  const stories = mergeReports([report('a#1', { status: 'occurred' }), report('a#2', { status: 'hypothetical' }), report('b#1', { status: 'negated', target: 'RUS' })]);
  assert.equal(stories.length, 3);
  for (const s of stories) assert.deepEqual(s.conflicts, [], s.id);
});

test('one article gives one report to a story: its per-article merging already decided', () => {
  const stories = mergeReports([report('a#1'), report('a#2'), report('b#1')]);
  assert.deepEqual(ids(stories), [['a#1', 'b#1'], ['a#2']]);
});

test('a report with no target joins the one story it fits, and none when it fits stories with different targets', () => {
  const one = mergeReports([report('a#1', { target: 'USA' }), report('b#1', { target: null })]);
  assert.deepEqual(ids(one), [['a#1', 'b#1']]);
  assert.equal(one[0].target?.id, 'USA');
  const ambiguous = mergeReports([report('a#1', { target: 'USA' }), report('b#1', { target: 'RUS' }), report('c#1', { target: null })]);
  assert.deepEqual(ids(ambiguous), [['a#1'], ['b#1'], ['c#1']]);
  assert.equal(ambiguous.find((s) => s.reports[0].id === 'c#1')!.target, null);
});

test('the stories do not depend on the order of the reports', () => {
  const reports = [
    report('a#1', { date: '2015-07' }),
    report('b#1', { date: '2015-07-20', target: null }),
    report('c#1', { date: '2015-07-21', place: PLACES.suruc }),
    report('d#1', { date: '2015', status: 'negated' }),
    report('e#1', { date: '2015-07-22', place: PLACES.istanbul }),
    report('f#1', { cameo: '040', date: '2015-07-20' }),
  ];
  const expected = JSON.stringify(mergeReports(reports));
  for (let i = 0; i < 6; i++) {
    const shuffled = [...reports].sort(() => Math.random() - 0.5);
    assert.equal(JSON.stringify(mergeReports(shuffled)), expected);
  }
});
