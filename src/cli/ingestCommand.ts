// `entente ingest <inputs>... [--db FILE|URL] [--batch N]`: code articles and store them.
// Idempotent by content hash (articles already stored are not even coded again), one transaction per batch
// (an interrupted ingest leaves whole batches only; running it again completes it), progress on stderr.
import { readInputs, formatInputError } from '../ingest/inputReader.ts';
import { loadNormaliser } from '../ingest/normaliser.ts';
import { buildArticle } from '../core/pipeline.ts';
import { createArticleCoder, workersFor } from '../core/articleCoder.ts';
import { codeVersion, dataVersion } from '../core/version.ts';
import type { Article, ArticleResult } from '../core/types.ts';
import { openStore } from '../store/openStore.ts';
import { parse, positiveInt, UsageError, workerCount } from './args.ts';

export async function ingestCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { db: { type: 'string' }, batch: { type: 'string' }, quiet: { type: 'boolean' }, workers: { type: 'string' } });
  if (!positionals.length) throw new UsageError('name at least one input file or directory');
  const batchSize = positiveInt('batch', values.batch, 200);
  const r = { normaliser: loadNormaliser() };
  const store = await openStore(values.db);
  const coder = createArticleCoder(workerCount(values.workers) ?? (await workersFor(positionals)));
  const started = performance.now();
  const totals = { read: 0, inserted: 0, skipped: 0, failed: 0, events: 0 };
  // Progress after every batch: overwritten in place on a terminal, one line per batch in a log; the final
  // summary always ends with a newline.
  const tty = process.stderr.isTTY;
  const progress = (final = false) => {
    if (values.quiet && !final) return;
    const secs = (performance.now() - started) / 1000;
    const line = `ingest: ${totals.read} read, ${totals.inserted} stored, ${totals.skipped} already stored, ${totals.failed} failed, ${totals.events} events (${(totals.read / Math.max(secs, 1e-3)).toFixed(0)} articles/s)`;
    process.stderr.write(tty ? `\r${line}${final ? '\n' : ''}` : `${line}\n`);
  };
  try {
    const runId = await store.startRun({ codeVersion: codeVersion(), dataVersion: dataVersion(), startedAt: new Date().toISOString() });
    let batch: Article[] = [];
    const flush = async (last = false) => {
      if (!batch.length) return;
      const known = await store.knownHashes(batch.map((a) => a.contentHash));
      const fresh = batch.filter((a) => !known.has(a.contentHash));
      const results = await Promise.all(fresh.map((a) => coder.code(a)));
      const coded: Array<{ article: Article; result: ArticleResult }> = fresh.map((article, i) => ({ article, result: results[i] }));
      const res = await store.putArticles(runId, coded);
      totals.inserted += res.inserted;
      totals.skipped += res.skipped + (batch.length - coded.length);
      totals.events += coded.reduce((n, c) => n + c.result.events.length, 0);
      batch = [];
      if (!last) progress();
    };
    for await (const item of readInputs(positionals)) {
      if (item.error) {
        totals.failed++;
        process.stderr.write(`${tty ? '\n' : ''}entente ingest: ${formatInputError(item.error)}\n`);
        continue;
      }
      totals.read++;
      batch.push(buildArticle(item.article, r));
      if (batch.length >= batchSize) await flush();
    }
    await flush(true);
    progress(true);
  } finally {
    await coder.close();
    await store.close();
  }
  return totals.failed ? 1 : 0;
}
