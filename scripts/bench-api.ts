// `npm run bench` (second line): latency of the HTTP events list over 100,000 stored events.
// Fills a temporary SQLite store with synthetic coded articles (batched through the store, as an ingest
// writes them), serves it on a free local port, and times 200 requests of /api/events with the filters
// analysts use. Prints one JSON line; the target is p95 under 50 ms.
// Usage: node --import tsx scripts/bench-api.ts [--events N] [--requests N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import type { Article, ArticleResult, Event, EventStatus } from '../src/core/types.ts';
import { openStore } from '../src/store/openStore.ts';
import { startServer } from '../src/api/server.ts';

const { values } = parseArgs({ options: { events: { type: 'string' }, requests: { type: 'string' }, detail: { type: 'boolean' }, keep: { type: 'string' } } });
const EVENTS = Number(values.events ?? 100_000);
const REQUESTS = Number(values.requests ?? 200);
const PER_ARTICLE = 10;

const ACTORS = ['TUR', 'USA', 'RUS', 'IRN', 'SYR', 'IRQ', 'ISIS', 'PKK', 'YPG', 'SDF', 'NATO', 'UN', 'EU', 'FRA', 'GBR', 'DEU', 'ISR', 'SAU', 'QAT', 'EGY',
  'JOR', 'LBN', 'HEZ', 'HAMAS', 'KAZ', 'AZE', 'ARM', 'GEO', 'UKR', 'CHN', 'IND', 'PAK', 'AFG', 'TAL', 'GRC', 'CYP', 'ITA', 'ESP', 'NLD', 'BEL'];
const PLACES = [
  ['Ankara', 39.92, 32.85, 'TUR'], ['Istanbul', 41.01, 28.95, 'TUR'], ['Damascus', 33.51, 36.29, 'SYR'], ['Aleppo', 36.2, 37.16, 'SYR'],
  ['Baghdad', 33.34, 44.4, 'IRQ'], ['Mosul', 36.34, 43.13, 'IRQ'], ['Moscow', 55.75, 37.62, 'RUS'], ['Washington', 38.9, -77.04, 'USA'],
  ['Tehran', 35.69, 51.39, 'IRN'], ['Astana', 51.18, 71.45, 'KAZ'],
] as const;
const ROOTS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20'];
const STATUSES: EventStatus[] = ['occurred', 'occurred', 'occurred', 'future', 'hypothetical', 'negated'];
const PLOVER = ['CONSULT', 'AGREE', 'SUPPORT', 'COOPERATE', 'AID', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'COERCE', 'ASSAULT'];

/** A small deterministic generator, so every run measures the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const rand = rng(7);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

function syntheticArticle(i: number): { article: Article; result: ArticleResult } {
  const id = `bench-${i}`;
  const sentence = 'Officials said the two governments met and agreed to work together, while forces clashed near the border. ';
  const text = `${id}: ${sentence.repeat(PER_ARTICLE)}`;
  const year = 2010 + Math.floor(rand() * 10);
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const events: Event[] = [];
  for (let n = 0; n < PER_ARTICLE; n++) {
    const source = pick(ACTORS);
    let target: string | null = pick(ACTORS);
    if (target === source || rand() < 0.1) target = null;
    const root = pick(ROOTS);
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const r = rand();
    const date = r < 0.05 ? undefined : r < 0.2 ? `${year}-${month}` : `${year}-${month}-${day}`;
    const place = rand() < 0.5 ? pick(PLACES) : undefined;
    const start = id.length + 2 + n * sentence.length;
    const goldstein = Math.round((rand() * 20 - 10) * 10) / 10;
    events.push({
      id: `${id}#${n + 1}`,
      source: { id: source, type: 'state', name: source },
      target: target ? { id: target, type: 'state', name: target } : null,
      cameo: `${root}0`,
      root,
      plover: { type: pick(PLOVER) },
      goldstein,
      quad: goldstein >= 0 ? (rand() < 0.5 ? 1 : 2) : rand() < 0.5 ? 3 : 4,
      status: pick(STATUSES),
      ...(date ? { date, datePrecision: date.length === 10 ? 'day' : 'month', dateSource: 'text' as const } : {}),
      ...(place ? { place: { name: place[0], lat: place[1], lon: place[2], country: place[3] } } : {}),
      evidence: { sentence: n, start, end: start + sentence.length - 1, trigger: { start: start + 29, end: start + 32 }, text: 'met', rule: 'bench' },
    });
  }
  const article: Article = {
    id,
    text,
    original: text,
    title: `Synthetic report ${i}`,
    published: { value: `${year}-${month}-28`, precision: 'day', source: 'published' },
    outlet: 'Bench Desk',
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
  return { article, result: { id, text, sentences: [], actors: [], mentions: [], places: [], dates: [], events } };
}

const QUERIES: Array<Record<string, string>> = [
  {},
  { actor: 'TUR' },
  { dyad: 'TUR:RUS' },
  { root: '19', status: 'occurred' },
  { since: '2015-01', until: '2015-12' },
  { actor: 'USA', since: '2014', until: '2016' },
  { plover: 'ASSAULT' },
  { country: 'SYR' },
  { sort: '-date' },
  { actor: 'IRN', sort: '-goldstein' },
  { offset: '1000' },
  { dyad: 'USA:TUR', status: 'occurred', since: '2012' },
];

const dir = mkdtempSync(join(tmpdir(), 'entente-bench-api-'));
const store = await openStore(join(dir, 'bench.db'));
try {
  const t0 = performance.now();
  const runId = await store.startRun({ codeVersion: 'bench', dataVersion: 'bench', startedAt: new Date().toISOString() });
  const articles = Math.ceil(EVENTS / PER_ARTICLE);
  for (let i = 0; i < articles; i += 500) {
    const batch = [];
    for (let j = i; j < Math.min(articles, i + 500); j++) batch.push(syntheticArticle(j));
    await store.putArticles(runId, batch);
  }
  const fillSeconds = (performance.now() - t0) / 1000;
  const stored = await store.countEvents();
  const server = await startServer({ store, port: 0, web: false });
  try {
    const times: number[] = [];
    let rows = 0;
    // A few requests first so the measurement is of a warm server, as analysts meet it.
    for (const q of QUERIES) await fetch(`${server.url}/api/events?${new URLSearchParams(q)}`).then((r) => r.json());
    for (let i = 0; i < REQUESTS; i++) {
      const q = QUERIES[i % QUERIES.length];
      const t = performance.now();
      const res = await fetch(`${server.url}/api/events?${new URLSearchParams({ ...q, limit: '50' })}`);
      const body = (await res.json()) as { items: unknown[] };
      times.push(performance.now() - t);
      if (values.detail) console.error(`${(performance.now() - t).toFixed(1).padStart(7)} ms  ${new URLSearchParams(q)}`);
      if (!res.ok) throw new Error(`bench-api: ${res.status} ${JSON.stringify(body)}`);
      rows += body.items.length;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => +times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)].toFixed(2);
    console.log(
      JSON.stringify({
        bench: 'api-events-list',
        events: stored,
        requests: REQUESTS,
        filters: QUERIES.length,
        rowsPerPage: Math.round(rows / REQUESTS),
        p50Ms: at(50),
        p95Ms: at(95),
        maxMs: +times[times.length - 1].toFixed(2),
        targetP95Ms: 50,
        fillSeconds: +fillSeconds.toFixed(1),
        store: 'sqlite',
        node: process.version,
      }),
    );
  } finally {
    await server.close();
  }
} finally {
  await store.close();
  if (values.keep) (await import('node:fs')).renameSync(join(dir, 'bench.db'), values.keep);
  rmSync(dir, { recursive: true, force: true });
}
