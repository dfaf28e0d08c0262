#!/usr/bin/env node
// Checks the alignment claims the seed corpus must support (issue 6), on a fresh store:
//   1. the Suruç bombing (July 2015, reported by two seed articles) is one story with two sources;
//   2. `entente dyad TUR USA` has cooperative points in 2015-08 and 2016-10;
//   3. the 2017 network has a cooperative TUR–IRN edge whose common adversaries include PKK and PJAK.
// It prints what holds and what does not, with the events behind each, and exits 1 if any fails.
// The seeds stay in ../shared (they are not ours to copy): this is a development check, not a test.
//
//   node scripts/check-alignments.mjs [seeds.jsonl]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = fileURLToPath(new URL('..', import.meta.url));
const seeds = process.argv[2] ?? join(root, '..', 'shared', 'corpus', 'seeds.jsonl');
if (!existsSync(seeds)) {
  console.error(`check-alignments: no seed corpus at ${seeds}`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'entente-alignments-'));
const db = join(dir, 'seeds.db');
const ingest = spawnSync(process.execPath, [join(root, 'bin/entente.mjs'), 'ingest', seeds, '--db', db], { encoding: 'utf8' });
if (ingest.status !== 0) {
  console.error(ingest.stderr);
  process.exit(1);
}

const { openStore } = await import(join(root, 'src/store/openStore.ts'));
const { selectStories } = await import(join(root, 'src/analysis/storySelection.ts'));
const { dyadTimelineFromStore } = await import(join(root, 'src/analysis/dyadTimeline.ts'));
const { alignmentNetworkFromStore } = await import(join(root, 'src/analysis/alignmentNetwork.ts'));
const store = await openStore(db);
const results = [];
const report = (ok, claim, lines) => {
  results.push(ok);
  console.log(`${ok ? 'HOLDS' : 'FAILS'}  ${claim}`);
  for (const l of lines) console.log(`       ${l}`);
};
const describe = (s) =>
  `${s.id}: ${s.source.id} → ${s.target?.id ?? '—'} ${s.cameo} ${s.status} ${s.date ?? 'undated'}, ${s.sources} source(s): ${s.reports.map((r) => `${r.id} «${r.evidence.text}»`).join('; ')}`;

try {
  // 1. Suruç: ISIS's assaults (CAMEO 18) of July 2015.
  const bombings = [];
  for await (const s of selectStories(store, { source: 'ISIS', root: '18', since: '2015-07', until: '2015-07' })) bombings.push(s);
  const perArticle = bombings.flatMap((s) => s.reports.map((r) => `${r.articleId}: ${r.id} ${r.source.id} → ${r.target?.id ?? '—'} ${r.cameo} ${r.status} ${r.date} «${r.evidence.text}»`));
  const corroborated = bombings.filter((s) => s.sources >= 2);
  report(corroborated.length === 1 && bombings.length === 1, 'one Suruç bombing story with two sources', [
    ...bombings.map(describe),
    'per-article events:',
    ...perArticle.map((l) => `  ${l}`),
  ]);

  // 2. US–Turkey timeline.
  const t = await dyadTimelineFromStore(store, 'TUR', 'USA');
  const point = (period) => t.points.find((p) => p.period === period);
  const lines = t.points.map((p) => `${p.period}: cooperation ${p.cooperation}, conflict ${p.conflict}, index ${p.index} (${p.stories.map((s) => `${s.cameo}«${s.reports[0].evidence.text}»`).join(', ')})`);
  report(point('2015-08')?.cooperation > 0 && point('2016-10')?.cooperation > 0, 'entente dyad TUR USA: cooperative points in 2015-08 and 2016-10', lines);

  // 3. The 2017 network.
  const net = await alignmentNetworkFromStore(store, { from: '2017-01', to: '2017-12' });
  const edge = net.edges.find((e) => e.source === 'IRN' && e.target === 'TUR');
  const against = edge?.against.map((a) => a.id) ?? [];
  report(edge !== undefined && edge.weight > 0 && against.includes('PKK') && against.includes('PJAK'), '2017 network: cooperative TUR–IRN edge against PKK and PJAK', [
    edge ? `IRN — TUR weight ${edge.weight} (coop ${edge.cooperation}, conflict ${edge.conflict}; stories ${edge.stories.join(', ')})` : 'no IRN — TUR edge',
    ...(edge?.against ?? []).map((a) => `against ${a.id}: ${a.basis.join('+')}${a.occurred ? '' : ' (planned only)'}; ${a.stories.join(', ')}`),
  ]);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(results.every(Boolean) ? 0 : 1);
