// The conformance suite every Store implementation must pass. It runs the same tests against
// SQLite and PostgreSQL so the two cannot drift apart.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event, Mention } from '../../src/core/types.ts';
import type { EventInContext, EventQuery, Store, StoredEvent, StoredMention } from '../../src/store/store.ts';
import { buildArticle, corpus, RUS, TUR } from './fixtures.ts';
import { readConformance } from './readConformance.ts';

const RUN = { codeVersion: 'test-code', dataVersion: 'test-data', startedAt: '2015-07-20T09:00:00Z' };

/**
 * `open` must return a new, empty, unmigrated store on every call (each test gets its own);
 * `cleanup` runs once after all tests, to remove whatever the opens created.
 */
export function storeConformance(name: string, open: () => Promise<Store>, cleanup: () => Promise<void>): void {
  /** Run `fn` against a fresh migrated store with one run started, closing it afterwards. */
  async function withStore(fn: (store: Store, runId: number) => Promise<void>): Promise<void> {
    const store = await open();
    try {
      await store.migrate();
      await fn(store, await store.startRun(RUN));
    } finally {
      await store.close();
    }
  }

  describe(`store conformance: ${name}`, () => {
    after(cleanup);

    test('migrate twice is fine and keeps the data', () =>
      withStore(async (store, runId) => {
        await store.putArticles(runId, corpus());
        await store.migrate();
        assert.equal(await store.countArticles(), 3);
        assert.equal(await store.countEvents(), 7);
      }));

    test('startRun returns a new id each time', () =>
      withStore(async (store, first) => {
        const second = await store.startRun({ ...RUN, codeVersion: 'next' });
        assert.equal(typeof first, 'number');
        assert.ok(second > first);
      }));

    test('listRuns lists every run, oldest first', () =>
      withStore(async (store, first) => {
        const second = await store.startRun({ ...RUN, codeVersion: 'next', startedAt: '2016-01-01T00:00:00Z' });
        assert.deepEqual(await store.listRuns(), [
          { id: first, ...RUN },
          { id: second, ...RUN, codeVersion: 'next', startedAt: '2016-01-01T00:00:00Z' },
        ]);
      }));

    test('an empty store answers empty', () =>
      withStore(async (store, runId) => {
        assert.deepEqual(await store.putArticles(runId, []), { inserted: 0, skipped: 0 });
        assert.equal(await store.countArticles(), 0);
        assert.equal(await store.countEvents(), 0);
        assert.deepEqual(await store.queryEvents({}), []);
        assert.equal(await store.getArticle('a1'), undefined);
        assert.deepEqual(await store.knownHashes([]), new Set());
        assert.deepEqual(await streamedIds(store.streamEvents({})), []);
        assert.deepEqual(await store.getArticles(['a1']), []);
        assert.deepEqual(await store.queryMentions({ articleIds: ['a1'] }), []);
      }));

    test('an article round-trips exactly, non-ASCII and emoji included', () =>
      withStore(async (store, runId) => {
        const [a1, a2] = corpus();
        assert.deepEqual(await store.putArticles(runId, [a1, a2]), { inserted: 2, skipped: 0 });
        assert.deepEqual(await store.getArticle('a1'), {
          id: 'a1',
          contentHash: a1.article.contentHash,
          title: 'Çavuşoğlu meets Lavrov 🤝',
          published: '2015-07-20',
          outlet: 'Hürriyet',
          url: 'https://example.org/news/a1',
          text: a1.article.text,
          runId,
        });
        const stored = await store.getArticle('a1');
        assert.ok(stored?.text.includes('Çavuşoğlu') && stored.text.includes('🇹🇷'));
        // Absent optional fields come back as null.
        assert.equal((await store.getArticle('a2'))?.title, null);
        assert.equal((await store.getArticle('a2'))?.outlet, null);
      }));

    test('events round-trip every field', () =>
      withStore(async (store, runId) => {
        const batch = corpus();
        await store.putArticles(runId, batch);
        for (const { article, result } of batch) {
          const stored = await store.queryEvents({ articleId: article.id });
          const expected = result.events.map((e) => expectedEvent(article.id, runId, e));
          assert.deepEqual(sortById(stored), sortById(expected));
        }
      }));

    test('knownHashes returns the stored ones among those given', () =>
      withStore(async (store, runId) => {
        const [a1, a2, a3] = corpus();
        await store.putArticles(runId, [a1, a2]);
        const known = await store.knownHashes([a1.article.contentHash, a3.article.contentHash, a2.article.contentHash, a1.article.contentHash]);
        assert.deepEqual(known, new Set([a1.article.contentHash, a2.article.contentHash]));
      }));

    test('re-putting the same articles skips them and changes nothing', () =>
      withStore(async (store, runId) => {
        assert.deepEqual(await store.putArticles(runId, corpus()), { inserted: 3, skipped: 0 });
        const before = await store.queryEvents({});
        const laterRun = await store.startRun(RUN);
        assert.deepEqual(await store.putArticles(laterRun, corpus()), { inserted: 0, skipped: 3 });
        assert.equal(await store.countArticles(), 3);
        assert.deepEqual(await store.queryEvents({}), before);
        assert.equal((await store.getArticle('a1'))?.runId, runId);
      }));

    test('a duplicate within one batch is skipped', () =>
      withStore(async (store, runId) => {
        const [a1] = corpus();
        assert.deepEqual(await store.putArticles(runId, [a1, structuredClone(a1)]), { inserted: 1, skipped: 1 });
        assert.equal(await store.countEvents(), 2);
      }));

    test('a failing batch writes nothing and leaves stored articles as they were', () =>
      withStore(async (store, runId) => {
        const [a1, a2, a3] = corpus();
        await store.putArticles(runId, [a1]);
        const before = await store.queryEvents({});

        // Second article of the batch repeats an event id: a primary key violation mid-batch.
        const broken = structuredClone(a3);
        broken.result.events.push({ ...broken.result.events[0] });
        await assert.rejects(store.putArticles(runId, [a2, broken]), /unique|duplicate/i);
        // An event id clashing with one already stored fails the same way.
        const clashing = structuredClone(a3);
        clashing.result.events[0] = { ...clashing.result.events[0], id: 'a1#1' };
        await assert.rejects(store.putArticles(runId, [a2, clashing]), /unique|duplicate/i);

        assert.equal(await store.countArticles(), 1);
        assert.equal(await store.getArticle('a2'), undefined);
        assert.deepEqual(await store.knownHashes([a2.article.contentHash, a3.article.contentHash]), new Set());
        assert.deepEqual(await store.queryEvents({}), before);
        // The store is still usable after the rollback.
        assert.deepEqual(await store.putArticles(runId, [a2, a3]), { inserted: 2, skipped: 0 });
        assert.equal(await store.countEvents(), 7);
      }));

    test('an article re-coded with new text replaces the old one', () =>
      withStore(async (store, runId) => {
        const [a1, a2] = corpus();
        await store.putArticles(runId, [a1, a2]);
        const recoded = buildArticle('a1', 'Turkey condemned Russia.', [
          { source: TUR, target: RUS, cameo: '111', trigger: 'condemned', status: 'occurred', date: '2015-08', datePrecision: 'month' },
        ]);
        const laterRun = await store.startRun(RUN);
        assert.deepEqual(await store.putArticles(laterRun, [recoded]), { inserted: 1, skipped: 0 });

        assert.equal(await store.countArticles(), 2);
        const stored = await store.getArticle('a1');
        assert.equal(stored?.text, 'Turkey condemned Russia.');
        assert.equal(stored?.contentHash, recoded.article.contentHash);
        assert.equal(stored?.runId, laterRun);
        assert.deepEqual(await store.queryEvents({ articleId: 'a1' }), [expectedEvent('a1', laterRun, recoded.result.events[0])]);
        assert.equal(await store.countEvents(), 3);
        assert.deepEqual(await store.knownHashes([a1.article.contentHash]), new Set());
        // Going back to the first text is a change too.
        assert.deepEqual(await store.putArticles(runId, [a1]), { inserted: 1, skipped: 0 });
        assert.equal(await store.countEvents({ articleId: 'a1' }), 2);
      }));

    readConformance(open);

    describe('queries', () => {
      let store: Store;
      before(async () => {
        store = await open();
        await store.migrate();
        await store.putArticles(await store.startRun(RUN), corpus());
      });
      after(() => store.close());

      // Expected ids in (date, id) order with undated events last; see corpus() in fixtures.ts.
      const cases: Array<[string, EventQuery, string[]]> = [
        ['no filter', {}, ['a2#1', 'a3#2', 'a1#2', 'a1#1', 'a3#3', 'a3#1', 'a2#2']],
        ['actor as source or target', { actor: 'RUS' }, ['a2#1', 'a1#2', 'a1#1', 'a3#1']],
        ['actor with no events', { actor: 'CHN' }, []],
        ['dyad', { dyad: ['TUR', 'RUS'] }, ['a1#2', 'a1#1']],
        ['dyad reversed', { dyad: ['RUS', 'TUR'] }, ['a1#2', 'a1#1']],
        ['dyad one way only in the data', { dyad: ['RUS', 'USA'] }, ['a2#1', 'a3#1']],
        ['since a year includes its days', { since: '2015' }, ['a2#1', 'a3#2', 'a1#2', 'a1#1', 'a3#3', 'a3#1']],
        ['since a month', { since: '2015-07' }, ['a1#2', 'a1#1', 'a3#3', 'a3#1']],
        ['since a day leaves out the month containing it', { since: '2015-07-20' }, ['a1#1', 'a3#3', 'a3#1']],
        ['until a year', { until: '2015' }, ['a2#1', 'a3#2', 'a1#2', 'a1#1', 'a3#3']],
        ['until a month leaves out the year containing it', { until: '2015-07' }, ['a3#2', 'a1#2', 'a1#1', 'a3#3']],
        ['since and until the same month', { since: '2015-07', until: '2015-07' }, ['a1#2', 'a1#1', 'a3#3']],
        ['since and until in days', { since: '2015-07-20', until: '2015-07-31' }, ['a1#1', 'a3#3']],
        ['since a later year', { since: '2016' }, ['a3#1']],
        ['root', { root: '19' }, ['a3#2', 'a3#1']],
        ['status', { status: 'negated' }, ['a2#1']],
        ['status occurred', { status: 'occurred' }, ['a3#2', 'a1#1', 'a3#3', 'a3#1']],
        ['articleId', { articleId: 'a3' }, ['a3#2', 'a3#3', 'a3#1']],
        ['source', { source: 'TUR' }, ['a3#2', 'a1#1']],
        ['source with no events', { source: 'SYRIA' }, []],
        ['source and actor', { source: 'RUS', actor: 'USA' }, ['a3#1']],
        ['actor and root', { actor: 'TUR', root: '19' }, ['a3#2']],
        ['dyad and since', { dyad: ['SYR', 'TUR'], since: '2015-07' }, ['a3#3']],
        ['actor, status and until', { actor: 'RUS', status: 'occurred', until: '2015-12' }, ['a1#1']],
        ['articleId and status', { articleId: 'a1', status: 'future' }, ['a1#2']],
        ['limit', { limit: 2 }, ['a2#1', 'a3#2']],
        ['limit and offset', { limit: 2, offset: 2 }, ['a1#2', 'a1#1']],
        ['offset alone', { offset: 5 }, ['a3#1', 'a2#2']],
        ['limit zero', { limit: 0 }, []],
        ['offset past the end', { offset: 10 }, []],
        ['filter with limit and offset', { actor: 'RUS', limit: 2, offset: 1 }, ['a1#2', 'a1#1']],
      ];
      for (const [title, q, ids] of cases) {
        test(`queryEvents: ${title}`, async () => {
          assert.deepEqual(
            (await store.queryEvents(q)).map((e) => e.id),
            ids,
          );
        });
      }

      test('countEvents agrees with queryEvents and ignores limit/offset', async () => {
        for (const [, q] of cases) {
          const { limit, offset, ...filters } = q;
          const all = await store.queryEvents(filters);
          assert.equal(await store.countEvents(q), all.length, JSON.stringify(q));
          if (limit === undefined && offset === undefined) assert.equal((await store.queryEvents(q)).length, all.length);
        }
        assert.equal(await store.countEvents(), 7);
      });

      test('streamEvents: the events of queryEvents, in id order, whatever the page size', async () => {
        for (const [, q] of cases) {
          const { limit, offset, ...filters } = q;
          const all = sortById(await store.queryEvents(filters)).map((e) => e.id);
          const from = offset ?? 0;
          const expected = all.slice(from, limit === undefined ? undefined : from + limit);
          for (const pageSize of [1, 2, 1000]) {
            assert.deepEqual(await streamedIds(store.streamEvents(q, { pageSize })), expected, `${JSON.stringify(q)} pageSize ${pageSize}`);
          }
        }
        assert.equal((await streamedIds(store.streamEvents())).length, 7);
      });

      test('streamEvents in source order: undated by id, then by source, root, date and id', async () => {
        const all = await store.queryEvents({});
        const key = (e: StoredEvent) => [e.sourceId, e.root, e.date!, e.id];
        const undated = all.filter((e) => e.date === null).map((e) => e.id).sort();
        const dated = all.filter((e) => e.date !== null).sort((a, b) => compareKeys(key(a), key(b))).map((e) => e.id);
        const expected = [...undated, ...dated];
        for (const pageSize of [1, 3, 1000]) {
          assert.deepEqual(await streamedIds(store.streamEvents({}, { order: 'source', pageSize })), expected);
          // limit and offset count across the two passes.
          assert.deepEqual(await streamedIds(store.streamEvents({ limit: 3, offset: 0 }, { order: 'source', pageSize })), expected.slice(0, 3));
          assert.deepEqual(await streamedIds(store.streamEvents({ limit: 2, offset: 1 }, { order: 'source', pageSize })), expected.slice(1, 3));
          assert.deepEqual(await streamedIds(store.streamEvents({ offset: 6 }, { order: 'source', pageSize })), expected.slice(6));
        }
        // Since 2015-07 in source order: a1#2 (RUS 03), a3#1 (RUS 19), a3#3 (SYR 12), a1#1 (TUR 04).
        assert.deepEqual(await streamedIds(store.streamEvents({ since: '2015-07', limit: 2, offset: 1 }, { order: 'source', pageSize: 1 })), ['a3#1', 'a3#3']);
      });

      test('streamEvents: each row is the stored event plus its article and place context', async () => {
        const stored = new Map((await store.queryEvents({})).map((e) => [e.id, e]));
        const rows: EventInContext[] = [];
        for await (const e of store.streamEvents({}, { pageSize: 2 })) rows.push(e);
        for (const e of rows) {
          const { articlePublished, articleOutlet, articleUrl, articleTitle, placeFeatureCode, placeGeonameid, ...event } = e;
          assert.deepEqual(event, stored.get(e.id));
          assert.equal(articlePublished, '2015-07-20');
          assert.equal(articleUrl, `https://example.org/news/${e.articleId}`);
          assert.equal(articleOutlet, e.articleId === 'a1' ? 'Hürriyet' : null);
          assert.equal(articleTitle, e.articleId === 'a1' ? 'Çavuşoğlu meets Lavrov 🤝' : null);
          // Only a1#1 has a place (Ankara, among a1's places); the others have none.
          assert.equal(placeFeatureCode, e.id === 'a1#1' ? 'PPLC' : null, e.id);
          assert.equal(placeGeonameid, e.id === 'a1#1' ? 323786 : null, e.id);
        }
      });

      test('streamEvents leaves the store free between rows: queries inside the loop work', async () => {
        let n = 0;
        for await (const e of store.streamEvents({}, { pageSize: 2 })) {
          assert.equal((await store.queryEvents({ articleId: e.articleId })).some((x) => x.id === e.id), true);
          n++;
        }
        assert.equal(n, 7);
      });

      test('streamEvents rejects a bad page size, limit or offset', async () => {
        await assert.rejects(streamedIds(store.streamEvents({}, { pageSize: 0 })), RangeError);
        await assert.rejects(streamedIds(store.streamEvents({ limit: -1 })), RangeError);
        await assert.rejects(streamedIds(store.streamEvents({ offset: 0.5 })), RangeError);
        assert.deepEqual(await streamedIds(store.streamEvents({ limit: 0 })), []);
      });

      test('getArticles returns the stored ones among those asked, in the order asked', async () => {
        const [a1, , a3] = corpus();
        const got = await store.getArticles(['a3', 'nope', 'a1', 'a3']);
        assert.deepEqual(
          got.map((a) => a.id),
          ['a3', 'a1'],
        );
        assert.equal(got[0].text, a3.article.text);
        assert.deepEqual(got[1], await store.getArticle('a1'));
        assert.equal(got[1].contentHash, a1.article.contentHash);
        assert.deepEqual(await store.getArticles([]), []);
      });

      test('queryMentions returns the mentions of the articles asked, by article and position', async () => {
        const batch = corpus();
        const expected = batch
          .filter((c) => c.article.id !== 'a2')
          .flatMap((c) => c.result.mentions.map((m) => expectedMention(c.article.id, m)))
          .sort((a, b) => compareKeys([a.articleId], [b.articleId]) || a.start - b.start);
        assert.deepEqual(await store.queryMentions({ articleIds: ['a3', 'a1', 'nope'] }), expected);
        assert.deepEqual(await store.queryMentions({ articleIds: [] }), []);
      });

      test('queryEvents rejects a negative or fractional limit', async () => {
        await assert.rejects(store.queryEvents({ limit: -1 }), RangeError);
        await assert.rejects(store.queryEvents({ offset: 1.5 }), RangeError);
      });
    });
  });
}

async function streamedIds(rows: AsyncIterable<EventInContext>): Promise<string[]> {
  const ids: string[] = [];
  for await (const e of rows) ids.push(e.id);
  return ids;
}

/** Code-unit order of key lists, as the stores order ASCII ids. */
function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

function expectedMention(articleId: string, m: Mention): StoredMention {
  return {
    articleId,
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    actorId: m.actor.id,
    actorType: m.actor.type,
    actorName: m.actor.name,
    role: m.actor.role ?? null,
    affiliationId: m.affiliation?.id ?? null,
    kind: m.kind,
    text: m.text,
    rule: m.rule,
  };
}

function sortById<T extends { id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The stored row an event must come back as: written out field by field, independently of the store. */
function expectedEvent(articleId: string, runId: number, e: Event): StoredEvent {
  return {
    id: e.id,
    articleId,
    sourceId: e.source.id,
    sourceType: e.source.type,
    sourceName: e.source.name,
    sourceRole: e.source.role ?? null,
    targetId: e.target?.id ?? null,
    targetType: e.target?.type ?? null,
    targetName: e.target?.name ?? null,
    targetRole: e.target?.role ?? null,
    cameo: e.cameo,
    root: e.root,
    ploverType: e.plover?.type ?? null,
    ploverMode: e.plover?.mode ?? null,
    ploverContext: e.plover?.context ?? null,
    goldstein: e.goldstein ?? null,
    quad: e.quad ?? null,
    status: e.status,
    statusCue: e.statusCue ?? null,
    attributionId: e.attribution?.id ?? null,
    date: e.date ?? null,
    datePrecision: e.datePrecision ?? null,
    dateSource: e.dateSource ?? null,
    placeName: e.place?.name ?? null,
    placeLat: e.place?.lat ?? null,
    placeLon: e.place?.lon ?? null,
    placeCountry: e.place?.country ?? null,
    sentence: e.evidence.sentence,
    evidenceStart: e.evidence.start,
    evidenceEnd: e.evidence.end,
    triggerStart: e.evidence.trigger.start,
    triggerEnd: e.evidence.trigger.end,
    evidenceText: e.evidence.text,
    rule: e.evidence.rule,
    runId,
  };
}
