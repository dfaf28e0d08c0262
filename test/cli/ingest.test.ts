// The ingest and events commands against a real SQLite file: idempotent re-runs, an interrupted ingest
// completed by running it again, and the queries users make.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entente, enteneKillWhen } from './run.ts';
import { openSqliteStore } from '../../src/store/sqliteStore.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-'));
const samples = new URL('../../data/samples/corpus.jsonl', import.meta.url).pathname;

async function counts(db: string) {
  const s = await openSqliteStore(db);
  try {
    return { articles: await s.countArticles(), events: await s.countEvents() };
  } finally {
    await s.close();
  }
}

test('ingest the sample corpus, then again: the second run stores nothing new', async () => {
  const db = join(dir, 'a.db');
  const first = entente(['ingest', samples, '--db', db]);
  assert.equal(first.code, 0, first.stderr);
  const c1 = await counts(db);
  assert.equal(c1.articles, readFileSync(samples, 'utf8').trim().split('\n').length);
  assert.ok(c1.events > 20, `events stored: ${c1.events}`);
  const second = entente(['ingest', samples, '--db', db]);
  assert.equal(second.code, 0, second.stderr);
  assert.match(second.stderr, /0 stored, 20 already stored/);
  assert.deepEqual(await counts(db), c1);
});

test('events: filters by actor, dyad and dates; csv and jsonl formats', () => {
  const db = join(dir, 'a.db');
  const all = entente(['events', '--db', db, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  const tur = entente(['events', '--db', db, '--actor', 'TUR', '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(tur.length > 0 && tur.length < all.length);
  for (const e of tur) assert.ok(e.sourceId === 'TUR' || e.targetId === 'TUR');
  const dyad = entente(['events', '--db', db, '--dyad', 'usa:tur', '--since', '2015-07', '--until', '2016-12', '--format', 'jsonl']);
  assert.equal(dyad.code, 0, dyad.stderr);
  for (const e of dyad.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))) {
    assert.deepEqual([e.sourceId, e.targetId].sort(), ['TUR', 'USA']);
    assert.ok(e.date >= '2015-07' && e.date.slice(0, 7) <= '2016-12', e.date);
  }
  const csv = entente(['events', '--db', db, '--actor', 'TUR', '--format', 'csv']).stdout.trim().split('\n');
  assert.equal(csv.length, tur.length + 1);
  assert.match(csv[0], /^id,articleId,date,/);
  const table = entente(['events', '--db', db, '--limit', '5']);
  assert.match(table.stdout, new RegExp(`5 of ${all.length} event\\(s\\)`));
});

test('events: bad filters are usage errors', () => {
  const db = join(dir, 'a.db');
  for (const [args, re] of [
    [['--dyad', 'TUR'], /--dyad must be two actor ids/],
    [['--since', 'last week'], /--since must be a date/],
    [['--format', 'xml'], /--format must be one of/],
    [['--status', 'maybe'], /--status must be one of/],
  ] as const) {
    const r = entente(['events', '--db', db, ...args]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, re);
  }
});

test('an ingest killed half-way leaves whole batches; running it again completes it without duplicates', async () => {
  // 300 distinct articles from the samples, ingested 20 to a transaction.
  const lines = readFileSync(samples, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const many = join(dir, 'many.jsonl');
  const recs = [];
  for (let i = 0; i < 300; i++) {
    const r = lines[i % lines.length];
    recs.push(JSON.stringify({ ...r, id: `${r.id}-copy${i}`, text: `${r.text}\n\nCopy ${i}.` }));
  }
  writeFileSync(many, recs.join('\n'));
  const db = join(dir, 'killed.db');
  const run = await enteneKillWhen(['ingest', many, '--db', db, '--batch', '20'], (err) => /\b(4\d|[5-9]\d|1\d\d) stored/.test(err));
  assert.ok(run.killed, `the run was killed part-way: ${run.stderr.slice(-200)}`);
  const part = await counts(db);
  assert.ok(part.articles > 0 && part.articles < 300, `part-way: ${part.articles}`);
  assert.equal(part.articles % 20, 0, 'only whole batches were committed');
  const again = entente(['ingest', many, '--db', db, '--batch', '20']);
  assert.equal(again.code, 0, again.stderr);
  const done = await counts(db);
  assert.equal(done.articles, 300);
  assert.match(again.stderr, new RegExp(`${300 - part.articles} stored, ${part.articles} already stored`));
});

test('ingest with a bad input stores the good ones and exits 1', async () => {
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, `${JSON.stringify({ id: 'ok1', text: 'Turkey and Iran met in Tehran on Monday.' })}\nnot json\n`);
  const db = join(dir, 'bad.db');
  const r = entente(['ingest', bad, '--db', db]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /bad\.jsonl:2: line is not valid JSON/);
  assert.equal((await counts(db)).articles, 1);
});
