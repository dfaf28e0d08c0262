// `entente export --format jsonl|csv|gdelt|plover|gexf|graphml [--out FILE] [filters]`: everything in the
// store, or a selection, in a format other tools read — streamed, so the size of the store does not
// matter. Event formats take the filters of `entente events`; gdelt and jsonl can write stories
// (`--level stories`); gexf and graphml write the alignment network of the period.
import { EXPORT_FORMATS, exportEvents, exportNetwork, NETWORK_FORMATS, STORY_FORMATS, type ExportResult } from '../export/exporter.ts';
import { isClosedPipe, openOutput } from '../export/output.ts';
import type { EventQuery } from '../store/store.ts';
import { openStore } from '../store/openStore.ts';
import { oneOf, parse, positiveInt, UsageError } from './args.ts';
import { storyFilterOf } from './storiesCommand.ts';

export async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    level: { type: 'string' },
    actor: { type: 'string' },
    dyad: { type: 'string' },
    source: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    root: { type: 'string' },
    status: { type: 'string' },
    limit: { type: 'string' },
    'no-header': { type: 'boolean' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (values.format === undefined) throw new UsageError(`--format is required: one of ${EXPORT_FORMATS.join(', ')}`);
  const format = oneOf('format', values.format, EXPORT_FORMATS, 'jsonl');
  const level = oneOf('level', values.level, ['events', 'stories'] as const, 'events');
  if (level === 'stories' && !STORY_FORMATS.includes(format)) throw new UsageError(`--level stories is for ${STORY_FORMATS.join(' and ')} (got --format ${format})`);
  // --from/--to name the period as `entente network` does; --since/--until as `entente events` does.
  for (const [a, b] of [['from', 'since'], ['to', 'until']] as const) {
    if (values[a] !== undefined && values[b] !== undefined) throw new UsageError(`give --${a} or --${b}, not both`);
  }
  const since = values.since ?? values.from;
  const until = values.until ?? values.to;
  const filter = storyFilterOf({ ...values, since, until });
  const network = NETWORK_FORMATS.includes(format);
  if (network && (filter.actor || filter.dyad || filter.source || filter.root)) throw new UsageError(`--format ${format} takes a period and statuses only (the network is of all actors)`);
  if (network && values.limit !== undefined) throw new UsageError(`--limit is for event formats (got --format ${format})`);
  if (values['no-header'] && format !== 'gdelt') throw new UsageError('--no-header is for --format gdelt');
  // GDELT and PLOVER have no status field: they take what occurred unless told otherwise; so do networks.
  const statuses = filter.statuses ?? (format === 'gdelt' || format === 'plover' || network ? ['occurred' as const] : undefined);
  const limit = values.limit === undefined ? undefined : positiveInt('limit', values.limit, 1);

  const store = await openStore(values.db, { scan: true });
  const out = openOutput(values.out);
  let result: ExportResult | undefined;
  try {
    if (format === 'gexf' || format === 'graphml') {
      result = await exportNetwork(store, format, { from: since, to: until, statuses }, out);
    } else {
      const query: EventQuery = { actor: filter.actor, dyad: filter.dyad, source: filter.source, since, until, root: filter.root, limit };
      result = await exportEvents(store, { format, level, query, statuses, header: !values['no-header'] }, out);
    }
  } catch (e) {
    if (!isClosedPipe(e)) throw e;
  } finally {
    await store.close();
  }
  if (result) {
    const what = network ? 'nodes and edges' : level === 'stories' ? 'stories' : 'events';
    process.stderr.write(`export: ${result.written} ${what} written as ${format}${result.skipped ? `, ${result.skipped} left out (no ${format} code)` : ''}${values.out ? ` to ${values.out}` : ''}\n`);
  }
  return 0;
}
