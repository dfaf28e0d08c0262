// `entente export` on a real SQLite file: to a file or standard output, with filters, and its usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { openStore } from '../../src/store/openStore.ts';
import { GDELT_COLUMNS } from '../../src/export/gdeltColumns.ts';
import { entente } from '../cli/run.ts';
import { analysisCorpus } from '../analysis/storeCorpus.ts';
import { corpus } from '../store/fixtures.ts';
import { usage } from '../analysis/usage.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-export-cli-'));
const db = join(dir, 'a.db');
const store = await openStore(db);
await store.putArticles(await store.startRun({ codeVersion: 't', dataVersion: 't', startedAt: '2017-09-01T00:00:00Z' }), [...corpus(), ...analysisCorpus()]);
const total = await store.countEvents();
const occurred = await store.countEvents({ status: 'occurred' });
await store.close();

test('export to a file: every event as CSV, a count on stderr', () => {
  const out = join(dir, 'events.csv');
  const r = entente(['export', '--db', db, '--format', 'csv', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `export: ${total} events written as csv to ${out}\n`);
  assert.equal(parseCsv(readFileSync(out, 'utf8'), { columns: true }).length, total);
});

test('export to standard output: GDELT and PLOVER take what occurred unless told; filters as in events', () => {
  const gdelt = entente(['export', '--db', db, '--format', 'gdelt']);
  const table: string[][] = parseCsv(gdelt.stdout, { delimiter: '\t', quote: false });
  assert.deepEqual(table[0], [...GDELT_COLUMNS]);
  assert.equal(table.length - 1, occurred);
  const all = parseCsv(entente(['export', '--db', db, '--format', 'gdelt', '--status', 'all', '--no-header']).stdout, { delimiter: '\t', quote: false });
  assert.equal(all.length, total);
  const stories = entente(['export', '--db', db, '--format', 'gdelt', '--level', 'stories']);
  assert.match(stories.stderr, /stories written as gdelt/);
  assert.ok(stories.stdout.split('\n').length < gdelt.stdout.split('\n').length);
  const plover = entente(['export', '--db', db, '--format', 'plover', '--actor', 'TUR']);
  assert.match(plover.stderr, /events written as plover, \d+ left out \(no plover code\)/);
  for (const l of plover.stdout.trim().split('\n')) {
    const rec = JSON.parse(l);
    assert.ok([rec.source[0].code, rec.target[0]?.code].includes('TUR'));
    assert.equal(rec.entente.status, 'occurred');
  }
  const jsonl = entente(['export', '--db', db, '--format', 'jsonl', '--dyad', 'TUR:USA', '--since', '2016-10', '--until', '2016-10']);
  assert.deepEqual(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['k4#1', 's4#1']);
  assert.equal(entente(['export', '--db', db, '--format', 'jsonl', '--limit', '2']).stdout.trim().split('\n').length, 2);
});

test('export the network of a period for Gephi', () => {
  for (const format of ['gexf', 'graphml']) {
    const r = entente(['export', '--db', db, '--format', format, '--from', '2017-01', '--to', '2017-12']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(XMLValidator.validate(r.stdout), true);
    assert.match(r.stderr, new RegExp(`export: 8 nodes and edges written as ${format}`));
  }
});

test('export usage errors exit 2', async () => {
  const cases: Array<[string[], RegExp]> = [
    [[], /--format is required: one of jsonl, csv, gdelt, plover, gexf, graphml/],
    [['--format', 'xlsx'], /--format must be one of/],
    [['--format', 'csv', '--level', 'stories'], /--level stories is for jsonl and gdelt/],
    [['--format', 'gexf', '--actor', 'TUR'], /--format gexf takes a period and statuses only/],
    [['--format', 'graphml', '--limit', '5'], /--limit is for event formats/],
    [['--format', 'csv', '--no-header'], /--no-header is for --format gdelt/],
    [['--format', 'jsonl', '--from', '2017', '--since', '2016'], /give --from or --since, not both/],
    [['--format', 'jsonl', '--status', 'sure'], /--status: statuses must be/],
    [['--format', 'jsonl', '--until', '2017-02-30'], /--until must be a date/],
  ];
  for (const [args, re] of cases) {
    const r = await usage(['export', '--db', db, ...args]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re, args.join(' '));
  }
});
