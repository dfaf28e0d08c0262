// One article, one set: merging the same happening told twice, and keeping different ones apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeArticleEvents } from '../../src/events/eventCoder.ts';
import type { Event } from '../../src/core/types.ts';

const TUR = { id: 'TUR', type: 'state' as const, name: 'Turkey' };
const PKK = { id: 'PKK', type: 'group' as const, name: 'PKK' };
const IRN = { id: 'IRN', type: 'state' as const, name: 'Iran' };

function ev(sentence: number, cameo: string, over: Partial<Omit<Event, 'id'>> = {}): Omit<Event, 'id'> {
  return {
    source: TUR,
    target: PKK,
    cameo,
    root: cameo.slice(0, 2),
    status: 'occurred',
    date: '2016-10-21',
    datePrecision: 'day',
    dateSource: 'published',
    evidence: { sentence, start: sentence * 100, end: sentence * 100 + 50, trigger: { start: sentence * 100 + 5, end: sentence * 100 + 12 }, text: 'strikes', rule: 'test' },
    ...over,
  };
}

test('merge: headline and body telling one strike give one event, body evidence first, the most specific code', () => {
  const out = mergeArticleEvents('a', [ev(0, '190'), ev(3, '195', { date: '2016-10-20', dateSource: 'text' })], 0);
  assert.equal(out.length, 1);
  assert.equal(out[0].id, 'a#1');
  assert.equal(out[0].cameo, '195');
  assert.equal(out[0].evidence.sentence, 3);
  assert.deepEqual(out[0].moreEvidence?.map((e) => e.sentence), [0]);
  assert.equal(out[0].date, '2016-10-20');
  assert.equal(out[0].dateSource, 'text');
});

test('merge: a date from the text wins over the publication date whichever comes first', () => {
  const out = mergeArticleEvents('a', [ev(1, '190', { date: '2016-08', datePrecision: 'month', dateSource: 'text' }), ev(2, '190')]);
  assert.equal(out[0].date, '2016-08');
});

const apart: Array<[string, Omit<Event, 'id'>]> = [
  ['another target', ev(2, '190', { target: IRN })],
  ['another root', ev(2, '112')],
  ['another status', ev(2, '190', { status: 'future' })],
  ['the reverse direction', ev(2, '190', { source: PKK, target: TUR })],
  ['no target', ev(2, '190', { target: null })],
];
for (const [name, other] of apart) {
  test(`merge: events with ${name} stay apart`, () => {
    const out = mergeArticleEvents('a', [ev(1, '190'), other]);
    assert.equal(out.length, 2);
    assert.deepEqual(out.map((e) => e.id), ['a#1', 'a#2']);
  });
}
