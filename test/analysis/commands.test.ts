// The analysis commands on a real SQLite file, as a user runs them: stories, dyad, network, shifts —
// and their usage errors (exit 2, one line naming the option).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { openStore } from '../../src/store/openStore.ts';
import { entente } from '../cli/run.ts';
import { analysisCorpus } from './storeCorpus.ts';
import { usage } from './usage.ts';

const db = join(mkdtempSync(join(tmpdir(), 'entente-analysis-cli-')), 'a.db');
const store = await openStore(db);
await store.putArticles(await store.startRun({ codeVersion: 't', dataVersion: 't', startedAt: '2017-09-01T00:00:00Z' }), analysisCorpus());
await store.close();

test('stories: each real-world event once, with its reports; --min-sources keeps the corroborated', () => {
  const r = entente(['stories', '--db', db, '--min-sources', '2']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /2015-07-20 ISIS → TUR\s+1831 occurred\s+2 sources, 2 reports/);
  assert.match(r.stdout, /s1#1\s+«Islamic State bombed a town in July\.»/);
  assert.match(r.stdout, /≠ story:s3#1/);
  assert.match(r.stdout, /^1 of 1 story \(1 with more than one source\)$/m);
  const jsonl = entente(['stories', '--db', db, '--format', 'jsonl', '--dyad', 'usa:tur']);
  const stories = jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(stories.map((s) => s.id).sort(), ['story:k4#1', 'story:k5#1', 'story:s4#1']);
});

test('dyad: the timeline as a table, JSON and CSV', () => {
  const table = entente(['dyad', 'TUR', 'USA', '--db', db]);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /^2016-10\s+2\s+0\s+2\s+0\s+0\s+0\s+\+4\.0\s+\+2\.00\s+\+1\.00$/m);
  assert.match(table.stdout, /^2016-11\s+0\s+1\s+0\s+0\s+1\s+0\s+−4\.4\s+−4\.40\s+−1\.00$/m);
  assert.match(table.stdout, /k5#1\s+«The United States threatened Turkey\.»/);
  const json = JSON.parse(entente(['dyad', 'usa', 'tur', '--db', db, '--format', 'json', '--by', 'quarter']).stdout);
  assert.deepEqual(
    json.points.map((p: { period: string; index: number }) => [p.period, p.index]),
    [['2016-Q4', 0.333]],
  );
  const csv: Record<string, string>[] = parseCsv(entente(['dyad', 'TUR', 'USA', '--db', db, '--format', 'csv']).stdout, { columns: true });
  assert.deepEqual(
    csv.map((r) => [r.period, r.index, r.storyIds]),
    [
      ['2016-10', '1', 'story:k4#1 story:s4#1'],
      ['2016-11', '-1', 'story:k5#1'],
    ],
  );
  const planned = JSON.parse(entente(['dyad', 'TUR', 'PJAK', '--db', db, '--format', 'json', '--status', 'occurred,future']).stdout);
  assert.deepEqual(planned.points.map((p: { period: string; conflict: number }) => [p.period, p.conflict]), [['2017-09', 1]]);
});

test('network: the table, JSON, GEXF and GraphML of a period', () => {
  const table = entente(['network', '--db', db, '--from', '2017-01', '--to', '2017-12']);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /IRN — TUR\s+\+1\s+coop 1, conflict 0\s+against PJAK \(evidence\+shared-target\), PKK \(evidence\+shared-target\)/);
  assert.match(table.stdout, /IRN & TUR against PKK/);
  const json = JSON.parse(entente(['network', '--db', db, '--from', '2017', '--format', 'json']).stdout);
  assert.deepEqual(json.edges.find((e: { source: string; target: string }) => e.source === 'IRN' && e.target === 'TUR').stories, ['story:k1#1']);
  assert.match(entente(['network', '--db', db, '--from', '2017', '--format', 'gexf']).stdout, /^<\?xml[^]*<gexf[^]*<edge id="IRN\|TUR"/);
  assert.match(entente(['network', '--db', db, '--to', '2016-12', '--format', 'graphml']).stdout, /<edge id="TUR\|USA" source="TUR" target="USA"><data key="weight">1<\/data>/);
});

test('shifts: the largest changes first, with the stories that explain them', () => {
  const r = entente(['shifts', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^TUR–USA\s+2016-10 \+1\.00 → 2016-11 −1\.00\s+change −2\.00$/m);
  assert.match(r.stdout, /conflict in 2016-11:\n\s+− 2016-11-01 USA → TUR\s+130/);
  const json = JSON.parse(entente(['shifts', '--db', db, '--actor', 'usa', '--format', 'json']).stdout);
  assert.deepEqual(json.map((s: { dyad: string[] }) => s.dyad), [['TUR', 'USA']]);
  assert.match(entente(['shifts', '--db', db, '--actor', 'PJAK']).stdout, /no dyad has counted stories in two months/);
});

test('usage errors exit 2 with a line naming the problem', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['dyad', 'TUR'], /needs two actor ids, such as: entente dyad TUR USA \(got 1\)/],
    [['dyad', 'TUR', 'tur'], /needs two different actors/],
    [['dyad', 'TUR', 'USA', '--by', 'week'], /--by must be one of month, quarter, year/],
    [['dyad', 'TUR', 'USA', '--status', 'maybe'], /--status: statuses must be "all" or a comma list/],
    [['dyad', 'TUR', 'USA', '--format', 'xml'], /--format must be one of table, json, csv/],
    [['network', '--from', '2017-13'], /--from must be a date such as 2017, 2017-01 or 2017-01-15/],
    [['network', '--from', '2018', '--to', '2017-12'], /--from 2018 is after --to 2017-12/],
    [['network', '--format', 'dot'], /--format must be one of table, json, gexf, graphml/],
    [['network', 'TUR'], /unexpected argument "TUR"/],
    [['shifts', '--limit', '0'], /--limit must be a positive whole number/],
    [['shifts', '--by', 'day'], /--by must be one of/],
    [['stories', '--min-sources', 'two'], /--min-sources must be a positive whole number/],
    [['stories', '--dyad', 'TUR'], /--dyad must be two actor ids/],
    [['stories', '--since', 'July'], /--since must be a date/],
    [['stories', '--root', '1'], /--root must be a two-digit CAMEO root/],
    [['stories', '--colour'], /Unknown option '--colour'/],
  ];
  for (const [args, re] of cases) {
    const r = await usage([...args, '--db', db]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  }
  // And so from the command line.
  const r = entente(['dyad', 'TUR', '--db', db]);
  assert.equal(r.code, 2);
  assert.equal(r.stderr, 'entente dyad: needs two actor ids, such as: entente dyad TUR USA (got 1)\n');
});
