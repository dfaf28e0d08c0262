import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadNormaliser } from '../../src/ingest/normaliser.ts';

const n = loadNormaliser();

const cases: Array<[string, string, string]> = [
  ['NBSP becomes a space', 'Turkey\u00a0and\u202fIran agreed.', 'Turkey and Iran agreed.'],
  ['curly quotes become straight', '\u201cWe agree,\u201d he said. Turkey\u2019s army', '"We agree," he said. Turkey\'s army'],
  ['ellipsis expands', 'And then\u2026 nothing.', 'And then... nothing.'],
  ['zero-width and NUL characters go', 'Tur\u200bkey\u0000 acted.', 'Turkey acted.'],
  ['CRLF line endings', 'Headline\r\n\r\nBody text.', 'Headline\n\nBody text.'],
  ['headline kept as its own paragraph', 'Turkey strikes IS\nAnkara said on Friday that jets struck.', 'Turkey strikes IS\n\nAnkara said on Friday that jets struck.'],
  ['hard wrap mid-sentence joins with a space', 'The talks between Ankara and\n   Washington went on for hours.', 'The talks between Ankara and Washington went on for hours.'],
  ['line ending a sentence ends a paragraph', 'First sentence.\nSecond sentence.', 'First sentence.\n\nSecond sentence.'],
  ['READ MORE lines are dropped', 'Body one.\nREAD MORE: Something else\nBody two.', 'Body one.\n\nBody two.'],
  ['agency credit dropped', 'Body.\n\nAFP contributed to this report.', 'Body.'],
  ['agency initials line dropped', 'Body.\nbw/lw (AP, AFP)', 'Body.'],
  ['a repeated caption line is dropped', 'Defense Secretary Jane Doe\nDefense Secretary Jane Doe\n\nBody.', 'Defense Secretary Jane Doe\n\nBody.'],
  ['runs of spaces collapse', 'Turkey   and  Iran.', 'Turkey and Iran.'],
  ['NFC composition', 'Suruc\u0327', 'Suruç'],
];

for (const [name, input, want] of cases) {
  test(`normaliser: ${name}`, () => assert.equal(n.normalise(input), want));
}
