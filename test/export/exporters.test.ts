// Every export format, read back with the tools people use to read it: a CSV parser, JSON, an XML parser
// and graphology's GEXF and GraphML importers. Exports from SQLite and PostgreSQL must be the same bytes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UndirectedGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { EVENT_CSV_COLUMNS } from '../../src/export/csvExporter.ts';
import { exportEvents, exportNetwork, type EventExportOptions } from '../../src/export/exporter.ts';
import { GDELT_COLUMNS } from '../../src/export/gdeltColumns.ts';
import { globalEventId } from '../../src/export/gdeltExporter.ts';
import type { EventInContext, Store } from '../../src/store/store.ts';
import { corpus } from '../store/fixtures.ts';
import { analysisCorpus } from '../analysis/storeCorpus.ts';
import { storeKinds } from '../analysis/stores.ts';
import { Sink } from './sink.ts';

const kinds = await storeKinds();
const stores = new Map<string, Store>();

async function run(store: Store, opts: EventExportOptions): Promise<{ text: string; written: number; skipped: number }> {
  const sink = new Sink();
  const r = await exportEvents(store, opts, sink);
  return { text: sink.text, ...r };
}

async function network(store: Store, format: 'gexf' | 'graphml', from = '2017-01', to = '2017-12'): Promise<string> {
  const sink = new Sink();
  await exportNetwork(store, format, { from, to }, sink);
  return sink.text;
}

async function rows(store: Store): Promise<EventInContext[]> {
  const out: EventInContext[] = [];
  for await (const e of store.streamEvents()) out.push(e);
  return out;
}

describe('exports', () => {
  let store: Store;
  before(async () => {
    for (const kind of kinds) {
      const s = await kind.open();
      const run = await s.startRun({ codeVersion: 't', dataVersion: 't', startedAt: '2017-09-01T10:20:30Z' });
      await s.putArticles(run, [...corpus(), ...analysisCorpus()]);
      stores.set(kind.name, s);
    }
    store = stores.get('sqlite')!;
  });
  after(async () => {
    for (const s of stores.values()) await s.close();
    for (const kind of kinds) await kind.cleanup();
  });

  test('JSONL: one stored event per line, with its context', async () => {
    const out = await run(store, { format: 'jsonl' });
    const lines = out.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines, await rows(store));
    assert.equal(out.written, await store.countEvents());
  });

  test('CSV: parses with a CSV parser into every field of every event, commas and quotes included', async () => {
    const out = await run(store, { format: 'csv' });
    const records: Record<string, string>[] = parseCsv(out.text, { columns: true });
    const stored = await rows(store);
    assert.equal(records.length, stored.length);
    assert.deepEqual(Object.keys(records[0]), [...EVENT_CSV_COLUMNS]);
    assert.deepEqual([...EVENT_CSV_COLUMNS].sort(), Object.keys(stored[0]).sort(), 'every field is a column');
    for (const [i, e] of stored.entries()) {
      for (const c of EVENT_CSV_COLUMNS) assert.equal(records[i][c], e[c] === null ? '' : String(e[c]), `${e.id} ${c}`);
    }
    assert.equal(records.find((r) => r.id === 'k4#1')!.evidenceText, 'The United States met Turkey in Ankara, a leader said, "with care".');
  });

  test('GDELT: the 61 GDELT 2.0 columns in order, tab-separated, what occurred', async () => {
    const out = await run(store, { format: 'gdelt', statuses: ['occurred'] });
    const table: string[][] = parseCsv(out.text, { delimiter: '\t', quote: false });
    assert.deepEqual(table[0], [...GDELT_COLUMNS]);
    assert.equal(GDELT_COLUMNS.length, 61);
    for (const row of table) assert.equal(row.length, 61);
    assert.equal(table.length - 1, await store.countEvents({ status: 'occurred' }));
    const records = table.slice(1).map((r) => Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, r[i]])));
    const met = records.find((r) => r.GLOBALEVENTID === String(globalEventId('story:a1#1')))!;
    assert.deepEqual(
      {
        SQLDATE: met.SQLDATE,
        MonthYear: met.MonthYear,
        Year: met.Year,
        FractionDate: met.FractionDate,
        Actor1Code: met.Actor1Code,
        Actor1Name: met.Actor1Name,
        Actor1CountryCode: met.Actor1CountryCode,
        Actor1Type1Code: met.Actor1Type1Code,
        Actor2Code: met.Actor2Code,
        EventCode: met.EventCode,
        EventBaseCode: met.EventBaseCode,
        EventRootCode: met.EventRootCode,
        QuadClass: met.QuadClass,
        GoldsteinScale: met.GoldsteinScale,
        NumArticles: met.NumArticles,
        ActionGeo_Type: met.ActionGeo_Type,
        ActionGeo_FullName: met.ActionGeo_FullName,
        ActionGeo_CountryCode: met.ActionGeo_CountryCode,
        ActionGeo_Lat: met.ActionGeo_Lat,
        ActionGeo_FeatureID: met.ActionGeo_FeatureID,
        DATEADDED: met.DATEADDED,
        SOURCEURL: met.SOURCEURL,
      },
      {
        SQLDATE: '20150720',
        MonthYear: '201507',
        Year: '2015',
        FractionDate: '2015.5507',
        Actor1Code: 'TURGOV',
        Actor1Name: 'TURKEY',
        Actor1CountryCode: 'TUR',
        Actor1Type1Code: 'GOV',
        Actor2Code: 'RUSGOV',
        EventCode: '040',
        EventBaseCode: '040',
        EventRootCode: '04',
        QuadClass: '1',
        GoldsteinScale: '1',
        NumArticles: '1',
        ActionGeo_Type: '4',
        ActionGeo_FullName: 'Ankara',
        ActionGeo_CountryCode: 'TUR',
        ActionGeo_Lat: '39.91987',
        ActionGeo_FeatureID: '323786',
        DATEADDED: '20170901102030',
        SOURCEURL: 'https://example.org/news/a1',
      },
    );
    const group = records.find((r) => r.Actor1Code === 'ISIS')!;
    assert.deepEqual([group.Actor1KnownGroupCode, group.Actor1CountryCode], ['ISIS', '']);
  });

  test('GDELT stories: one row per real-world event, with its articles and sources; no header when asked', async () => {
    const out = await run(store, { format: 'gdelt', level: 'stories', statuses: ['occurred'], header: false });
    const table: string[][] = parseCsv(out.text, { delimiter: '\t', quote: false });
    assert.notDeepEqual(table[0], [...GDELT_COLUMNS]);
    const bombing = table.find((r) => r[0] === String(globalEventId('story:s1#1')))!;
    const at = (c: string) => bombing[GDELT_COLUMNS.indexOf(c as (typeof GDELT_COLUMNS)[number])];
    assert.deepEqual([at('EventCode'), at('NumMentions'), at('NumSources'), at('NumArticles'), at('SQLDATE'), at('Actor2Code')], ['1831', '2', '2', '2', '20150720', 'TUR']);
    assert.equal(table.length, out.written);
  });

  test('PLOVER: one record per line in PLOVER’s field names, with its sentence and trigger words', async () => {
    const out = await run(store, { format: 'plover', statuses: ['occurred'] });
    const records = out.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.ok(out.skipped > 0, 'events with no PLOVER type are left out');
    assert.equal(records.length + out.skipped, await store.countEvents({ status: 'occurred' }));
    const agree = records.find((r) => r.id === 'k1#1');
    assert.deepEqual(Object.keys(agree), ['id', 'date', 'source', 'target', 'event', 'mode', 'context', 'eventText', 'text', 'eventLoc', 'language', 'publication', 'entente']);
    assert.deepEqual(
      { ...agree, entente: undefined },
      {
        id: 'k1#1',
        date: '2017-08-15',
        source: [{ actorText: 'Turkey', code: 'TUR', sector: '' }],
        target: [{ actorText: 'Iran', code: 'IRN', sector: '' }],
        event: 'AGREE',
        mode: null,
        context: null,
        eventText: 'agreed',
        text: 'Turkey and Iran agreed to cooperate against the PKK and PJAK.',
        eventLoc: null,
        language: 'en',
        publication: 'Daily A',
        entente: undefined,
      },
    );
    assert.deepEqual(agree.entente, {
      articleId: 'k1',
      url: 'https://example.org/news/k1',
      published: '2015-07-20',
      cameo: '030',
      goldstein: 4,
      quadClass: 1,
      status: 'occurred',
      statusCue: null,
      datePrecision: 'day',
      rule: 'lexicon:agreed',
    });
    const met = records.find((r) => r.id === 'a1#1');
    assert.deepEqual(met.eventLoc, { name: 'Ankara', lat: 39.91987, lon: 32.85427, country: 'TUR', geonameid: 323786 });
    assert.deepEqual([met.source[0].sector, met.mode, met.context], ['GOV', 'visit', 'diplomatic']);
  });

  test('GEXF: valid XML that graphology imports, signed weights and common adversaries on the edges', async () => {
    const text = await network(store, 'gexf');
    assert.equal(XMLValidator.validate(text), true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(text);
    assert.equal(doc.gexf['@_version'], '1.3');
    const g = gexf.parse(Graph, text);
    assert.equal(g.type, 'undirected');
    assert.deepEqual(g.nodes().sort(), ['IRN', 'PJAK', 'PKK', 'TUR']);
    assert.equal(g.getNodeAttribute('TUR', 'label'), 'Turkey');
    assert.equal(g.getNodeAttribute('PKK', 'type'), 'group');
    const edge = g.edge('IRN', 'TUR')!;
    assert.equal(g.getEdgeAttribute(edge, 'weight'), 1);
    assert.equal(g.getEdgeAttribute(edge, 'against'), 'PJAK,PKK');
    assert.equal(g.getEdgeAttribute(g.edge('PKK', 'TUR')!, 'weight'), -1);
    assert.equal(g.getEdgeAttribute(g.edge('PKK', 'TUR')!, 'conflict'), 1);
  });

  test('GraphML: valid XML that graphology imports, the same network', async () => {
    const text = await network(store, 'graphml');
    assert.equal(XMLValidator.validate(text), true);
    const g = graphml.parse(Graph, text);
    assert.deepEqual(g.nodes().sort(), ['IRN', 'PJAK', 'PKK', 'TUR']);
    assert.equal(g.size, 4);
    const edge = g.edge('IRN', 'TUR')!;
    assert.equal(g.getEdgeAttribute(edge, 'weight'), 1);
    assert.equal(g.getEdgeAttribute(edge, 'against'), 'PJAK,PKK');
    assert.equal(g.getNodeAttribute('IRN', 'label'), 'Iran');
  });

  test('names that need escaping come out as valid XML', async () => {
    const { writeGexf } = await import('../../src/export/gexfExporter.ts');
    const { writeGraphml } = await import('../../src/export/graphmlExporter.ts');
    const { LineWriter } = await import('../../src/export/lineWriter.ts');
    const net = {
      from: '2017',
      to: null,
      statuses: ['occurred' as const],
      nodes: [
        { id: 'A&B', name: 'Tom & "Jerry" <co>\u0007', type: 'group', cooperation: 1, conflict: 0, degree: 1 },
        { id: 'C', name: 'Çavuşoğlu 🤝', type: 'person', cooperation: 1, conflict: 0, degree: 1 },
      ],
      edges: [{ source: 'A&B', target: 'C', cooperation: 1, conflict: 0, weight: 1, sign: 1, goldsteinSum: 1, uncounted: 0, stories: [], against: [] }],
      triads: [],
      sharedEnemies: [],
      balance: { triads: 0, balanced: 0, unbalanced: 0, ratio: null },
    };
    for (const write of [writeGexf, writeGraphml]) {
      const sink = new Sink();
      const w = new LineWriter(sink);
      await write(net, w);
      await w.end();
      assert.equal(XMLValidator.validate(sink.text), true);
      const g = write === writeGexf ? gexf.parse(Graph, sink.text) : graphml.parse(Graph, sink.text);
      assert.equal(g.getNodeAttribute('A&B', 'label'), 'Tom & "Jerry" <co>');
      assert.equal(g.getNodeAttribute('C', 'label'), 'Çavuşoğlu 🤝');
    }
  });

  test('exports from SQLite and PostgreSQL are the same', async (t) => {
    const pgStore = stores.get('postgres');
    if (!pgStore) return t.skip('PostgreSQL not reachable');
    for (const opts of [{ format: 'jsonl' }, { format: 'csv' }, { format: 'gdelt', level: 'stories' }, { format: 'plover' }] as EventExportOptions[]) {
      assert.equal((await run(pgStore, opts)).text, (await run(store, opts)).text, JSON.stringify(opts));
    }
    for (const f of ['gexf', 'graphml'] as const) assert.equal(await network(pgStore, f, '2015', '2017'), await network(store, f, '2015', '2017'));
  });

  test('exports read the store a page at a time and filter like the events command', async () => {
    const pages: Array<number | undefined> = [];
    const spy = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'streamEvents') {
          return (q: unknown, opts: { pageSize?: number }) => {
            pages.push(opts?.pageSize);
            return target.streamEvents(q as never, opts);
          };
        }
        const v = Reflect.get(target, prop, receiver);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const small = await run(spy, { format: 'jsonl', batchSize: 2 });
    assert.deepEqual(pages, [2]);
    assert.equal(small.text, (await run(store, { format: 'jsonl' })).text);
    const turkey = await run(store, { format: 'jsonl', query: { actor: 'TUR', since: '2016' }, statuses: ['occurred', 'future'] });
    const got = turkey.text.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.ok(got.length > 0);
    for (const e of got) {
      assert.ok(e.sourceId === 'TUR' || e.targetId === 'TUR');
      assert.ok(e.date >= '2016' && ['occurred', 'future'].includes(e.status));
    }
    assert.equal((await run(store, { format: 'jsonl', query: { limit: 3 } })).written, 3);
  });
});
