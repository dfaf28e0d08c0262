// The read queries the HTTP API uses (src/store/readQueries.ts), part of the store conformance suite:
// the same answers from SQLite and PostgreSQL.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention } from '../../src/core/types.ts';
import type { EventQuery, Store } from '../../src/store/store.ts';
import { corpus } from './fixtures.ts';

const RUN = { codeVersion: 'test-code', dataVersion: 'test-data', startedAt: '2015-07-20T09:00:00Z' };

const MONDAY: DateMention = {
  start: 0,
  end: 0,
  sentence: 0,
  text: 'on Monday',
  time: { value: '2015-07-20', precision: 'day', source: 'text' },
  rule: 'chrono:weekday',
  anchor: 'published',
};

/** The query corpus with one time expression in a1 (see fixtures.ts for the events). */
function corpusWithDates() {
  const batch = corpus();
  const a1 = batch[0];
  const at = a1.result.text.indexOf('on Monday');
  a1.result.dates = [{ ...MONDAY, start: at, end: at + MONDAY.text.length }];
  return batch;
}

export function readConformance(open: () => Promise<Store>): void {
  describe('read queries', () => {
    let store: Store;
    before(async () => {
      store = await open();
      await store.migrate();
      await store.putArticles(await store.startRun(RUN), corpusWithDates());
    });
    after(() => store.close());

    test('listArticles: newest first, then by id, with event counts and no text', async () => {
      const list = await store.listArticles();
      assert.deepEqual(
        list.map((a) => [a.id, a.events]),
        [
          ['a1', 2],
          ['a2', 2],
          ['a3', 3],
        ],
      );
      assert.deepEqual(list[0], { id: 'a1', title: 'Çavuşoğlu meets Lavrov 🤝', published: '2015-07-20', outlet: 'Hürriyet', url: 'https://example.org/news/a1', events: 2 });
      assert.deepEqual((await store.listArticles({ limit: 1, offset: 1 })).map((a) => a.id), ['a2']);
    });

    test('listArticles and countArticles search title, id and outlet without case', async () => {
      assert.deepEqual((await store.listArticles({ search: 'hÜrriyet'.toLowerCase() })).map((a) => a.id), ['a1']);
      assert.deepEqual((await store.listArticles({ search: 'LAVROV' })).map((a) => a.id), ['a1']);
      assert.deepEqual((await store.listArticles({ search: 'a3' })).map((a) => a.id), ['a3']);
      assert.deepEqual(await store.listArticles({ search: '%' }), []);
      assert.equal(await store.countArticles({ search: 'a' }), 3);
      assert.equal(await store.countArticles({ search: 'lavrov' }), 1);
      assert.equal(await store.countArticles(), 3);
    });

    test('queryPlaces returns every span of a place', async () => {
      const places = await store.queryPlaces({ articleIds: ['a1', 'a2'] });
      assert.equal(places.length, 1);
      const [p] = places;
      assert.equal(p.articleId, 'a1');
      assert.deepEqual([p.name, p.country, p.geonameid, p.featureCode, p.rule], ['Ankara', 'TUR', 323786, 'PPLC', 'gazetteer:capital']);
      assert.equal(p.spans.length, 2);
      const text = (await store.getArticle('a1'))!.text;
      for (const s of p.spans) assert.equal(text.slice(s.start, s.end), 'Ankara');
      assert.deepEqual(await store.queryPlaces({ articleIds: [] }), []);
    });

    test('queryDates round-trips a time expression with its detail', async () => {
      const dates = await store.queryDates({ articleIds: ['a1', 'a3'] });
      assert.equal(dates.length, 1);
      const text = (await store.getArticle('a1'))!.text;
      const [d] = dates;
      assert.equal(text.slice(d.start, d.end), 'on Monday');
      assert.deepEqual({ ...d, start: 0, end: 0 }, {
        articleId: 'a1',
        sentence: 0,
        start: 0,
        end: 0,
        text: 'on Monday',
        value: '2015-07-20',
        precision: 'day',
        rule: 'chrono:weekday',
        detail: { source: 'text', anchor: 'published' },
      });
    });

    test('getEvents has every evidence span, in the order asked', async () => {
      const events = await store.getEvents(['a3#1', 'nope#1', 'a1#1', 'a3#1']);
      assert.deepEqual(events.map((e) => e.id), ['a3#1', 'a1#1']);
      const [a3, a1] = events;
      assert.equal(a1.moreEvidence.length, 1);
      const text = (await store.getArticle('a1'))!.text;
      const more = a1.moreEvidence[0];
      assert.equal(text.slice(more.trigger.start, more.trigger.end), 'welcomed');
      assert.deepEqual(a3.moreEvidence, []);
      assert.deepEqual(await store.getEvents([]), []);
    });

    const cases: Array<[string, EventQuery, string[]]> = [
      ['ploverType', { ploverType: 'CONSULT' }, ['a1#1']],
      ['country', { country: 'TUR' }, ['a1#1']],
      ['place', { place: 'Ankara' }, ['a1#1']],
      ['place unknown', { place: 'Ank' }, []],
      ['ids', { ids: ['a3#1', 'a1#2', 'zz'] }, ['a1#2', 'a3#1']],
      ['no ids', { ids: [] }, []],
      ['sort by date descending, undated last', { sort: '-date' }, ['a3#1', 'a3#3', 'a1#1', 'a1#2', 'a3#2', 'a2#1', 'a2#2']],
      ['sort by goldstein', { sort: 'goldstein', actor: 'TUR' }, ['a3#2', 'a3#3', 'a1#1', 'a1#2']],
      ['sort by goldstein descending, unscored last', { sort: '-goldstein', actor: 'USA' }, ['a2#1', 'a3#1', 'a2#2']],
      ['sort with limit and offset', { sort: '-date', limit: 2, offset: 1 }, ['a3#3', 'a1#1']],
    ];
    for (const [title, q, ids] of cases) {
      test(`queryEvents: ${title}`, async () => {
        assert.deepEqual((await store.queryEvents(q)).map((e) => e.id), ids);
        const { limit, offset, ...filters } = q;
        assert.equal(await store.countEvents(q), (await store.queryEvents(filters)).length);
      });
    }

    test('listActors counts source and target roles, most events first', async () => {
      const actors = await store.listActors();
      assert.deepEqual(
        actors.map((a) => [a.id, a.events, a.asSource, a.asTarget]),
        [
          ['RUS', 4, 2, 2],
          ['TUR', 4, 2, 2],
          ['USA', 3, 2, 1],
          ['SYR', 2, 1, 1],
        ],
      );
      assert.deepEqual(actors[3], { id: 'SYR', name: 'Syria', type: 'state', events: 2, asSource: 1, asTarget: 1 });
      assert.deepEqual((await store.listActors({ search: 'united' })).map((a) => a.id), ['USA']);
      assert.deepEqual((await store.listActors({ limit: 1 })).map((a) => a.id), ['RUS']);
    });

    test('eventPlaces groups the events of each place, with filters', async () => {
      assert.deepEqual(await store.eventPlaces(), [{ name: 'Ankara', lat: 39.91987, lon: 32.85427, country: 'TUR', events: 1, conflict: 0, articles: 1 }]);
      assert.deepEqual(await store.eventPlaces({ root: '19' }), []);
    });

    test('eventCounts per dyad, month and quad, with Goldstein sums', async () => {
      const counts = await store.eventCounts();
      assert.deepEqual(
        counts.map((c) => [c.sourceId, c.targetId, c.period, c.quad, c.events, c.goldsteinSum, c.goldsteinEvents]),
        [
          ['RUS', 'TUR', '2015-07', null, 1, 4.5, 1],
          ['RUS', 'USA', '2016-01', 4, 1, -10, 1],
          ['SYR', 'TUR', '2015-07', 3, 1, -4, 1],
          ['TUR', 'RUS', '2015-07', 1, 1, 1, 1],
          ['TUR', 'SYR', '2015-03', 4, 1, -10, 1],
          ['USA', null, null, null, 1, 0, 0],
          ['USA', 'RUS', '2015', 3, 1, -2, 1],
        ],
      );
      assert.deepEqual(
        (await store.eventCounts({ dyad: ['TUR', 'RUS'] })).map((c) => [c.sourceId, c.period]),
        [
          ['RUS', '2015-07'],
          ['TUR', '2015-07'],
        ],
      );
    });
  });
}
