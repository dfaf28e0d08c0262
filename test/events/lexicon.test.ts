// The event-coding data: every file valid, every code known, every CAMEO root covered, and bad entries named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseLexiconFile } from '../../src/events/lexiconSchema.ts';
import { loadEventLexicon } from '../../src/events/eventLexicon.ts';
import { dataPath } from '../../src/core/paths.ts';

const codes = JSON.parse(readFileSync(dataPath('cameo/codes.json'), 'utf8')).codes as Record<string, { name: string; goldstein: number; quad: number }>;
const dir = dataPath('lexicon/triggers');
const triggers = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => parseLexiconFile(join(dir, f), 'triggers', JSON.parse(readFileSync(join(dir, f), 'utf8'))).triggers);

test('lexicon: every trigger file, the cues, reporting words and irregular verbs are valid', () => {
  assert.ok(triggers.length >= 400, `${triggers.length} triggers`);
  for (const [f, kind] of [['modality.json', 'modality'], ['reporting.json', 'reporting'], ['irregular-verbs.json', 'verbs']] as const) {
    parseLexiconFile(dataPath(`lexicon/${f}`), kind, JSON.parse(readFileSync(dataPath(`lexicon/${f}`), 'utf8')));
  }
});

test('lexicon: every trigger codes a CAMEO code that exists, ids are unique across files', () => {
  const ids = new Set<string>();
  for (const t of triggers) {
    assert.ok(codes[t.cameo], `${t.id}: unknown CAMEO code ${t.cameo}`);
    assert.ok(!ids.has(t.id), `duplicate id ${t.id}`);
    ids.add(t.id);
  }
});

test('lexicon: each of the 20 CAMEO roots has at least 8 triggers', () => {
  for (let r = 1; r <= 20; r++) {
    const root = String(r).padStart(2, '0');
    const n = triggers.filter((t) => t.cameo.startsWith(root)).length;
    assert.ok(n >= 8, `root ${root}: ${n} triggers`);
  }
});

test('lexicon: the CAMEO table carries Goldstein, QuadClass and PLOVER for every code', () => {
  assert.ok(Object.keys(codes).length >= 300);
  for (const [code, c] of Object.entries(codes)) {
    assert.equal(typeof c.goldstein, 'number', code);
    assert.ok([1, 2, 3, 4].includes(c.quad), `${code} quad ${c.quad}`);
  }
  assert.equal((codes['195'] as { plover?: { type: string } }).plover?.type, 'ASSAULT');
  assert.equal((codes['010'] as { plover?: unknown }).plover, undefined, 'CAMEO 01 has no PLOVER type');
});

const bad: Array<[string, unknown, RegExp]> = [
  ['a trigger without a pattern', { version: 1, triggers: [{ id: 'x.v', kind: 'verb', cameo: '190' }] }, /triggers entry 0 \(id "x\.v"\): field "pattern"/],
  ['a code that is not a CAMEO code', { version: 1, triggers: [{ id: 'x.v', pattern: 'hit', kind: 'verb', cameo: '19a' }] }, /field "cameo"/],
  ['a gap at the start', { version: 1, triggers: [{ id: 'x.v', pattern: '... hit', kind: 'verb', cameo: '190' }] }, /field "pattern"/],
  ['an unknown field', { version: 1, triggers: [{ id: 'x.v', pattern: 'hit', kind: 'verb', cameo: '190', colour: 'red' }] }, /field "colour": unknown field/],
  ['a duplicate id', { version: 1, triggers: [{ id: 'x.v', pattern: 'hit', kind: 'verb', cameo: '190' }, { id: 'x.v', pattern: 'strike', kind: 'verb', cameo: '190' }] }, /entry 1 .*duplicate id/],
];
for (const [name, json, re] of bad) {
  test(`lexicon: ${name} is rejected naming the file, entry and field`, () => {
    assert.throws(() => parseLexiconFile('/tmp/my-triggers.json', 'triggers', json), (e: Error) => e.message.includes('/tmp/my-triggers.json') && re.test(e.message));
  });
}

test('lexicon: a modality cue with a speech act on the wrong status is rejected', () => {
  assert.throws(
    () => parseLexiconFile('/tmp/m.json', 'modality', { version: 1, cues: [{ cue: 'may', status: 'hypothetical', scope: 'before', window: 3, act: 'intent' }] }),
    /field "act"/,
  );
});

test('lexicon: loads once with every trigger compiled and indexed by its first word forms', () => {
  const lex = loadEventLexicon();
  assert.equal(lex.triggerCount, triggers.length);
  assert.ok(lex.byFirst.get('struck')?.some((t) => t.entry.cameo.startsWith('19')), 'irregular past "struck" indexed');
  assert.ok(lex.byFirst.get('meetings')?.length || lex.byFirst.get('met')?.length);
});
