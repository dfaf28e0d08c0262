// Golden test: the whole pipeline over the bundled sample corpus, pinned. Any change in what Entente extracts
// from these 20 articles — an actor, a place, an event, its status or date — fails here with the difference.
// When the change is intended, regenerate with `UPDATE_GOLDEN=1 node scripts/test.mjs golden` and say in the
// commit message why the output changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readInputs } from '../../src/ingest/inputReader.ts';
import { loadResources } from '../../src/core/resources.ts';
import { buildArticle, processArticle } from '../../src/core/pipeline.ts';
import type { ArticleResult } from '../../src/core/types.ts';

const corpus = new URL('../../data/samples/corpus.jsonl', import.meta.url).pathname;
const goldenPath = new URL('./samples.golden.json', import.meta.url).pathname;

/** What the golden file pins: readable lines, so a diff says what changed. */
function project(r: ArticleResult) {
  const ref = (a: { id: string; role?: string } | null) => (a ? `${a.id}${a.role ? `/${a.role}` : ''}` : '-');
  return {
    id: r.id,
    sentences: r.sentences.length,
    actors: r.actors.map((a) => (a.type === 'person' ? `${a.name} (${a.affiliation ? ref(a.affiliation) : '?'})` : ref(a))).sort(),
    places: r.places.map((p) => `${p.text} → ${p.name}, ${p.country ?? '?'} (${p.lat.toFixed(2)},${p.lon.toFixed(2)})`).sort(),
    dates: r.dates.map((d) => `${d.text} → ${d.time.value}`),
    events: r.events.map(
      (e) => `${ref(e.source)} → ${ref(e.target)} ${e.cameo} ${e.status}${e.statusCue ? `(${e.statusCue})` : ''} ${e.date ?? '-'}${e.place ? ` @${e.place.name}` : ''} «${e.evidence.text}»`,
    ),
  };
}

test('golden: the sample corpus extracts exactly as pinned', async () => {
  const r = loadResources();
  const got = [];
  for await (const item of readInputs([corpus])) {
    assert.ok(item.article, item.error?.message);
    got.push(project(processArticle(buildArticle(item.article, r), r)));
  }
  if (process.env.UPDATE_GOLDEN || !existsSync(goldenPath)) {
    writeFileSync(goldenPath, `${JSON.stringify(got, null, 2)}\n`);
    if (!process.env.UPDATE_GOLDEN) assert.fail(`golden file was missing and has been written: ${goldenPath}; review and commit it`);
    return;
  }
  const want = JSON.parse(readFileSync(goldenPath, 'utf8'));
  assert.deepEqual(got, want, 'pipeline output changed: if intended, run UPDATE_GOLDEN=1 node scripts/test.mjs golden and explain why in the commit');
});
