// `entente shifts [--actor ID] [--by month|quarter|year] [--status S,…|all] [--limit N] [--format table|json]`:
// the dyads whose cooperation–conflict index changed most between consecutive periods, with the
// stories that explain each change.
import { GRANULARITIES } from '../analysis/periods.ts';
import { shiftsFromStore } from '../analysis/shiftRanker.ts';
import { shiftsTable } from '../export/storyTable.ts';
import { openStore } from '../store/openStore.ts';
import { oneOf, parse, positiveInt, UsageError } from './args.ts';
import { statusList } from './dyadCommand.ts';

export async function shiftsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    actor: { type: 'string' },
    by: { type: 'string' },
    status: { type: 'string' },
    limit: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const by = oneOf('by', values.by, GRANULARITIES, 'month');
  const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
  const limit = positiveInt('limit', values.limit, 20);
  const statuses = values.status === undefined ? undefined : statusList(values.status);
  if (values.actor !== undefined && !values.actor.trim()) throw new UsageError('--actor needs an actor id such as TUR');
  const store = await openStore(values.db, { scan: true });
  try {
    const shifts = await shiftsFromStore(store, { actor: values.actor?.toUpperCase(), by, statuses, limit });
    process.stdout.write(format === 'json' ? `${JSON.stringify(shifts, null, 2)}\n` : shiftsTable(shifts, by));
  } finally {
    await store.close();
  }
  return 0;
}
