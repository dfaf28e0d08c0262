// The analyses as plain functions over the store, on SQLite and PostgreSQL alike.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { alignmentNetworkFromStore } from '../../src/analysis/alignmentNetwork.ts';
import { dyadTimelineFromStore } from '../../src/analysis/dyadTimeline.ts';
import { shiftsFromStore } from '../../src/analysis/shiftRanker.ts';
import type { Story } from '../../src/analysis/story.ts';
import { selectStories } from '../../src/analysis/storySelection.ts';
import { streamStories } from '../../src/analysis/storySource.ts';
import type { Store } from '../../src/store/store.ts';
import { analysisCorpus } from './storeCorpus.ts';
import { storeKinds } from './stores.ts';

async function collect(stories: AsyncIterable<Story>): Promise<Story[]> {
  const out: Story[] = [];
  for await (const s of stories) out.push(s);
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

for (const kind of await storeKinds()) {
  describe(`analyses over the store: ${kind.name}`, () => {
    let store: Store;
    before(async () => {
      store = await kind.open();
      await store.putArticles(await store.startRun({ codeVersion: 't', dataVersion: 't', startedAt: '2017-09-01T00:00:00Z' }), analysisCorpus());
    });
    after(async () => {
      await store.close();
      await kind.cleanup();
    });

    test('stories: the bombing reported by two outlets is one story with two sources; the denial is kept beside it', async () => {
      const corroborated = await collect(selectStories(store, { minSources: 2 }));
      assert.deepEqual(
        corroborated.map((s) => [s.id, s.source.id, s.target?.id, s.cameo, s.date, s.articles, s.sources]),
        [['story:s1#1', 'ISIS', 'TUR', '1831', '2015-07-20', 2, 2]],
      );
      const [bombing] = corroborated;
      assert.deepEqual(bombing.publishers, ['daily b', 'wire c']);
      assert.deepEqual(bombing.conflicts, ['story:s3#1']);
      // The same outlet twice is two articles, one source.
      const shelling = (await collect(selectStories(store, { source: 'TUR', root: '19' }))).find((s) => s.target?.id === 'PKK')!;
      assert.deepEqual([shelling.articles, shelling.sources], [2, 1]);
      // Every event is in exactly one story.
      const all = await collect(streamStories(store, {}, { pageSize: 2 }));
      assert.equal(all.flatMap((s) => s.reports).length, await store.countEvents());
    });

    test('stories by actor, dyad and period are whole and only theirs', async () => {
      const turkey = await collect(selectStories(store, { actor: 'TUR' }));
      for (const s of turkey) assert.ok(s.source.id === 'TUR' || s.target?.id === 'TUR', s.id);
      assert.ok(turkey.some((s) => s.id === 'story:s1#1' && s.reports.length === 2), 'the targetless report is in the story');
      const dyad = await collect(selectStories(store, { dyad: ['TUR', 'USA'] }));
      assert.deepEqual(
        dyad.map((s) => s.id),
        ['story:k4#1', 'story:k5#1', 'story:s4#1'],
      );
      const period = await collect(selectStories(store, { since: '2017-08', until: '2017-08', statuses: ['occurred'] }));
      assert.deepEqual(
        period.map((s) => s.id),
        ['story:k1#1', 'story:k1#2', 'story:k2#1', 'story:k2#2'],
      );
    });

    test('dyad timeline: cooperation in 2016-10, a threat in 2016-11', async () => {
      const t = await dyadTimelineFromStore(store, 'TUR', 'USA');
      assert.deepEqual(
        t.points.map((p) => [p.period, p.cooperation, p.conflict, p.index, p.stories.map((s) => s.id)]),
        [
          ['2016-10', 2, 0, 1, ['story:k4#1', 'story:s4#1']],
          ['2016-11', 0, 1, -1, ['story:k5#1']],
        ],
      );
      assert.equal(t.points[0].stories[0].place?.featureCode, 'PPLC');
      assert.deepEqual(t, await dyadTimelineFromStore(store, 'USA', 'TUR').then((u) => ({ ...u, dyad: t.dyad })));
    });

    test('network of 2017: Turkey and Iran cooperate against the PKK and PJAK', async () => {
      const net = await alignmentNetworkFromStore(store, { from: '2017-01', to: '2017-12' });
      const edge = net.edges.find((e) => e.source === 'IRN' && e.target === 'TUR')!;
      assert.deepEqual([edge.cooperation, edge.conflict, edge.weight], [1, 0, 1]);
      assert.deepEqual(
        edge.against.map((a) => [a.id, a.basis, a.occurred]),
        [
          ['PJAK', ['evidence', 'shared-target'], true],
          ['PKK', ['evidence', 'shared-target'], true],
        ],
      );
      assert.deepEqual(net.sharedEnemies, [{ allies: ['IRN', 'TUR'], enemy: 'PKK' }]);
      assert.deepEqual(net.balance, { triads: 1, balanced: 1, unbalanced: 0, ratio: 1 });
      assert.equal(net.edges.some((e) => e.source === 'TUR' && e.target === 'USA'), false, '2016 is outside the period');
      // Counts only, for exports: the same network without story lists.
      const lean = await alignmentNetworkFromStore(store, { from: '2017', to: '2017', keepStories: false });
      assert.deepEqual(
        lean.edges.map((e) => [e.source, e.target, e.weight, e.against.map((a) => a.id)]),
        net.edges.map((e) => [e.source, e.target, e.weight, e.against.map((a) => a.id)]),
      );
    });

    test('shifts: US–Turkey falls from +1 to −1, explained by the threat', async () => {
      const shifts = await shiftsFromStore(store);
      assert.deepEqual(
        shifts.map((s) => [s.dyad.join('–'), s.before.period, s.after.period, s.change, s.explain.after.map((b) => b.id)]),
        [['TUR–USA', '2016-10', '2016-11', -2, ['story:k5#1']]],
      );
      assert.deepEqual(await shiftsFromStore(store, { actor: 'ISIS' }), []);
      assert.equal((await shiftsFromStore(store, { actor: 'USA' })).length, 1);
    });
  });
}
