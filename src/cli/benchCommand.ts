// `entente bench [--articles N] [--corpus FILE]`: throughput and peak memory of extract, printed as one JSON line.
// Articles come from ../shared/corpus/seeds.jsonl when it is there (repeated to N), else the bundled sample corpus.
// Start-up (loading every dictionary and the gazetteer, once) is reported apart from the per-article rate.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../ingest/inputReader.ts';
import { loadResources } from '../core/resources.ts';
import { buildArticle, processArticle } from '../core/pipeline.ts';
import { projectRoot } from '../core/paths.ts';
import type { ArticleInput } from '../core/types.ts';
import { parse, positiveInt } from './args.ts';

export async function benchCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { articles: { type: 'string' }, corpus: { type: 'string' } });
  const n = positiveInt('articles', values.articles, 1000);
  const seeds = join(projectRoot, '..', 'shared', 'corpus', 'seeds.jsonl');
  const corpus = values.corpus ?? (existsSync(seeds) ? seeds : join(projectRoot, 'data', 'samples'));
  const base: ArticleInput[] = [];
  for await (const item of readInputs([corpus])) if (item.article) base.push(item.article);
  if (!base.length) throw new Error(`${corpus}: no articles to benchmark`);

  const t0 = performance.now();
  const r = loadResources();
  const loadMs = Math.round(performance.now() - t0);
  const rssAfterLoad = process.memoryUsage().rss;

  let events = 0;
  let chars = 0;
  const t1 = performance.now();
  for (let i = 0; i < n; i++) {
    const input = base[i % base.length];
    // A distinct id per copy, as a stream of different articles would have.
    const result = processArticle(buildArticle({ ...input, id: `${input.id}~${i}` }, r), r);
    events += result.events.length;
    chars += result.text.length;
    JSON.stringify(result); // serialisation is part of extract's cost
  }
  const secs = (performance.now() - t1) / 1000;
  const out = {
    articles: n,
    corpus,
    distinctArticles: base.length,
    seconds: +secs.toFixed(3),
    articlesPerSecond: +(n / secs).toFixed(1),
    charsPerSecond: Math.round(chars / secs),
    events,
    startupMs: loadMs,
    loadMs: r.loadMs,
    rssAfterLoadMB: Math.round(rssAfterLoad / 1e6),
    peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6),
    node: process.version,
  };
  console.log(JSON.stringify(out));
  return 0;
}
