// The read endpoints over a small known corpus: what each answers, filters, paging and sorting.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { testApi, type TestApi } from './helpers.ts';

describe('API reads', () => {
  let api: TestApi;
  before(async () => (api = await testApi()));
  after(() => api.close());

  test('health and meta', async () => {
    assert.deepEqual((await api.get('/api/health')).body, { ok: true, articles: 3, events: 7 });
    const meta = (await api.get('/api/meta')).body;
    assert.equal(meta.articles, 3);
    assert.equal(meta.writeProtected, false);
    assert.equal(meta.cameo.roots.length, 20);
    assert.equal(meta.cameo.names['190'], 'Use conventional military force, not specified below');
    assert.ok(meta.ploverTypes.includes('ASSAULT'));
    assert.deepEqual(meta.dateRange, { first: '2015', last: '2016-01-05' });
  });

  test('articles: list with counts, search, one article with its spans', async () => {
    const list = (await api.get('/api/articles')).body;
    assert.equal(list.total, 3);
    assert.deepEqual(list.items.map((a: any) => [a.id, a.events]), [['a1', 2], ['a2', 2], ['a3', 3]]);
    assert.equal(list.items[0].text, undefined);
    assert.deepEqual((await api.get('/api/articles?search=lavrov')).body.items.map((a: any) => a.id), ['a1']);
    const d = (await api.get('/api/articles/a1')).body;
    assert.equal(d.article.id, 'a1');
    assert.equal(d.article.contentHash, undefined);
    assert.ok(d.mentions.length > 0);
    for (const m of d.mentions) assert.equal(d.article.text.slice(m.start, m.end), m.text);
    assert.equal(d.places[0].name, 'Ankara');
    assert.deepEqual(d.events.map((e: any) => e.id).sort(), ['a1#1', 'a1#2']);
    assert.equal(d.events.find((e: any) => e.id === 'a1#1').moreEvidence.length, 1);
  });

  test('events: filters, paging and sorting', async () => {
    const all = (await api.get('/api/events')).body;
    assert.equal(all.total, 7);
    assert.equal(all.limit, 50);
    assert.deepEqual((await api.get('/api/events?actor=rus')).body.items.map((e: any) => e.id), ['a2#1', 'a1#2', 'a1#1', 'a3#1']);
    assert.deepEqual((await api.get('/api/events?dyad=tur:rus')).body.items.map((e: any) => e.id), ['a1#2', 'a1#1']);
    assert.deepEqual((await api.get('/api/events?root=19&status=occurred')).body.items.map((e: any) => e.id), ['a3#2', 'a3#1']);
    assert.deepEqual((await api.get('/api/events?plover=consult')).body.items.map((e: any) => e.id), ['a1#1']);
    assert.deepEqual((await api.get('/api/events?country=tur')).body.items.map((e: any) => e.id), ['a1#1']);
    assert.deepEqual((await api.get('/api/events?place=Ankara')).body.items.map((e: any) => e.id), ['a1#1']);
    assert.deepEqual((await api.get('/api/events?since=2015-07&until=2015-07')).body.items.map((e: any) => e.id), ['a1#2', 'a1#1', 'a3#3']);
    assert.deepEqual((await api.get('/api/events?article=a3')).body.items.map((e: any) => e.id), ['a3#2', 'a3#3', 'a3#1']);
    const page = (await api.get('/api/events?sort=-date&limit=2&offset=1')).body;
    assert.deepEqual([page.total, page.limit, page.offset, page.items.map((e: any) => e.id)], [7, 2, 1, ['a3#3', 'a1#1']]);
    // An empty value is an unset filter, as HTML forms send it.
    assert.equal((await api.get('/api/events?actor=&status=')).body.total, 7);
  });

  test('events: story-level view merges reports', async () => {
    const r = await api.get('/api/events?view=stories');
    assert.equal(r.status, 200);
    assert.ok(r.body.total > 0 && r.body.total <= 7);
    for (const s of r.body.items) {
      assert.ok(s.eventIds.length >= 1);
      assert.ok(s.sources >= 1);
      assert.equal(typeof s.event.cameo, 'string');
    }
  });

  test('one event and evidence: sentences with their triggers', async () => {
    const one = (await api.get('/api/events/a1%231')).body;
    assert.equal(one.event.id, 'a1#1');
    assert.equal(one.article.title, 'Çavuşoğlu meets Lavrov 🤝');
    assert.equal(one.evidence.length, 2);
    const [main, more] = one.evidence;
    assert.equal(main.main, true);
    assert.equal(main.text, 'Turkey and Russia met in Ankara 🤝 on Monday.');
    assert.equal(main.text.slice(main.trigger.start - main.start, main.trigger.end - main.start), 'met');
    assert.equal(more.text.slice(more.trigger.start - more.start, more.trigger.end - more.start), 'welcomed');
    const many = (await api.get('/api/evidence?ids=a3%231,nope,a1%232')).body;
    assert.deepEqual(many.items.map((i: any) => i.event.id), ['a3#1', 'a1#2']);
  });

  test('actors, places, periods', async () => {
    assert.deepEqual((await api.get('/api/actors?limit=2')).body.items.map((a: any) => a.id), ['RUS', 'TUR']);
    assert.deepEqual((await api.get('/api/places')).body.items.map((p: any) => [p.name, p.events]), [['Ankara', 1]]);
    assert.deepEqual((await api.get('/api/periods')).body.items, [
      { period: '2015-03', events: 1 },
      { period: '2015-07', events: 3 },
      { period: '2016-01', events: 1 },
    ]);
  });

  test('timeline, network and shifts answer in their shapes', async () => {
    const t = (await api.get('/api/timeline?dyad=TUR:SYR&interval=month')).body;
    assert.deepEqual(t.dyad, ['TUR', 'SYR']);
    assert.deepEqual(t.names, ['Turkey', 'Syria']);
    assert.deepEqual(t.points.map((p: any) => [p.period, p.cooperation, p.conflict]), [['2015-03', 0, 1], ['2015-07', 0, 1]]);
    const n = (await api.get('/api/network?since=2015&until=2016')).body;
    assert.ok(n.nodes.length >= 2);
    for (const e of n.edges) {
      assert.ok([1, -1, 0].includes(e.sign));
      assert.equal(typeof e.label, 'string');
      assert.ok(n.nodes.some((x: any) => x.id === e.source) && n.nodes.some((x: any) => x.id === e.target));
    }
    assert.ok(n.edges.some((e: any) => e.source === 'SYR' && e.target === 'TUR' && e.sign === -1));
    assert.ok(Array.isArray((await api.get('/api/shifts?interval=year')).body.items));
  });

  test('export streams CSV and JSONL of the filtered events', async () => {
    const csv = await api.get('/api/export?format=csv&actor=RUS');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment/);
    const lines = csv.text.trim().split('\n');
    assert.equal(lines.length, 5);
    const jsonl = await api.get('/api/export?dyad=TUR:RUS');
    const rows = jsonl.text.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows.map((r) => r.id).sort(), ['a1#1', 'a1#2']);
    const gexf = await api.get('/api/export?format=gexf');
    assert.match(gexf.text, /<gexf/);
  });

  test('the OpenAPI document lists every endpoint with its parameters', async () => {
    const doc = (await api.get('/api/openapi.json')).body;
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/articles', '/api/articles/{id}', '/api/events', '/api/events/{id}', '/api/evidence', '/api/actors', '/api/places', '/api/timeline', '/api/network', '/api/periods', '/api/shifts', '/api/export', '/api/ingest', '/api/ingest/{id}', '/api/meta', '/api/health']) {
      assert.ok(doc.paths[p], `missing ${p}`);
    }
    const params = doc.paths['/api/events'].get.parameters.map((p: any) => p.name);
    for (const name of ['actor', 'dyad', 'root', 'plover', 'status', 'since', 'until', 'country', 'place', 'limit', 'offset', 'sort', 'view']) assert.ok(params.includes(name), name);
    const dyad = doc.paths['/api/timeline'].get.parameters.find((p: any) => p.name === 'dyad');
    assert.equal(dyad.required, true);
    assert.deepEqual(doc.paths['/api/ingest'].post.security, [{ bearer: [] }]);
    assert.ok(doc.paths['/api/ingest'].post.responses['401']);
    assert.equal(doc.components.schemas.Error.required.join(), 'code,message,field');
  });
});

test('an empty store answers empty, not with errors', async () => {
  const api = await testApi({ empty: true });
  try {
    assert.deepEqual((await api.get('/api/events')).body, { items: [], total: 0, limit: 50, offset: 0 });
    assert.deepEqual((await api.get('/api/articles')).body.items, []);
    assert.deepEqual((await api.get('/api/network')).body.edges, []);
    assert.deepEqual((await api.get('/api/timeline?dyad=TUR:USA')).body.points, []);
    assert.deepEqual((await api.get('/api/meta')).body.dateRange, { first: null, last: null });
  } finally {
    await api.close();
  }
});
