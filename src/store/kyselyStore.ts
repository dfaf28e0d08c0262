// The Store over Kysely, shared by the SQLite and PostgreSQL stores: only the dialect differs, so
// every query here must be portable between the two (no dialect-specific SQL).
import { setImmediate } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, Insertable, Kysely, Selectable, SqlBool, Transaction } from 'kysely';
import type { Article, ArticleResult, DateMention, Event, Mention, PlaceRef } from '../core/types.ts';
import { migrate } from './schema.ts';
import type { ArticlesTable, Database, DatesTable, EventsTable, MentionsTable, PlacesTable } from './schema.ts';
import * as reads from './readQueries.ts';
import type {
  ActorQuery,
  ActorSummary,
  ArticleQuery,
  ArticleSummary,
  EventCount,
  PlaceSummary,
  StoredDate,
  StoredEventDetail,
  StoredPlace,
  EventInContext,
  EventQuery,
  PutResult,
  RunInfo,
  Store,
  StoredArticle,
  StoredEvent,
  StoredMention,
  StoredRun,
  StreamOptions,
} from './store.ts';

/** Bound parameters per statement: under SQLite's limit (32766) and PostgreSQL's (65535). */
const MAX_PARAMS = 30000;

/** Pages up to this many rows are read ids first (see queryEvents). */
const PAGE_BY_ID = 5000;

export class KyselyStore implements Store {
  constructor(private readonly db: Kysely<Database>) {}

  migrate(): Promise<void> {
    return migrate(this.db);
  }

  async startRun(info: RunInfo): Promise<number> {
    const row = await this.db
      .insertInto('runs')
      .values({ code_version: info.codeVersion, data_version: info.dataVersion, started_at: info.startedAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async knownHashes(hashes: string[]): Promise<Set<string>> {
    const known = new Set<string>();
    for (const part of chunks([...new Set(hashes)], MAX_PARAMS)) {
      const rows = await this.db.selectFrom('articles').select('content_hash').where('content_hash', 'in', part).execute();
      for (const r of rows) known.add(r.content_hash);
    }
    return known;
  }

  async putArticles(runId: number, batch: Array<{ article: Article; result: ArticleResult }>): Promise<PutResult> {
    if (!batch.length) return { inserted: 0, skipped: 0 };
    return this.db.transaction().execute(async (trx) => {
      const counts = { inserted: 0, skipped: 0 };
      // Stored content hash by article id, kept current as the batch goes so that duplicates
      // within the batch itself are handled like duplicates of earlier batches.
      const hashById = await storedHashes(trx, batch.map((b) => b.article));
      const hashes = new Set(hashById.values());
      for (const { article, result } of batch) {
        if (result.id !== article.id) throw new Error(`putArticles: result ${result.id} paired with article ${article.id}`);
        if (hashes.has(article.contentHash)) {
          counts.skipped++;
          continue;
        }
        // Same id, new text: the article was re-coded after a change, so its old rows go.
        const oldHash = hashById.get(article.id);
        if (oldHash !== undefined) {
          await deleteArticle(trx, article.id);
          hashes.delete(oldHash);
        }
        await writeArticle(trx, runId, article, result);
        hashById.set(article.id, article.contentHash);
        hashes.add(article.contentHash);
        counts.inserted++;
      }
      return counts;
    });
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const r = await this.db
      .selectFrom('articles')
      .select(['id', 'content_hash', 'title', 'published', 'outlet', 'url', 'text', 'run_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    return r ? toStoredArticle(r) : undefined;
  }

  countArticles(q: ArticleQuery = {}): Promise<number> {
    return reads.countArticles(this.db, q);
  }

  // Reads for the HTTP API and web UI: see readQueries.ts.
  listArticles(q: ArticleQuery = {}): Promise<ArticleSummary[]> {
    return reads.listArticles(this.db, q);
  }

  queryPlaces(q: { articleIds: string[] }): Promise<StoredPlace[]> {
    return reads.queryPlaces(this.db, q.articleIds);
  }

  queryDates(q: { articleIds: string[] }): Promise<StoredDate[]> {
    return reads.queryDates(this.db, q.articleIds);
  }

  async getEvents(ids: string[]): Promise<StoredEventDetail[]> {
    const byId = new Map<string, StoredEvent>();
    for (const part of chunks([...new Set(ids)], MAX_PARAMS)) for (const e of await this.queryEvents({ ids: part })) byId.set(e.id, e);
    const more = await reads.moreEvidence(this.db, [...byId.keys()]);
    return [...new Set(ids)].flatMap((id) => {
      const e = byId.get(id);
      return e ? [{ ...e, moreEvidence: more.get(id) ?? [] }] : [];
    });
  }

  listActors(q: ActorQuery = {}): Promise<ActorSummary[]> {
    return reads.listActors(this.db, q);
  }

  eventPlaces(q: EventQuery = {}): Promise<PlaceSummary[]> {
    return reads.eventPlaces(this.filtered(q));
  }

  eventCounts(q: EventQuery = {}): Promise<EventCount[]> {
    return reads.eventCounts(this.filtered(q));
  }

  async queryEvents(q: EventQuery): Promise<StoredEvent[]> {
    const sort = q.sort ?? 'date';
    const column = sort.endsWith('date') ? 'date' : 'goldstein';
    const desc = sort.startsWith('-');
    const paged = q.limit !== undefined || q.offset !== undefined;
    const ordered = <T extends ReturnType<KyselyStore['filtered']>>(query: T) =>
      query.orderBy(column, (ob) => (desc ? ob.desc() : ob.asc()).nullsLast()).orderBy('id', desc ? 'desc' : 'asc') as T;
    if (paged && q.limit !== undefined && q.limit <= PAGE_BY_ID) {
      // A page: order and cut the ids first (narrow rows sort fast), then read the page's rows by id.
      const ids = await ordered(this.filtered(q))
        .select('id')
        .limit(nonNegative('limit', q.limit))
        .offset(nonNegative('offset', q.offset ?? 0))
        .execute();
      if (!ids.length) return [];
      const rows = await this.db.selectFrom('events').selectAll().where('id', 'in', ids.map((r) => r.id)).execute();
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((r) => toStoredEvent(byId.get(r.id)!));
    }
    let query = ordered(this.filtered(q)).selectAll();
    if (paged) {
      // SQLite takes OFFSET only after a LIMIT; a limit no result reaches stands for "no limit".
      query = query.limit(nonNegative('limit', q.limit ?? Number.MAX_SAFE_INTEGER)).offset(nonNegative('offset', q.offset ?? 0));
    }
    const rows = await query.execute();
    return rows.map(toStoredEvent);
  }

  /** How many events match the filters; limit and offset are ignored (the total, for paging). */
  async countEvents(q: EventQuery = {}): Promise<number> {
    const r = await this.filtered(q).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async *streamEvents(q: EventQuery = {}, opts: StreamOptions = {}): AsyncGenerator<EventInContext> {
    const pageSize = opts.pageSize ?? 1000;
    if (!Number.isSafeInteger(pageSize) || pageSize <= 0) throw new RangeError(`streamEvents: pageSize must be a positive integer, got ${pageSize}`);
    const limit = q.limit === undefined ? Number.POSITIVE_INFINITY : nonNegative('limit', q.limit);
    let skip = q.offset === undefined ? 0 : nonNegative('offset', q.offset);
    let left = limit;
    // 'source' order reads in two passes: undated events by id, then dated ones by (source, root, date, id).
    const passes: Array<'id' | 'undated' | 'dated'> = (opts.order ?? 'id') === 'id' ? ['id'] : ['undated', 'dated'];
    for (const pass of passes) {
      let last: Selectable<EventsTable> | undefined;
      while (left > 0) {
        const after = last;
        let query = this.filtered(q).selectAll();
        if (pass === 'dated') {
          query = query.where('date', 'is not', null);
          if (after) {
            query = query.where(({ eb, refTuple, tuple }) =>
              eb(refTuple('source_id', 'root', 'date', 'id'), '>', tuple(after.source_id, after.root, after.date!, after.id)),
            );
          }
          query = query.orderBy('source_id').orderBy('root').orderBy('date').orderBy('id');
        } else {
          if (pass === 'undated') query = query.where('date', 'is', null);
          if (after) query = query.where('id', '>', after.id);
          query = query.orderBy('id');
        }
        const take = Math.min(pageSize, left + (pass === 'id' ? 0 : skip));
        // In id order the database skips `offset` rows on the first page; across two passes, this loop does.
        const rows = await query.limit(take).offset(pass === 'id' ? skip : 0).execute();
        if (pass === 'id') skip = 0;
        if (!rows.length) break;
        const context = await this.contextOf(rows);
        // SQLite answers without real I/O, so a long stream would never let the event loop turn: no timers,
        // no requests of a server in the same process, and no garbage collection tasks (the heap grows).
        await setImmediate();
        for (const r of rows) {
          if (skip > 0) {
            skip--;
            continue;
          }
          if (left-- <= 0) return;
          yield context(r);
        }
        if (rows.length < take) break;
        last = rows[rows.length - 1];
      }
    }
  }

  async getArticles(ids: string[]): Promise<StoredArticle[]> {
    const byId = new Map<string, StoredArticle>();
    for (const part of chunks([...new Set(ids)], MAX_PARAMS)) {
      const rows = await this.db
        .selectFrom('articles')
        .select(['id', 'content_hash', 'title', 'published', 'outlet', 'url', 'text', 'run_id'])
        .where('id', 'in', part)
        .execute();
      for (const r of rows) byId.set(r.id, toStoredArticle(r));
    }
    return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  }

  async queryMentions(q: { articleIds: string[] }): Promise<StoredMention[]> {
    const out: StoredMention[] = [];
    for (const part of chunks([...new Set(q.articleIds)], MAX_PARAMS)) {
      const rows = await this.db.selectFrom('mentions').selectAll().where('article_id', 'in', part).execute();
      for (const r of rows) {
        out.push({
          articleId: r.article_id,
          sentence: r.sentence,
          start: r.start,
          end: r.end,
          actorId: r.actor_id,
          actorType: r.actor_type,
          actorName: r.actor_name,
          role: r.role,
          affiliationId: r.affiliation_id,
          kind: r.kind,
          text: r.text,
          rule: r.rule,
        });
      }
    }
    // Sorted here rather than in SQL: the two databases' text collations may differ.
    return out.sort((a, b) => compareText(a.articleId, b.articleId) || a.start - b.start || a.end - b.end);
  }

  async listRuns(): Promise<StoredRun[]> {
    const rows = await this.db.selectFrom('runs').selectAll().orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, codeVersion: r.code_version, dataVersion: r.data_version, startedAt: r.started_at }));
  }

  close(): Promise<void> {
    return this.db.destroy();
  }

  /** The article and place context of a page of events, looked up in two queries for the whole page. */
  private async contextOf(rows: Selectable<EventsTable>[]) {
    const articleIds = [...new Set(rows.map((r) => r.article_id))];
    const articles = new Map<string, { published: string | null; outlet: string | null; url: string | null; title: string | null }>();
    for (const part of chunks(articleIds, MAX_PARAMS)) {
      const found = await this.db.selectFrom('articles').select(['id', 'published', 'outlet', 'url', 'title']).where('id', 'in', part).execute();
      for (const a of found) articles.set(a.id, a);
    }
    const placed = [...new Set(rows.filter((r) => r.place_name !== null).map((r) => r.article_id))];
    const places = new Map<string, { feature_code: string | null; geonameid: number | null }>();
    for (const part of chunks(placed, MAX_PARAMS)) {
      const found = await this.db
        .selectFrom('places')
        .select(['article_id', 'name', 'feature_code', 'geonameid'])
        .where('article_id', 'in', part)
        .execute();
      for (const p of found) {
        const key = `${p.article_id}\u0000${p.name}`;
        if (!places.has(key)) places.set(key, p);
      }
    }
    return (r: Selectable<EventsTable>): EventInContext => {
      const a = articles.get(r.article_id);
      const p = r.place_name === null ? undefined : places.get(`${r.article_id}\u0000${r.place_name}`);
      return toEventInContext(r, a, p);
    };
  }

  private filtered(q: EventQuery) {
    return this.db.selectFrom('events').where((eb) => eb.and(conditions(eb, q)));
  }
}

function conditions(eb: ExpressionBuilder<Database, 'events'>, q: EventQuery): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [];
  if (q.actor !== undefined) out.push(eb.or([eb('source_id', '=', q.actor), eb('target_id', '=', q.actor)]));
  if (q.source !== undefined) out.push(eb('source_id', '=', q.source));
  if (q.dyad) {
    const [a, b] = q.dyad;
    out.push(
      eb.or([
        eb.and([eb('source_id', '=', a), eb('target_id', '=', b)]),
        eb.and([eb('source_id', '=', b), eb('target_id', '=', a)]),
      ]),
    );
  }
  if (q.since !== undefined) out.push(...dateBound(eb, '>=', q.since));
  if (q.until !== undefined) out.push(...dateBound(eb, '<=', q.until));
  if (q.root !== undefined) out.push(eb('root', '=', q.root));
  if (q.status !== undefined) out.push(eb('status', '=', q.status));
  if (q.articleId !== undefined) out.push(eb('article_id', '=', q.articleId));
  if (q.ploverType !== undefined) out.push(eb('plover_type', '=', q.ploverType));
  if (q.country !== undefined) out.push(eb('place_country', '=', q.country));
  if (q.place !== undefined) out.push(eb('place_name', '=', q.place));
  if (q.ids !== undefined) out.push(q.ids.length ? eb('id', 'in', q.ids) : sql<SqlBool>`1 = 0`);
  return out;
}

/**
 * An event is within a bound only if its whole period is. The date cut to the bound's length is
 * compared, so finer dates work (2015-07-20 is within since=2015-07 and until=2015-07). A coarser
 * date containing the bound (2015 against 2015-07) may fall on either side, so it is left out of
 * both. A NULL date compares to nothing, so undated events drop out whenever a bound is given.
 */
function dateBound(eb: ExpressionBuilder<Database, 'events'>, op: '>=' | '<=', bound: string): Expression<SqlBool>[] {
  // As plain ranges on `date`, so its index serves them: for dates made of digits and hyphens,
  // substr(date, 1, n) >= bound  ⇔  date >= bound, and substr(date, 1, n) <= bound  ⇔  date <= bound || '~'
  // ('~' sorts after every digit and '-', so every date starting with the bound is below it).
  const out = [op === '>=' ? eb('date', '>=', bound) : eb('date', '<=', `${bound}~`)];
  const parts = bound.split('-');
  const containing = parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('-')); // 2015-07-20 → 2015, 2015-07
  if (containing.length) out.push(eb('date', 'not in', containing));
  return out;
}

function nonNegative(name: string, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`queryEvents: ${name} must be a non-negative integer, got ${n}`);
  return n;
}

async function storedHashes(trx: Transaction<Database>, articles: Article[]): Promise<Map<string, string>> {
  const hashById = new Map<string, string>();
  const ids = [...new Set(articles.map((a) => a.id))];
  const hashes = [...new Set(articles.map((a) => a.contentHash))];
  for (const part of chunks(ids, MAX_PARAMS)) {
    const rows = await trx.selectFrom('articles').select(['id', 'content_hash']).where('id', 'in', part).execute();
    for (const r of rows) hashById.set(r.id, r.content_hash);
  }
  for (const part of chunks(hashes, MAX_PARAMS)) {
    const rows = await trx.selectFrom('articles').select(['id', 'content_hash']).where('content_hash', 'in', part).execute();
    for (const r of rows) hashById.set(r.id, r.content_hash);
  }
  return hashById;
}

async function deleteArticle(trx: Transaction<Database>, id: string): Promise<void> {
  // Children first: they reference the article.
  await trx.deleteFrom('mentions').where('article_id', '=', id).execute();
  await trx.deleteFrom('places').where('article_id', '=', id).execute();
  await trx.deleteFrom('dates').where('article_id', '=', id).execute();
  await trx.deleteFrom('events').where('article_id', '=', id).execute();
  await trx.deleteFrom('articles').where('id', '=', id).execute();
}

async function writeArticle(trx: Transaction<Database>, runId: number, article: Article, result: ArticleResult): Promise<void> {
  await trx
    .insertInto('articles')
    .values({
      id: article.id,
      content_hash: article.contentHash,
      title: article.title ?? null,
      published: article.published?.value ?? null,
      published_precision: article.published?.precision ?? null,
      outlet: article.outlet ?? null,
      url: article.url ?? null,
      text: article.text,
      original: article.original,
      run_id: runId,
    })
    .execute();
  // Each child table is written in as few statements as the parameter limit allows.
  for (const part of chunksOfRows(result.mentions.map((m) => mentionRow(article.id, m)))) {
    await trx.insertInto('mentions').values(part).execute();
  }
  for (const part of chunksOfRows(result.places.map((p) => placeRow(article.id, p)))) {
    await trx.insertInto('places').values(part).execute();
  }
  for (const part of chunksOfRows(result.dates.map((d) => dateRow(article.id, d)))) {
    await trx.insertInto('dates').values(part).execute();
  }
  for (const part of chunksOfRows(result.events.map((e) => eventRow(article.id, runId, e)))) {
    await trx.insertInto('events').values(part).execute();
  }
}

function mentionRow(articleId: string, m: Mention): Insertable<MentionsTable> {
  return {
    article_id: articleId,
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    actor_id: m.actor.id,
    actor_type: m.actor.type,
    actor_name: m.actor.name,
    role: m.actor.role ?? null,
    affiliation_id: m.affiliation?.id ?? null,
    kind: m.kind,
    text: m.text,
    rule: m.rule,
  };
}

function placeRow(articleId: string, p: PlaceRef): Insertable<PlacesTable> {
  return {
    article_id: articleId,
    text: p.text,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    country: p.country ?? null,
    geonameid: p.geonameid ?? null,
    feature_code: p.featureCode ?? null,
    spans: JSON.stringify(p.spans.map(({ start, end }) => ({ start, end }))),
    rule: p.rule,
  };
}

function dateRow(articleId: string, d: DateMention): Insertable<DatesTable> {
  const { start, end, sentence, text, rule, time, ...rest } = d;
  const { value, precision, ...timeRest } = time;
  const detail = { ...timeRest, ...rest };
  return {
    article_id: articleId,
    sentence,
    start,
    end,
    text,
    value,
    precision,
    rule,
    detail: Object.keys(detail).length ? JSON.stringify(detail) : null,
  };
}

function eventRow(articleId: string, runId: number, e: Event): Insertable<EventsTable> {
  return {
    id: e.id,
    article_id: articleId,
    source_id: e.source.id,
    source_type: e.source.type,
    source_name: e.source.name,
    source_role: e.source.role ?? null,
    target_id: e.target?.id ?? null,
    target_type: e.target?.type ?? null,
    target_name: e.target?.name ?? null,
    target_role: e.target?.role ?? null,
    cameo: e.cameo,
    root: e.root,
    plover_type: e.plover?.type ?? null,
    plover_mode: e.plover?.mode ?? null,
    plover_context: e.plover?.context ?? null,
    goldstein: e.goldstein ?? null,
    quad: e.quad ?? null,
    status: e.status,
    status_cue: e.statusCue ?? null,
    attribution_id: e.attribution?.id ?? null,
    date: e.date ?? null,
    date_precision: e.datePrecision ?? null,
    date_source: e.dateSource ?? null,
    place_name: e.place?.name ?? null,
    place_lat: e.place?.lat ?? null,
    place_lon: e.place?.lon ?? null,
    place_country: e.place?.country ?? null,
    sentence: e.evidence.sentence,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    trigger_start: e.evidence.trigger.start,
    trigger_end: e.evidence.trigger.end,
    evidence_text: e.evidence.text,
    rule: e.evidence.rule,
    more_evidence: e.moreEvidence?.length ? JSON.stringify(e.moreEvidence) : null,
    run_id: runId,
  };
}

function toStoredEvent(r: Selectable<EventsTable>): StoredEvent {
  return {
    id: r.id,
    articleId: r.article_id,
    sourceId: r.source_id,
    sourceType: r.source_type,
    sourceName: r.source_name,
    sourceRole: r.source_role,
    targetId: r.target_id,
    targetType: r.target_type,
    targetName: r.target_name,
    targetRole: r.target_role,
    cameo: r.cameo,
    root: r.root,
    ploverType: r.plover_type,
    ploverMode: r.plover_mode,
    ploverContext: r.plover_context,
    goldstein: r.goldstein,
    quad: r.quad,
    status: r.status,
    statusCue: r.status_cue,
    attributionId: r.attribution_id,
    date: r.date,
    datePrecision: r.date_precision,
    dateSource: r.date_source,
    placeName: r.place_name,
    placeLat: r.place_lat,
    placeLon: r.place_lon,
    placeCountry: r.place_country,
    sentence: r.sentence,
    evidenceStart: r.evidence_start,
    evidenceEnd: r.evidence_end,
    triggerStart: r.trigger_start,
    triggerEnd: r.trigger_end,
    evidenceText: r.evidence_text,
    rule: r.rule,
    runId: r.run_id,
  };
}

/**
 * The row with its context, written out in one object literal: spreading a stored event into a bigger
 * literal makes a slow dictionary-mode object, which tripled an export's time and garbage.
 */
function toEventInContext(
  r: Selectable<EventsTable>,
  a: { published: string | null; outlet: string | null; url: string | null; title: string | null } | undefined,
  p: { feature_code: string | null; geonameid: number | null } | undefined,
): EventInContext {
  return {
    id: r.id,
    articleId: r.article_id,
    sourceId: r.source_id,
    sourceType: r.source_type,
    sourceName: r.source_name,
    sourceRole: r.source_role,
    targetId: r.target_id,
    targetType: r.target_type,
    targetName: r.target_name,
    targetRole: r.target_role,
    cameo: r.cameo,
    root: r.root,
    ploverType: r.plover_type,
    ploverMode: r.plover_mode,
    ploverContext: r.plover_context,
    goldstein: r.goldstein,
    quad: r.quad,
    status: r.status,
    statusCue: r.status_cue,
    attributionId: r.attribution_id,
    date: r.date,
    datePrecision: r.date_precision,
    dateSource: r.date_source,
    placeName: r.place_name,
    placeLat: r.place_lat,
    placeLon: r.place_lon,
    placeCountry: r.place_country,
    sentence: r.sentence,
    evidenceStart: r.evidence_start,
    evidenceEnd: r.evidence_end,
    triggerStart: r.trigger_start,
    triggerEnd: r.trigger_end,
    evidenceText: r.evidence_text,
    rule: r.rule,
    runId: r.run_id,
    articlePublished: a?.published ?? null,
    articleOutlet: a?.outlet ?? null,
    articleUrl: a?.url ?? null,
    articleTitle: a?.title ?? null,
    placeFeatureCode: p?.feature_code ?? null,
    placeGeonameid: p?.geonameid ?? null,
  };
}

function toStoredArticle(r: Pick<Selectable<ArticlesTable>, 'id' | 'content_hash' | 'title' | 'published' | 'outlet' | 'url' | 'text' | 'run_id'>): StoredArticle {
  return {
    id: r.id,
    contentHash: r.content_hash,
    title: r.title,
    published: r.published,
    outlet: r.outlet,
    url: r.url,
    text: r.text,
    runId: r.run_id,
  };
}

/** Code-unit order, as SQLite's BINARY collation and PostgreSQL's "C" compare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Rows in groups whose bound parameters (rows × columns) stay under MAX_PARAMS. */
function chunksOfRows<T extends object>(rows: T[]): Generator<T[]> {
  const columns = rows.length ? Object.keys(rows[0]).length : 1;
  return chunks(rows, Math.floor(MAX_PARAMS / columns));
}
