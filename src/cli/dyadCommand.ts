// `entente dyad A B [--by month|quarter|year] [--status S,…|all] [--format table|json|csv]`: how the
// relations of two actors moved, period by period, with the stories behind each point.
import { dyadTimelineFromStore, type DyadTimeline } from '../analysis/dyadTimeline.ts';
import { GRANULARITIES } from '../analysis/periods.ts';
import { parseStatuses } from '../analysis/statusSelection.ts';
import { csvLine } from '../export/csvText.ts';
import { timelineTable } from '../export/storyTable.ts';
import { openStore } from '../store/openStore.ts';
import { oneOf, parse, UsageError } from './args.ts';

export async function dyadCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    by: { type: 'string' },
    status: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length !== 2) throw new UsageError(`needs two actor ids, such as: entente dyad TUR USA (got ${positionals.length})`);
  const [a, b] = positionals.map((p) => p.toUpperCase());
  if (a === b) throw new UsageError(`needs two different actors (got ${a} twice)`);
  const by = oneOf('by', values.by, GRANULARITIES, 'month');
  const format = oneOf('format', values.format, ['table', 'json', 'csv'] as const, 'table');
  const statuses = values.status === undefined ? undefined : statusList(values.status);
  const store = await openStore(values.db);
  try {
    const t = await dyadTimelineFromStore(store, a, b, { by, statuses });
    process.stdout.write(format === 'json' ? `${JSON.stringify(t, null, 2)}\n` : format === 'csv' ? timelineCsv(t) : timelineTable(t));
  } finally {
    await store.close();
  }
  return 0;
}

export function statusList(value: string) {
  try {
    return parseStatuses(value);
  } catch (e) {
    throw new UsageError(`--status: ${(e as Error).message}`);
  }
}

function timelineCsv(t: DyadTimeline): string {
  const head = csvLine([
    'period', 'verbalCooperation', 'materialCooperation', 'verbalConflict', 'materialConflict', 'cooperation', 'conflict',
    'goldsteinSum', 'goldsteinMean', 'index', 'stories', 'uncounted', 'storyIds',
  ]);
  const rows = t.points.map((p) =>
    csvLine([
      p.period, p.quad[1], p.quad[2], p.quad[3], p.quad[4], p.cooperation, p.conflict,
      p.goldsteinSum, p.goldsteinMean, p.index, p.stories.length, p.uncounted.length, p.stories.map((s) => s.id).join(' '),
    ]),
  );
  return head + rows.join('');
}
