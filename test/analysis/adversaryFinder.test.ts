import { test } from 'node:test';
import assert from 'node:assert/strict';
import { againstBefore, findAgainst, type CooperationReport } from '../../src/analysis/adversaryFinder.ts';
import type { StoredMention } from '../../src/store/store.ts';

/** Mentions of the given names in the text, sentence numbers from full stops. */
function mentionsOf(text: string, actors: Array<[name: string, id: string, type?: string, affiliation?: string]>): StoredMention[] {
  const out: StoredMention[] = [];
  for (const [name, id, type = 'state', affiliation] of actors) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const sentence = (text.slice(0, at).match(/(?<!U\.S)\.\s/g) ?? []).length;
      out.push({ articleId: 'x', sentence, start: at, end: at + name.length, actorId: id, actorType: type, actorName: name, role: null, affiliationId: affiliation ?? null, kind: 'name', text: name, rule: 't' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const ACTORS: Array<[string, string, string?, string?]> = [
  ['Turkey', 'TUR'],
  ['Iran', 'IRN'],
  ['Syria', 'SYR'],
  ['United States', 'USA'],
  ['PKK', 'PKK', 'group'],
  ['PJAK', 'PJAK', 'group'],
  ['SDF', 'SDF', 'group'],
  ['Erdogan', 'erdogan', 'person', 'TUR'],
  ['Gulen', 'gulen', 'person'],
];

function cooperation(text: string, sentence: string): CooperationReport {
  const start = text.indexOf(sentence);
  return { storyId: 'story:x#1', status: 'occurred', a: 'IRN', b: 'TUR', articleId: 'x', sentence: (text.slice(0, start).match(/(?<!U\.S)\.\s/g) ?? []).length, evidenceStart: start, evidenceEnd: start + sentence.length };
}

const found = (text: string, r: CooperationReport) => findAgainst(text, mentionsOf(text, ACTORS), [r]).map((f) => `${f.adversary.id}:${f.basis}`);

test('"against" in the sentence of their cooperation names the adversaries, lists included', () => {
  const s = 'Turkey and Iran agreed to joint operations against Kurdish militants including the PKK and the Iran based group PJAK.';
  assert.deepEqual(found(s, cooperation(s, s)), ['PKK:evidence', 'PJAK:evidence']);
  const list = 'Turkey and Iran will cooperate against the PKK, PJAK and others.';
  assert.deepEqual(found(list, cooperation(list, list)), ['PKK:evidence', 'PJAK:evidence']);
});

test('a sentence naming both, elsewhere in the article, counts as co-mention; people count for their state', () => {
  const text = 'Turkey and Iran cooperate. Erdogan said Iran would join the fight against the PKK. Syria fought against the SDF.';
  assert.deepEqual(found(text, cooperation(text, 'Turkey and Iran cooperate.')), ['PKK:co-mention']);
});

test('the phrase "against" opens ends at a clause, a place or the sentence', () => {
  const cases: Array<[string, string[]]> = [
    ['Turkey and Iran cooperate against a common enemy, one which in Syria is backed by the United States.', []],
    ['Turkey and Iran cooperate against IS targets in Syria.', []],
    ['Turkey and Iran cooperate against militants. Syria watched the PKK.', []],
    ['Turkey and Iran cooperate against militants; the PKK denies it.', []],
    ['Turkey and Iran cooperate against militants who attack the PKK.', []],
    ['Turkey and Iran cooperate against militants, and against the PKK.', ['PKK:evidence']],
    ['Turkey and Iran cooperate against militants, as the PKK knows.', []],
    ['Turkey and Iran cooperate against the U.S. backed SDF.', ['SDF:evidence']],
    ['Turkey and Iran cooperate against Gulen.', []],
    ['Turkey and Iran cooperate against Turkey.', []],
  ];
  for (const [s, expected] of cases) assert.deepEqual(found(s, cooperation(s, s)), expected, s);
});

test('againstBefore looks back at most 160 characters and not before the floor', () => {
  const s = `against ${'x '.repeat(100)}PKK`;
  assert.equal(againstBefore(s, s.indexOf('PKK')), false);
  const t = 'fight against the PKK';
  assert.equal(againstBefore(t, t.indexOf('PKK')), true);
  assert.equal(againstBefore(t, t.indexOf('PKK'), 10), false);
});
