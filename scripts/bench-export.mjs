#!/usr/bin/env node
// Export benchmark: fills a SQLite store with N synthetic coded events (default 1,000,000: 50,000
// articles of 20 events each, written in batches through the store like an ingest), then exports them
// in every format, each in its own process, and reports its time, peak RSS and output size.
// The store is kept and reused while it holds N events.
//
//   node scripts/bench-export.mjs [--events N] [--db FILE] [--formats jsonl,csv,gdelt,plover,gexf,graphml] [--out DIR]
//   npm run bench:export
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = fileURLToPath(new URL('..', import.meta.url));

if (process.argv[2] === '--child') {
  // One export in this process: `--child <args of entente export…>`; reports its own peak RSS.
  const { main } = await import(join(root, 'src/cli/main.ts'));
  const started = performance.now();
  const code = await main(['export', ...process.argv.slice(3)]);
  const report = { code, seconds: (performance.now() - started) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 };
  process.stderr.write(`\nBENCH ${JSON.stringify(report)}\n`);
  process.exit(code);
}

/** Writes the synthetic store unless it already holds `total` events. */
async function fill() {
  if (existsSync(db)) {
    const store = await openStore(db);
    const n = await store.countEvents();
    await store.close();
    if (n === total) return console.log(`reusing ${db} (${n} events)`);
    rmSync(db, { force: true });
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
  }
  const store = await openStore(db);
  const run = await store.startRun({ codeVersion: 'bench', dataVersion: 'bench', startedAt: new Date().toISOString() });
  const articles = Math.ceil(total / PER_ARTICLE);
  const started = performance.now();
  const BATCH = 500;
  for (let a = 0; a < articles; a += BATCH) {
    const batch = [];
    for (let i = a; i < Math.min(articles, a + BATCH); i++) batch.push(article(i, Math.min(PER_ARTICLE, total - i * PER_ARTICLE)));
    await store.putArticles(run, batch);
    if ((a / BATCH) % 10 === 0) process.stderr.write(`\rfilling ${db}: ${Math.min(total, (a + BATCH) * PER_ARTICLE).toLocaleString('en')} events`);
  }
  process.stderr.write(`\rfilled ${db}: ${total.toLocaleString('en')} events in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  await store.close();
}

// A deterministic pseudo-random sequence, so every run builds the same store.
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

const ACTORS = [
  ...['TUR', 'USA', 'RUS', 'IRN', 'IRQ', 'SYR', 'QAT', 'SAU', 'ISR', 'EGY', 'FRA', 'DEU', 'GBR', 'CHN', 'JOR', 'LBN', 'ARE', 'AZE', 'ARM', 'GRC'].map((id) => ({ id, type: 'state', name: `State ${id}` })),
  ...['ISIS', 'PKK', 'PJAK', 'YPG', 'SDF', 'PMU', 'HTS', 'GULEN'].map((id) => ({ id, type: 'group', name: `Group ${id}` })),
  ...['NATO', 'UN', 'EU'].map((id) => ({ id, type: 'igo', name: id })),
];
const CODES = [
  ['040', 1, 1, 'CONSULT'], ['042', 1, 1.9, 'CONSULT'], ['036', 1, 4, 'CONSULT'], ['057', 1, 8, 'AGREE'], ['050', 1, 3.5, 'COOPERATE'],
  ['062', 2, 7.4, 'COOPERATE'], ['070', 2, 7, 'AID'], ['111', 3, -2, 'ACCUSE'], ['130', 3, -4.4, 'THREATEN'], ['160', 3, -4, 'REDUCE'],
  ['190', 4, -10, 'ASSAULT'], ['195', 4, -10, 'ASSAULT'], ['1831', 4, -10, 'ASSAULT'], ['010', 1, 0, null], ['020', 1, 3, null],
];
const ROLES = [null, null, 'GOV', 'MIL'];
const STATUSES = ['occurred', 'occurred', 'occurred', 'occurred', 'future', 'hypothetical', 'negated'];
const PLACES = [
  { name: 'Ankara', lat: 39.91987, lon: 32.85427, country: 'TUR', geonameid: 323786, featureCode: 'PPLC' },
  { name: 'Syria', lat: 35, lon: 38, country: 'SYR', geonameid: 163843, featureCode: 'PCLI' },
  { name: 'Mosul', lat: 36.335, lon: 43.11889, country: 'IRQ', geonameid: 99072, featureCode: 'PPLA' },
];

function article(n, events) {
  const r = rng(n + 1);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const id = `bench-${String(n).padStart(7, '0')}`;
  const sentences = [];
  let text = '';
  for (let i = 0; i < events; i++) {
    const s = `In report ${i}, one side took action number ${i} against the other, officials said on the day.`;
    sentences.push({ index: i, start: text.length, end: text.length + s.length });
    text += `${s} `;
  }
  text = text.trimEnd();
  const place = pick(PLACES);
  const year = 2014 + Math.floor(r() * 5);
  const list = [];
  for (let i = 0; i < events; i++) {
    const source = pick(ACTORS);
    let target = pick(ACTORS);
    if (target.id === source.id) target = ACTORS[(ACTORS.indexOf(source) + 1) % ACTORS.length];
    const [cameo, quad, goldstein, ploverType] = pick(CODES);
    const s = sentences[i];
    const trigger = text.indexOf('took action', s.start);
    const role = source.type === 'state' ? pick(ROLES) : null;
    const withPlace = r() < 0.3;
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const precision = r() < 0.7 ? 'day' : 'month';
    list.push({
      id: `${id}#${i + 1}`,
      source: { ...source, ...(role ? { role } : {}) },
      target: r() < 0.1 ? null : target,
      cameo,
      root: cameo.slice(0, 2),
      ...(ploverType ? { plover: { type: ploverType, mode: '', context: quad === 4 ? 'military' : '' } } : {}),
      goldstein,
      quad,
      status: pick(STATUSES),
      date: precision === 'day' ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}`,
      datePrecision: precision,
      dateSource: 'text',
      ...(withPlace ? { place: { name: place.name, lat: place.lat, lon: place.lon, country: place.country, geonameid: place.geonameid } } : {}),
      evidence: { sentence: i, start: s.start, end: s.end, trigger: { start: trigger, end: trigger + 'took action'.length }, text: 'took action', rule: 'bench' },
    });
  }
  const articleRecord = {
    id,
    text,
    original: text,
    title: `Synthetic report ${n}`,
    published: { value: `${year}-12-31`, precision: 'day', source: 'published' },
    outlet: `Outlet ${n % 97}`,
    url: `https://bench.example/${id}`,
    contentHash: createHash('sha256').update(id).digest('hex'),
  };
  const result = {
    id,
    text,
    sentences,
    actors: [],
    mentions: [],
    places: [{ text: place.name, name: place.name, lat: place.lat, lon: place.lon, country: place.country, geonameid: place.geonameid, featureCode: place.featureCode, spans: [], rule: 'bench' }],
    dates: [],
    events: list,
  };
  return { article: articleRecord, result };
}

const { openStore } = await import(join(root, 'src/store/openStore.ts'));
const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    db: { type: 'string' },
    formats: { type: 'string', default: 'jsonl,csv,gdelt,plover,gexf,graphml' },
    out: { type: 'string', default: join(tmpdir(), 'entente-bench-export') },
  },
});
const total = Number(values.events);
const PER_ARTICLE = 20;
const db = values.db ?? join(tmpdir(), `entente-bench-${total}.db`);
mkdirSync(values.out, { recursive: true });


await fill();
const rows = [];
for (const format of values.formats.split(',')) {
  const ext = { gdelt: 'tsv', plover: 'jsonl' }[format] ?? format;
  const out = join(values.out, `events.${ext}`);
  const args = ['--db', db, '--format', format, '--out', out, ...(['gexf', 'graphml'].includes(format) ? [] : ['--status', 'all'])];
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => l.startsWith('BENCH '));
  if (r.status !== 0 || !line) {
    console.error(r.stderr);
    process.exit(1);
  }
  const report = JSON.parse(line.slice(6));
  const summary = r.stderr.split('\n').find((l) => l.startsWith('export:')) ?? '';
  rows.push({ format, ...report, outputMB: statSync(out).size / 2 ** 20, summary });
  console.log(
    `${format.padEnd(8)} ${report.seconds.toFixed(1).padStart(7)} s  peak RSS ${report.maxRssMB.toFixed(0).padStart(4)} MB  output ${(statSync(out).size / 2 ** 20).toFixed(0).padStart(5)} MB  ${summary}`,
  );
  rmSync(out, { force: true });
}
const worst = Math.max(...rows.map((r) => r.maxRssMB));
console.log(`${total.toLocaleString('en')} events; highest peak RSS ${worst.toFixed(0)} MB ${worst < 300 ? '(under 300 MB)' : '(OVER 300 MB)'}`);
process.exit(worst < 300 ? 0 : 1);

