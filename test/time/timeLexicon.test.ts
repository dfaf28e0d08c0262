// The time data loads, and a bad file stops start-up naming the file and the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTimeLexicon } from '../../src/time/timeLexicon.ts';
import { dataPath } from '../../src/core/paths.ts';

test('time data loads, with a version per file', () => {
  const lex = loadTimeLexicon();
  for (const f of ['seasons', 'parts', 'shifts', 'occasions', 'tense', 'years', 'ordinals', 'filters', 'scope']) assert.ok(lex.versions[f] >= 1, f);
  assert.equal(lex.seasons.byWord.get('fall')?.code, 23);
  assert.equal(lex.occasions.keyOf.get('putsch'), 'coup');
});

function withBrokenFile(name: string, edit: (json: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-time-'));
  try {
    cpSync(dataPath('time'), dir, { recursive: true });
    const path = join(dir, `${name}.json`);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    edit(json);
    writeFileSync(path, JSON.stringify(json));
    try {
      loadTimeLexicon(dir);
    } catch (e) {
      return (e as Error).message;
    }
    return 'loaded';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a bad season code names the file and field', () => {
  const msg = withBrokenFile('seasons', (j) => ((j.seasons as Array<{ code: number }>)[0].code = 5));
  assert.match(msg, /seasons\.json/);
  assert.match(msg, /seasons\.0\.code/);
});

test('an unknown placeholder in a shift pattern is refused', () => {
  const msg = withBrokenFile('shifts', (j) => (j.phrases as Array<{ pattern: string }>).push({ pattern: 'the {when} after', sign: 1 } as never));
  assert.match(msg, /shifts\.json/);
  assert.match(msg, /unknown placeholder \{when\}/);
});

test('a shift pattern that names no unit is refused', () => {
  const msg = withBrokenFile('shifts', (j) => (j.phrases as Array<{ pattern: string }>).push({ pattern: 'soon after', sign: 1 } as never));
  assert.match(msg, /names no unit/);
});

test('uppercase phrases are refused', () => {
  const msg = withBrokenFile('tense', (j) => (j.future as string[]).push('Will'));
  assert.match(msg, /tense\.json/);
  assert.match(msg, /lowercase/);
});
