// `entente bench [--articles N] [--corpus FILE]`: throughput and peak memory of extract, printed as one JSON line.
// Articles come from ../shared/corpus/seeds.jsonl when it is there (repeated to N), else the bundled sample corpus.
// Start-up (loading every dictionary and the gazetteer, once per thread) is reported apart from the per-article
// rate. Coding runs on one worker thread per core by default (--workers 0 codes in the main thread).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../ingest/inputReader.ts';
import { loadNormaliser } from '../ingest/normaliser.ts';
import { buildArticle } from '../core/pipeline.ts';
import { createArticleCoder, defaultWorkers } from '../core/articleCoder.ts';
import { projectRoot } from '../core/paths.ts';
import type { ArticleInput, ArticleResult } from '../core/types.ts';
import { parse, positiveInt, workerCount } from './args.ts';

export async function benchCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { articles: { type: 'string' }, corpus: { type: 'string' }, workers: { type: 'string' } });
  const n = positiveInt('articles', values.articles, 1000);
  const workers = workerCount(values.workers) ?? defaultWorkers();
  const seeds = join(projectRoot, '..', 'shared', 'corpus', 'seeds.jsonl');
  const corpus = values.corpus ?? (existsSync(seeds) ? seeds : join(projectRoot, 'data', 'samples'));
  const base: ArticleInput[] = [];
  for await (const item of readInputs([corpus])) if (item.article) base.push(item.article);
  if (!base.length) throw new Error(`${corpus}: no articles to benchmark`);

  // Start-up: load the resources once (in this thread, or in every worker), timed apart from coding.
  // With workers, this thread needs only the normaliser to build articles; the workers load the rest.
  const t0 = performance.now();
  const coder = createArticleCoder(workers);
  const normaliser = { normaliser: loadNormaliser() };
  await Promise.all(Array.from({ length: Math.max(1, workers) }, (_, i) => coder.code(buildArticle({ ...base[0], id: `warm-${i}` }, normaliser))));
  const startupMs = Math.round(performance.now() - t0);
  const rssAfterLoad = process.memoryUsage().rss;

  let events = 0;
  let chars = 0;
  const t1 = performance.now();
  const window = Math.max(1, workers * 16);
  const inFlight: Array<Promise<ArticleResult>> = [];
  const take = async () => {
    const result = await inFlight.shift()!;
    events += result.events.length;
    chars += result.text.length;
    JSON.stringify(result); // serialisation is part of extract's cost
  };
  try {
    for (let i = 0; i < n; i++) {
      const input = base[i % base.length];
      // A distinct id per copy, as a stream of different articles would have.
      inFlight.push(coder.code(buildArticle({ ...input, id: `${input.id}~${i}` }, normaliser)));
      if (inFlight.length >= window) await take();
    }
    while (inFlight.length) await take();
  } finally {
    await coder.close();
  }
  const secs = (performance.now() - t1) / 1000;
  const out = {
    articles: n,
    corpus,
    distinctArticles: base.length,
    workers,
    seconds: +secs.toFixed(3),
    articlesPerSecond: +(n / secs).toFixed(1),
    charsPerSecond: Math.round(chars / secs),
    events,
    startupMs,
    loadMs: await coder.loadMs(),
    rssAfterLoadMB: Math.round(rssAfterLoad / 1e6),
    peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
    node: process.version,
  };
  console.log(JSON.stringify(out));
  return 0;
}
