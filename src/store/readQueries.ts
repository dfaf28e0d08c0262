// Read queries for the HTTP API and the web UI (issue 7): article lists, an article's places and dates,
// one event with all its evidence, actor and place summaries, and event counts per dyad, month and
// QuadClass (what timelines and the alignment network are drawn from). KyselyStore delegates to these;
// like everything in the store they must stay portable between SQLite and PostgreSQL. Each answers in a
// fixed number of statements, whatever the page size (no query per row).
import { sql } from 'kysely';
import type { Kysely, SelectQueryBuilder, SqlBool } from 'kysely';
import type { DatePrecision, Evidence, Span } from '../core/types.ts';
import type { Database } from './schema.ts';
import type {
  ActorQuery,
  ActorSummary,
  ArticleQuery,
  ArticleSummary,
  EventCount,
  PlaceSummary,
  StoredDate,
  StoredPlace,
} from './store.ts';

/** Bound parameters per statement, as in kyselyStore.ts. */
const MAX_PARAMS = 30000;

type Db = Kysely<Database>;
/** The events table with an EventQuery's filters applied (KyselyStore.filtered). */
export type FilteredEvents = SelectQueryBuilder<Database, 'events', {}>;

function articleFilter(db: Db, q: ArticleQuery) {
  let query = db.selectFrom('articles');
  if (q.search) {
    const like = `%${q.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // An explicit ESCAPE: SQLite has no default escape character in LIKE.
    const matches = (column: 'title' | 'id' | 'outlet') => sql<SqlBool>`lower(${sql.ref(column)}) like ${like} escape '\\'`;
    query = query.where((eb) => eb.or([matches('title'), matches('id'), matches('outlet')]));
  }
  return query;
}

export async function listArticles(db: Db, q: ArticleQuery): Promise<ArticleSummary[]> {
  const rows = await articleFilter(db, q)
    .select(['id', 'title', 'published', 'outlet', 'url'])
    .orderBy('published', (ob) => ob.desc().nullsLast())
    .orderBy('id')
    .limit(q.limit ?? 50)
    .offset(q.offset ?? 0)
    .execute();
  const counts = new Map<string, number>();
  if (rows.length) {
    const found = await db
      .selectFrom('events')
      .select(['article_id', (eb) => eb.fn.countAll().as('n')])
      .where(
        'article_id',
        'in',
        rows.map((r) => r.id),
      )
      .groupBy('article_id')
      .execute();
    for (const c of found) counts.set(c.article_id, Number(c.n));
  }
  return rows.map((r) => ({ ...r, events: counts.get(r.id) ?? 0 }));
}

export async function countArticles(db: Db, q: ArticleQuery): Promise<number> {
  const r = await articleFilter(db, q)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function queryPlaces(db: Db, articleIds: string[]): Promise<StoredPlace[]> {
  const out: StoredPlace[] = [];
  for (const part of chunks([...new Set(articleIds)], MAX_PARAMS)) {
    const rows = await db.selectFrom('places').selectAll().where('article_id', 'in', part).execute();
    for (const r of rows) {
      out.push({
        articleId: r.article_id,
        text: r.text,
        name: r.name,
        lat: r.lat,
        lon: r.lon,
        country: r.country,
        geonameid: r.geonameid,
        featureCode: r.feature_code,
        spans: JSON.parse(r.spans) as Span[],
        rule: r.rule,
      });
    }
  }
  return out.sort((a, b) => compareText(a.articleId, b.articleId) || (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
}

export async function queryDates(db: Db, articleIds: string[]): Promise<StoredDate[]> {
  const out: StoredDate[] = [];
  for (const part of chunks([...new Set(articleIds)], MAX_PARAMS)) {
    const rows = await db.selectFrom('dates').selectAll().where('article_id', 'in', part).execute();
    for (const r of rows) {
      out.push({
        articleId: r.article_id,
        sentence: r.sentence,
        start: r.start,
        end: r.end,
        text: r.text,
        value: r.value,
        precision: r.precision as DatePrecision,
        rule: r.rule,
        detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : {},
      });
    }
  }
  return out.sort((a, b) => compareText(a.articleId, b.articleId) || a.start - b.start);
}

/** The further evidence spans (headline and body) of these events, beyond their main one, by event id. */
export async function moreEvidence(db: Db, ids: string[]): Promise<Map<string, Evidence[]>> {
  const out = new Map<string, Evidence[]>();
  for (const part of chunks([...new Set(ids)], MAX_PARAMS)) {
    const rows = await db.selectFrom('events').select(['id', 'more_evidence']).where('id', 'in', part).execute();
    for (const r of rows) out.set(r.id, r.more_evidence ? (JSON.parse(r.more_evidence) as Evidence[]) : []);
  }
  return out;
}

/** Every actor that is the source or target of an event, with how often, most frequent first. */
export async function listActors(db: Db, q: ActorQuery): Promise<ActorSummary[]> {
  const [sources, targets] = await Promise.all([
    db
      .selectFrom('events')
      .select(['source_id as id', (eb) => eb.fn.max('source_name').as('name'), (eb) => eb.fn.max('source_type').as('type'), (eb) => eb.fn.countAll().as('n')])
      .groupBy('source_id')
      .execute(),
    db
      .selectFrom('events')
      .select(['target_id as id', (eb) => eb.fn.max('target_name').as('name'), (eb) => eb.fn.max('target_type').as('type'), (eb) => eb.fn.countAll().as('n')])
      .where('target_id', 'is not', null)
      .groupBy('target_id')
      .execute(),
  ]);
  const byId = new Map<string, ActorSummary>();
  const add = (r: { id: string | null; name: string | null; type: string | null; n: unknown }, as: 'asSource' | 'asTarget') => {
    if (r.id === null) return;
    const a = byId.get(r.id) ?? { id: r.id, name: r.name ?? r.id, type: r.type ?? 'state', events: 0, asSource: 0, asTarget: 0 };
    a[as] += Number(r.n);
    a.events += Number(r.n);
    byId.set(r.id, a);
  };
  for (const r of sources) add(r, 'asSource');
  for (const r of targets) add(r, 'asTarget');
  let out = [...byId.values()];
  if (q.search) {
    const s = q.search.toLowerCase();
    out = out.filter((a) => a.id.toLowerCase().includes(s) || a.name.toLowerCase().includes(s));
  }
  out.sort((a, b) => b.events - a.events || compareText(a.id, b.id));
  return q.limit === undefined ? out : out.slice(0, q.limit);
}

/** The places events happened at, with how many events each (of those matching the filters). */
export async function eventPlaces(filtered: FilteredEvents): Promise<PlaceSummary[]> {
  const rows = await filtered
    .select([
      'place_name',
      'place_lat',
      'place_lon',
      'place_country',
      (eb) => eb.fn.countAll().as('n'),
      (eb) => eb.fn.countAll().filterWhere('quad', '>=', 3).as('conflict'),
      (eb) => eb.fn.count('article_id').distinct().as('articles'),
    ])
    .where('place_name', 'is not', null)
    .where('place_lat', 'is not', null)
    .where('place_lon', 'is not', null)
    .groupBy(['place_name', 'place_lat', 'place_lon', 'place_country'])
    .execute();
  return rows
    .map((r) => ({
      name: r.place_name as string,
      lat: r.place_lat as number,
      lon: r.place_lon as number,
      country: r.place_country,
      events: Number(r.n),
      conflict: Number(r.conflict),
      articles: Number(r.articles),
    }))
    .sort((a, b) => b.events - a.events || compareText(a.name, b.name));
}

/**
 * Events counted per (source, target, month, QuadClass), with their Goldstein sum: enough to draw a dyad's
 * cooperation and conflict over time or an alignment network for any period. The period is the date cut to
 * the month (a year-only date stays a year; undated events have period null).
 */
export async function eventCounts(filtered: FilteredEvents): Promise<EventCount[]> {
  const rows = await filtered
    .select((eb) => [
      'source_id',
      'target_id',
      eb.fn<string | null>('substr', ['date', eb.val(1), eb.val(7)]).as('period'),
      'quad',
      eb.fn.countAll().as('n'),
      eb.fn.sum<number | string | null>('goldstein').as('g'),
      eb.fn.count('goldstein').as('gn'),
    ])
    .groupBy(['source_id', 'target_id', 'period', 'quad'])
    .execute();
  return rows
    .map((r) => ({
      sourceId: r.source_id,
      targetId: r.target_id,
      period: r.period,
      quad: r.quad,
      events: Number(r.n),
      goldsteinSum: r.g === null ? 0 : Number(r.g),
      goldsteinEvents: Number(r.gn),
    }))
    .sort(
      (a, b) =>
        compareText(a.sourceId, b.sourceId) ||
        compareText(a.targetId ?? '', b.targetId ?? '') ||
        compareText(a.period ?? '', b.period ?? '') ||
        (a.quad ?? 0) - (b.quad ?? 0),
    );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
