// Query-string schemas of the API (zod): each parameter with the message a user sees when it is wrong.
// The OpenAPI document is generated from these same schemas (openapi.ts), so the two cannot disagree.
import { z } from 'zod';
import type { EventQuery } from '../store/store.ts';
import { cameoTable } from './cameoTable.ts';
import { invalid } from './errors.ts';

export const STATUSES = ['occurred', 'future', 'hypothetical', 'negated'] as const;
export const SORTS = ['date', '-date', 'goldstein', '-goldstein'] as const;
const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A string parameter with a custom message for "missing" as well as for "wrong". */
function text(describe: string) {
  return z.string({ error: (iss) => (iss.input === undefined ? `is required: ${describe}` : `must be ${describe}`) }).describe(describe);
}

/** Actor ids: catalogue codes are upper case (tur → TUR); ids with a prefix (person:…) are kept as given. */
const actorId = text('an actor id such as TUR, ISIS or NATO')
  .regex(/^[A-Za-z0-9][A-Za-z0-9:._-]{0,63}$/, 'must be an actor id such as TUR, ISIS or NATO')
  .transform((s) => (/^[A-Za-z0-9]+$/.test(s) ? s.toUpperCase() : s));

export const dyad = text('two actor ids joined by ":" such as TUR:USA')
  .regex(/^[A-Za-z0-9._-]+:[A-Za-z0-9._-]+$/, 'must be two actor ids joined by ":" such as TUR:USA')
  .transform((s) => s.toUpperCase().split(':') as [string, string]);

const dateBound = text('a date such as 2015, 2015-07 or 2015-07-20').regex(DATE_BOUND, 'must be a date such as 2015, 2015-07 or 2015-07-20');

function whole(describe: string, min: number, max: number) {
  return text(describe)
    .regex(/^\d+$/, `must be ${describe}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

export const eventFilterShape = {
  actor: actorId.optional().describe('events where this actor is the source or the target'),
  source: actorId.optional().describe('events whose source is this actor'),
  dyad: dyad.optional().describe('events between two actors, either direction: TUR:USA'),
  root: text('a two-digit CAMEO root such as 19').regex(/^\d{2}$/, 'must be a two-digit CAMEO root such as 19').optional(),
  plover: text('a PLOVER event type such as ASSAULT')
    .transform((s) => s.toUpperCase())
    .refine((s) => cameoTable().ploverTypes.includes(s), { message: `must be a PLOVER event type: ${'one of the types in /api/meta'}` })
    .optional(),
  status: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(', ')}` }).optional(),
  since: dateBound.optional().describe('inclusive lower bound on the event date: 2015, 2015-07 or 2015-07-20'),
  until: dateBound.optional().describe('inclusive upper bound on the event date'),
  country: text('an ISO 3166 alpha-3 code such as SYR')
    .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166 alpha-3 code such as SYR')
    .transform((s) => s.toUpperCase())
    .optional()
    .describe("the country of the event's place"),
  place: text('a place name such as Aleppo').max(200).optional().describe("the event's place name, exactly"),
  article: text('an article id').max(500).optional().describe('events coded from this article'),
};

export const pagingShape = {
  limit: whole('a whole number from 1 to 500', 1, 500).optional().describe('rows per page (default 50)'),
  offset: whole('a whole number of rows to skip', 0, 10_000_000).optional().describe('rows to skip (default 0)'),
};

export const eventListQuery = z.object({
  ...eventFilterShape,
  ...pagingShape,
  sort: z.enum(SORTS, { error: `must be one of ${SORTS.join(', ')}` }).optional().describe('order: date (default), -date, goldstein, -goldstein'),
  view: z.enum(['events', 'stories'], { error: 'must be events or stories' }).optional().describe('events: one row per article event (default); stories: events reported by several articles merged'),
});

export const eventFilterQuery = z.object(eventFilterShape);

const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover', 'gexf', 'graphml'] as const;

export const exportQuery = z.object({
  ...eventFilterShape,
  format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }).optional().describe('jsonl (default), csv, gdelt (TSV), plover (JSONL); gexf or graphml for the network of since..until'),
  level: z.enum(['events', 'stories'], { error: 'must be events or stories' }).optional().describe('events (default) or stories (jsonl and gdelt only)'),
});

export const articleListQuery = z.object({
  search: text('words to find in the title, id or outlet').max(200).optional(),
  ...pagingShape,
});

export const actorListQuery = z.object({
  search: text('words to find in the actor id or name').max(200).optional(),
  limit: whole('a whole number from 1 to 5000', 1, 5000).optional(),
});

export const timelineQuery = z.object({
  dyad: dyad.describe('the pair: two actor ids joined by ":" such as TUR:USA'),
  status: eventFilterShape.status.describe('the status counted (default occurred)'),
  interval: z.enum(['month', 'year'], { error: 'must be month or year' }).optional().describe('bucket size (default month)'),
});

export const networkQuery = z.object({
  since: eventFilterShape.since,
  until: eventFilterShape.until,
  status: eventFilterShape.status.describe('the status counted (default occurred)'),
  minEvents: whole('a whole number from 1 to 10000', 1, 10_000).optional().describe('leave out pairs with fewer events (default 1)'),
});

export const shiftsQuery = z.object({
  actor: eventFilterShape.actor.describe('only pairs with this actor'),
  status: eventFilterShape.status.describe('the status counted (default occurred)'),
  interval: z.enum(['month', 'quarter', 'year'], { error: 'must be month, quarter or year' }).optional().describe('period length compared (default year)'),
  limit: whole('a whole number from 1 to 500', 1, 500).optional().describe('shifts returned, largest first (default 20)'),
});

export const evidenceQuery = z.object({
  ids: text('event ids joined by commas')
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.string()).min(1, 'must name at least one event id').max(200, 'must name at most 200 event ids')),
});

/** The store query for the filters given; the bounds must be in order. */
export function toEventQuery(f: Partial<z.output<typeof eventFilterQuery>>): EventQuery {
  if (f.since && f.until && f.since.slice(0, f.until.length) > f.until) throw invalid('until', `until (${f.until}) is before since (${f.since})`);
  const q: EventQuery = {};
  if (f.actor) q.actor = f.actor;
  if (f.source) q.source = f.source;
  if (f.dyad) q.dyad = f.dyad;
  if (f.root) q.root = f.root;
  if (f.plover) q.ploverType = f.plover;
  if (f.status) q.status = f.status;
  if (f.since) q.since = f.since;
  if (f.until) q.until = f.until;
  if (f.country) q.country = f.country;
  if (f.place) q.place = f.place;
  if (f.article) q.articleId = f.article;
  return q;
}
