// The extract command end to end: real files in, the JSONL contract out, bad inputs named and counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-extract-'));
const good = join(dir, 'strike.txt');
writeFileSync(good, 'Turkey strikes IS in Syria\n\nTurkish warplanes carried out air strikes against Islamic State targets in northern Syria on Friday, the Turkish army said.\n');
const jsonl = join(dir, 'two.jsonl');
writeFileSync(
  jsonl,
  [
    JSON.stringify({ id: 'j1', published: '2017-08-16', text: 'Iran and Turkey agreed to cooperate against the PKK, officials in Ankara said on Wednesday.' }),
    JSON.stringify({ id: 'j2', published: '2016-10-21', text: 'Russia did not attack Turkish jets over Syria.' }),
  ].join('\n'),
);
const binary = join(dir, 'photo.txt');
writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255]));

test('extract --format jsonl: one line per article in input order, with the contract fields', () => {
  const r = entente(['extract', good, jsonl, '--format', 'jsonl']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['strike', 'j1', 'j2']);
  for (const l of lines) {
    assert.ok(Array.isArray(l.actors) && Array.isArray(l.places) && Array.isArray(l.events));
    for (const e of l.events) {
      assert.ok(e.source.id && e.cameo && e.status && e.evidence);
      assert.equal(l.text.slice(e.evidence.trigger.start, e.evidence.trigger.end), e.evidence.text);
      assert.ok(e.evidence.start <= e.evidence.trigger.start && e.evidence.trigger.end <= e.evidence.end);
    }
  }
  const strike = lines[0].events.find((e: { source: { id: string }; target: { id: string } | null; cameo: string }) => e.source.id === 'TUR' && e.target?.id === 'ISIS');
  assert.ok(strike, 'TUR → ISIS strike coded');
  assert.equal(strike.cameo.slice(0, 2), '19');
  assert.equal(strike.status, 'occurred');
  assert.ok(lines[0].places.some((p: { country: string }) => p.country === 'SYR'));
  const denied = lines[2].events.find((e: { source: { id: string } }) => e.source.id === 'RUS');
  assert.equal(denied?.status, 'negated');
});

test('extract --format table: a summary a person can read', () => {
  const r = entente(['extract', good, '--format', 'table']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /■ strike/);
  assert.match(r.stdout, /TUR.*→ ISIS/);
});

test('extract: a bad input is named on stderr, the others still come out, exit code is 1', () => {
  const r = entente(['extract', good, binary, join(dir, 'missing.txt'), jsonl]);
  assert.equal(r.code, 1);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['strike', 'j1', 'j2']);
  assert.match(r.stderr, new RegExp(`${binary}: file is binary`));
  assert.match(r.stderr, /missing\.txt: cannot read: no such file or directory/);
  assert.match(r.stderr, /2 input\(s\) failed/);
});

test('extract: usage errors exit 2 with a message', () => {
  assert.equal(entente(['extract']).code, 2);
  const r = entente(['extract', good, '--format', 'xml']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--format must be one of jsonl, table/);
});

test('extract: worker threads give the same output, in input order, as coding in one thread', () => {
  const samples = new URL('../../data/samples/corpus.jsonl', import.meta.url).pathname;
  const one = entente(['extract', samples, good, '--workers', '0']);
  const two = entente(['extract', samples, good, '--workers', '2']);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  assert.ok(one.stdout.split('\n').length > 20);
  assert.equal(two.stdout, one.stdout);
});

test('extract: --workers must be a whole number', () => {
  const r = entente(['extract', good, '--workers', 'many']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--workers must be a whole number/);
});
