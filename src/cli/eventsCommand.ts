// `entente events [filters] [--format table|jsonl|csv]`: query the stored events.
import { openStore } from '../store/openStore.ts';
import type { EventQuery, StoredEvent } from '../store/store.ts';
import type { EventStatus } from '../core/types.ts';
import { dyadOption, oneOf, parse, positiveInt, rootOption, UsageError } from './args.ts';

const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const STATUSES = ['occurred', 'future', 'hypothetical', 'negated'] as const;

export const CSV_COLUMNS: Array<keyof StoredEvent> = [
  'id', 'articleId', 'date', 'datePrecision', 'dateSource', 'sourceId', 'sourceRole', 'targetId', 'targetRole', 'cameo', 'root',
  'ploverType', 'goldstein', 'quad', 'status', 'statusCue', 'attributionId', 'placeName', 'placeLat', 'placeLon', 'placeCountry',
  'evidenceStart', 'evidenceEnd', 'evidenceText', 'rule',
];

export async function eventsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' },
    actor: { type: 'string' },
    dyad: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    root: { type: 'string' },
    status: { type: 'string' },
    article: { type: 'string' },
    limit: { type: 'string' },
    offset: { type: 'string' },
    format: { type: 'string' },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = oneOf('format', values.format, ['table', 'jsonl', 'csv'] as const, 'table');
  const q: EventQuery = {};
  if (values.actor) q.actor = values.actor.toUpperCase();
  if (values.dyad) q.dyad = dyadOption(values.dyad);
  for (const k of ['since', 'until'] as const) {
    const v = values[k];
    if (v === undefined) continue;
    if (!DATE_BOUND.test(v)) throw new UsageError(`--${k} must be a date such as 2015, 2015-07 or 2015-07-20 (got "${v}")`);
    q[k] = v;
  }
  if (values.root) q.root = rootOption(values.root);
  if (values.status) q.status = oneOf('status', values.status, STATUSES, 'occurred') as EventStatus;
  if (values.article) q.articleId = values.article;
  if (values.limit) q.limit = positiveInt('limit', values.limit, 100);
  if (values.offset) q.offset = Number(values.offset);
  const store = await openStore(values.db);
  try {
    const rows = await store.queryEvents(q);
    if (format === 'jsonl') for (const e of rows) process.stdout.write(`${JSON.stringify(e)}\n`);
    else if (format === 'csv') {
      process.stdout.write(`${CSV_COLUMNS.join(',')}\n`);
      for (const e of rows) process.stdout.write(`${CSV_COLUMNS.map((c) => csvCell(e[c])).join(',')}\n`);
    } else {
      const total = await store.countEvents({ ...q, limit: undefined, offset: undefined });
      for (const e of rows) {
        process.stdout.write(
          `${(e.date ?? '—').padEnd(10)} ${`${e.sourceId}${e.sourceRole ? `/${e.sourceRole}` : ''}`.padEnd(10)} → ${`${e.targetId ?? '—'}${e.targetRole ? `/${e.targetRole}` : ''}`.padEnd(10)} ${e.cameo.padEnd(4)} ${e.status.padEnd(12)} ${e.articleId}  «${e.evidenceText}»\n`,
        );
      }
      process.stdout.write(`${rows.length} of ${total} event(s)\n`);
    }
  } finally {
    await store.close();
  }
  return 0;
}

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
