// `entente extract <inputs>... [--format jsonl|table]`: files in, results out, nothing stored.
// JSONL follows ../shared/gold/README.md's contract, one line per article in input order.
import { readInputs, formatInputError, type InputError } from '../ingest/inputReader.ts';
import { createArticleCoder, workersFor } from '../core/articleCoder.ts';
import { loadNormaliser } from '../ingest/normaliser.ts';
import { buildArticle } from '../core/pipeline.ts';
import type { ArticleResult } from '../core/types.ts';
import { oneOf, parse, UsageError, workerCount } from './args.ts';
import { formatArticleTable } from './tableFormat.ts';

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string' }, workers: { type: 'string' } });
  const format = oneOf('format', values.format, ['jsonl', 'table'] as const, 'jsonl');
  if (!positionals.length) throw new UsageError('name at least one input file or directory');
  const coder = createArticleCoder(workerCount(values.workers) ?? (await workersFor(positionals)));
  const r = { normaliser: loadNormaliser() };
  let failed = 0;
  // Results are written in input order; at most `window` articles are being coded at once.
  const window = Math.max(1, coder.workers * 16);
  const queue: Array<Promise<ArticleResult> | InputError> = [];
  const flush = async (keep: number) => {
    while (queue.length > keep) {
      const head = queue.shift()!;
      if (!(head instanceof Promise)) {
        failed++;
        console.error(`entente extract: ${formatInputError(head)}`);
        continue;
      }
      const result = await head;
      const line = format === 'jsonl' ? JSON.stringify(result) : formatArticleTable(result);
      if (!process.stdout.write(`${line}\n`)) await new Promise((res) => process.stdout.once('drain', res));
    }
  };
  try {
    for await (const item of readInputs(positionals)) {
      queue.push(item.error ?? coder.code(buildArticle(item.article, r)));
      await flush(window);
    }
    await flush(0);
  } finally {
    await coder.close();
  }
  if (failed) console.error(`entente extract: ${failed} input(s) failed`);
  return failed ? 1 : 0;
}
