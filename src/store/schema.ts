// The one relational schema behind both stores (SQLite and PostgreSQL), as Kysely table types and a
// migration written with Kysely's schema builder. Column types are chosen so both drivers hand back
// plain JS values: `integer` and `double precision` come back as numbers (PostgreSQL `numeric` or
// `bigint` would come back as strings). Dates are text prefixes at their precision: 2015, 2015-07,
// 2015-07-20, so they sort and compare as strings.
import { PostgresAdapter, sql } from 'kysely';
import type { Generated, Kysely } from 'kysely';
import type { EventStatus } from '../core/types.ts';

export interface RunsTable {
  id: Generated<number>;
  code_version: string;
  data_version: string;
  started_at: string;
}

export interface ArticlesTable {
  id: string;
  content_hash: string;
  title: string | null;
  published: string | null;
  published_precision: string | null;
  outlet: string | null;
  url: string | null;
  text: string;
  original: string;
  run_id: number;
}

export interface MentionsTable {
  article_id: string;
  sentence: number;
  start: number;
  end: number;
  actor_id: string;
  actor_type: string;
  actor_name: string;
  role: string | null;
  affiliation_id: string | null;
  kind: string;
  text: string;
  rule: string;
}

export interface PlacesTable {
  article_id: string;
  text: string;
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  geonameid: number | null;
  feature_code: string | null;
  /** JSON array of { start, end }. */
  spans: string;
  rule: string;
}

/** Time expressions of an article (for the reader); `detail` is the JSON of the rest of the DateMention. */
export interface DatesTable {
  article_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  value: string;
  precision: string;
  rule: string;
  detail: string | null;
}

export interface EventsTable {
  id: string;
  article_id: string;
  source_id: string;
  source_type: string;
  source_name: string;
  source_role: string | null;
  target_id: string | null;
  target_type: string | null;
  target_name: string | null;
  target_role: string | null;
  cameo: string;
  root: string;
  plover_type: string | null;
  plover_mode: string | null;
  plover_context: string | null;
  goldstein: number | null;
  quad: number | null;
  status: EventStatus;
  status_cue: string | null;
  attribution_id: string | null;
  date: string | null;
  date_precision: string | null;
  date_source: string | null;
  place_name: string | null;
  place_lat: number | null;
  place_lon: number | null;
  place_country: string | null;
  sentence: number;
  evidence_start: number;
  evidence_end: number;
  trigger_start: number;
  trigger_end: number;
  evidence_text: string;
  rule: string;
  /** JSON array of further Evidence, or null. */
  more_evidence: string | null;
  run_id: number;
}

export interface Database {
  runs: RunsTable;
  articles: ArticlesTable;
  mentions: MentionsTable;
  places: PlacesTable;
  dates: DatesTable;
  events: EventsTable;
}

/** Create the tables and indexes that are missing. Safe to run on every open. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // Event ids and dates are ordered and compared as strings; byte order ("C") on PostgreSQL makes
  // that agree with SQLite's default BINARY collation whatever the database locale is.
  const sortableText = postgres ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('runs')
    .ifNotExists()
    // SQLite only auto-numbers an `integer primary key`; PostgreSQL needs an identity column.
    .addColumn('id', 'integer', (c) => (postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('code_version', 'text', (c) => c.notNull())
    .addColumn('data_version', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('articles')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('published_precision', 'text')
    .addColumn('outlet', 'text')
    .addColumn('url', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('original', 'text', (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id'))
    .execute();

  await db.schema
    .createTable('mentions')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('affiliation_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('places')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('geonameid', 'integer')
    .addColumn('feature_code', 'text')
    .addColumn('spans', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('dates')
    .ifNotExists()
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('precision', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute();

  await db.schema
    .createTable('events')
    .ifNotExists()
    .addColumn('id', sortableText, (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('source_role', 'text')
    .addColumn('target_id', 'text')
    .addColumn('target_type', 'text')
    .addColumn('target_name', 'text')
    .addColumn('target_role', 'text')
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('plover_type', 'text')
    .addColumn('plover_mode', 'text')
    .addColumn('plover_context', 'text')
    .addColumn('goldstein', 'double precision')
    .addColumn('quad', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_cue', 'text')
    .addColumn('attribution_id', 'text')
    .addColumn('date', sortableText)
    .addColumn('date_precision', 'text')
    .addColumn('date_source', 'text')
    .addColumn('place_name', 'text')
    .addColumn('place_lat', 'double precision')
    .addColumn('place_lon', 'double precision')
    .addColumn('place_country', 'text')
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('evidence_start', 'integer', (c) => c.notNull())
    .addColumn('evidence_end', 'integer', (c) => c.notNull())
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addColumn('trigger_end', 'integer', (c) => c.notNull())
    .addColumn('evidence_text', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('more_evidence', 'text')
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id'))
    .execute();

  const indexes: Array<[name: string, table: keyof Database, column: string]> = [
    ['mentions_article_id_idx', 'mentions', 'article_id'],
    ['places_article_id_idx', 'places', 'article_id'],
    ['dates_article_id_idx', 'dates', 'article_id'],
    ['events_source_id_idx', 'events', 'source_id'],
    ['events_target_id_idx', 'events', 'target_id'],
    ['events_date_idx', 'events', 'date'],
    ['events_article_id_idx', 'events', 'article_id'],
    ['events_root_idx', 'events', 'root'],
    // Filters of the API's events list (issue 7): without them each is a scan of the whole table.
    ['events_plover_type_idx', 'events', 'plover_type'],
    ['events_place_country_idx', 'events', 'place_country'],
    ['events_place_name_idx', 'events', 'place_name'],
  ];
  for (const [name, table, column] of indexes) {
    await db.schema.createIndex(name).ifNotExists().on(table).column(column).execute();
  }
  // Streams in (source, root, date, id) order page by keyset on these columns: corroboration works per
  // (source, root, year).
  await db.schema.createIndex('events_source_root_date_idx').ifNotExists().on('events').columns(['source_id', 'root', 'date', 'id']).execute();
  // Its (source, root, id) predecessor, made by stores of the first issue-6 commit, serves nothing now.
  await db.schema.dropIndex('events_source_root_id_idx').ifExists().execute();
}
