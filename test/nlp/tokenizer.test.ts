import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseKey, tokenize } from '../../src/nlp/tokenizer.ts';

const cases: Array<[string, string[]]> = [
  ['U.S.-backed militias', ['U.S.', '-', 'backed', 'militias']],
  ["Turkey's army", ['Turkey', "'s", 'army']],
  ['al-Bab and Tal Abyad', ['al', '-', 'Bab', 'and', 'Tal', 'Abyad']],
  ['1,000 people, 3.5 percent', ['1,000', 'people', ',', '3.5', 'percent']],
  ['Erdoğan met Çavuşoğlu.', ['Erdoğan', 'met', 'Çavuşoğlu', '.']],
  ['"Islamic State" (IS)', ['"', 'Islamic', 'State', '"', '(', 'IS', ')']],
];
for (const [input, want] of cases) test(`tokenize: ${input}`, () => assert.deepEqual(tokenize(input).map((t) => t.text), want));

test('tokenize: offsets slice the text and lower is folded', () => {
  const text = 'Meet Işık in İzmir';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(tokenize(text).map((t) => t.lower), ['meet', 'isik', 'in', 'izmir']);
});

test('tokenize: a sub-range keeps absolute offsets', () => {
  const text = 'Skip this. Turkey acted.';
  const toks = tokenize(text, 11, text.length);
  assert.equal(toks[0].text, 'Turkey');
  assert.equal(toks[0].start, 11);
});

test('phraseKey: the fast path for plain words gives what the tokenizer gives', () => {
  for (const phrase of ['Recep Tayyip Erdogan', 'Islamic State', 'PKK', 'al Qaeda in the Arabian Peninsula', 'the Pentagon', 'A', 'US']) {
    assert.deepEqual(phraseKey(phrase), tokenize(phrase).map((t) => t.lower), phrase);
  }
  // Anything else goes through the tokenizer.
  assert.deepEqual(phraseKey("Çavuşoğlu's"), tokenize("Çavuşoğlu's").map((t) => t.lower));
  assert.deepEqual(phraseKey('U.S.-led coalition'), tokenize('U.S.-led coalition').map((t) => t.lower));
});
