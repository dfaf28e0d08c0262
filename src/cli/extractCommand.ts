// `entente extract <inputs>... [--format jsonl|table]`: files in, results out, nothing stored.
// JSONL follows ../shared/gold/README.md's contract, one line per article in input order.
import { readInputs, formatInputError } from '../ingest/inputReader.ts';
import { loadResources } from '../core/resources.ts';
import { buildArticle, processArticle } from '../core/pipeline.ts';
import { oneOf, parse, UsageError } from './args.ts';
import { formatArticleTable } from './tableFormat.ts';

export async function extractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { format: { type: 'string' } });
  const format = oneOf('format', values.format, ['jsonl', 'table'] as const, 'jsonl');
  if (!positionals.length) throw new UsageError('name at least one input file or directory');
  const r = loadResources();
  let failed = 0;
  for await (const item of readInputs(positionals)) {
    if (item.error) {
      failed++;
      console.error(`entente extract: ${formatInputError(item.error)}`);
      continue;
    }
    const result = processArticle(buildArticle(item.article, r), r);
    const line = format === 'jsonl' ? JSON.stringify(result) : formatArticleTable(result);
    if (!process.stdout.write(`${line}\n`)) await new Promise((res) => process.stdout.once('drain', res));
  }
  if (failed) console.error(`entente extract: ${failed} input(s) failed`);
  return failed ? 1 : 0;
}
