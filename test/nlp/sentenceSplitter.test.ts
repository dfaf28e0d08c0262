import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSentenceSplitter } from '../../src/nlp/sentenceSplitter.ts';

const sp = loadSentenceSplitter();
const split = (t: string) => sp.split(t).map((s) => t.slice(s.start, s.end));

const cases: Array<[string, string, string[]]> = [
  ['two plain sentences', 'Turkey struck. Iran protested.', ['Turkey struck.', 'Iran protested.']],
  ['U.S. before a title does not end a sentence', 'U.S. Defense Secretary Jane Doe arrived. She met officials.', ['U.S. Defense Secretary Jane Doe arrived.', 'She met officials.']],
  ['U.S. at the end of a sentence does', 'Talks were held in the U.S. The next round is in May.', ['Talks were held in the U.S.', 'The next round is in May.']],
  ['title abbreviations', 'Gen. Hulusi Akar met Dr. Smith. They talked.', ['Gen. Hulusi Akar met Dr. Smith.', 'They talked.']],
  ['initials', 'George W. Bush spoke. Then he left.', ['George W. Bush spoke.', 'Then he left.']],
  ['quotes after the period', '"We agree." Officials said so.', ['"We agree."', 'Officials said so.']],
  ['question and exclamation', 'Will Turkey act? Nobody knows!', ['Will Turkey act?', 'Nobody knows!']],
  ['paragraphs split first', 'Headline here\n\nBody sentence one. Body two.', ['Headline here', 'Body sentence one.', 'Body two.']],
  ['decimal numbers do not split', 'Growth was 3.5 percent. It slowed.', ['Growth was 3.5 percent.', 'It slowed.']],
  ['lowercase after period does not split', 'The talks, e.g. on trade, went on.', ['The talks, e.g. on trade, went on.']],
];

for (const [name, input, want] of cases) test(`sentences: ${name}`, () => assert.deepEqual(split(input), want));

test('sentences: the first short line without a final period is the headline', () => {
  const s = sp.split('Turkey to join strikes\n\nAnkara said it would join.');
  assert.equal(s[0].headline, true);
  assert.equal(s[1].headline, undefined);
});

test('sentences: a body-only article has no headline', () => {
  assert.equal(sp.split('Ankara said it would join. Washington agreed.')[0].headline, undefined);
});

test('sentences: spans index the text exactly and in order', () => {
  const t = 'One here. Two there.\n\nThree.';
  const s = sp.split(t);
  assert.deepEqual(s.map((x) => x.index), [0, 1, 2]);
  for (let i = 1; i < s.length; i++) assert.ok(s[i].start >= s[i - 1].end);
});
