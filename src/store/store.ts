// The store interface: one async API, two implementations (SQLite by default, PostgreSQL for teams),
// both over one Kysely schema. The conformance suite in test/store/ runs against both.
import type { Article, ArticleResult, DatePrecision, EventStatus, Evidence, Span } from '../core/types.ts';

/** A run: which code and data versions produced the stored rows. */
export interface RunInfo {
  codeVersion: string;
  dataVersion: string;
  startedAt: string;
}

export interface EventQuery {
  /** Events where this actor id is source or target. */
  actor?: string;
  /** Events whose source is this actor id. */
  source?: string;
  /** Both actor ids, either direction. */
  dyad?: [string, string];
  /** Inclusive lower bound on the event date, as a prefix (2015, 2015-01, 2015-01-20). */
  since?: string;
  /** Inclusive upper bound on the event date, as a prefix. */
  until?: string;
  root?: string;
  status?: EventStatus;
  articleId?: string;
  /** PLOVER event type, such as ASSAULT. */
  ploverType?: string;
  /** ISO-3 country of the event's place. */
  country?: string;
  /** The event's place name, exactly. */
  place?: string;
  /** Only these event ids. */
  ids?: string[];
  /** Row order of queryEvents: by date (default, undated last) or Goldstein score; '-' for descending. */
  sort?: EventSort;
  limit?: number;
  offset?: number;
}

export type EventSort = 'date' | '-date' | 'goldstein' | '-goldstein';

/** One stored event row, flat, as queries return it. */
export interface StoredEvent {
  id: string;
  articleId: string;
  sourceId: string;
  sourceType: string;
  sourceName: string;
  sourceRole: string | null;
  targetId: string | null;
  targetType: string | null;
  targetName: string | null;
  targetRole: string | null;
  cameo: string;
  root: string;
  ploverType: string | null;
  ploverMode: string | null;
  ploverContext: string | null;
  goldstein: number | null;
  quad: number | null;
  status: EventStatus;
  statusCue: string | null;
  attributionId: string | null;
  date: string | null;
  datePrecision: string | null;
  dateSource: string | null;
  placeName: string | null;
  placeLat: number | null;
  placeLon: number | null;
  placeCountry: string | null;
  sentence: number;
  evidenceStart: number;
  evidenceEnd: number;
  triggerStart: number;
  triggerEnd: number;
  evidenceText: string;
  rule: string;
  runId: number;
}

/**
 * A stored event with what exports and analyses need from its article and its place: the article's
 * publication metadata, and the GeoNames feature code and id of the place (from the article's places).
 */
/** A stored event's main evidence, as the pipeline wrote it: sentence, span, trigger span, text and rule. */
export function storedEvidence(e: StoredEvent): Evidence {
  return {
    sentence: e.sentence,
    start: e.evidenceStart,
    end: e.evidenceEnd,
    trigger: { start: e.triggerStart, end: e.triggerEnd },
    text: e.evidenceText,
    rule: e.rule,
  };
}

export interface EventInContext extends StoredEvent {
  articlePublished: string | null;
  articleOutlet: string | null;
  articleUrl: string | null;
  articleTitle: string | null;
  placeFeatureCode: string | null;
  placeGeonameid: number | null;
}

export interface StreamOptions {
  /**
   * 'id' (default): event id order, which keeps each article's events together.
   * 'source': first the undated events (by id), then the dated ones by source actor id, CAMEO root, date
   * (as text: a year before its months, a month before its days) and id — so each (source, root, year)
   * comes whole, which is what the corroboration merger works on.
   */
  order?: 'id' | 'source';
  /** Rows read per query (default 1000): what the stream holds in memory at once. */
  pageSize?: number;
}

/** One actor mention as stored. */
export interface StoredMention {
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  actorId: string;
  actorType: string;
  actorName: string;
  role: string | null;
  affiliationId: string | null;
  kind: string;
  text: string;
  rule: string;
}

export interface StoredRun extends RunInfo {
  id: number;
}

export interface StoredArticle {
  id: string;
  contentHash: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  text: string;
  runId: number;
}

export interface PutResult {
  /** Articles written in this call. */
  inserted: number;
  /** Articles whose content hash was already stored (left as they were). */
  skipped: number;
}

/** Article list filters: a case-insensitive substring of the title, id or outlet. */
export interface ArticleQuery {
  search?: string;
  limit?: number;
  offset?: number;
}

/** An article without its text, with how many events were coded from it. */
export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  events: number;
}

/** One resolved place of an article, as stored: every span where it is named. */
export interface StoredPlace {
  articleId: string;
  text: string;
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  geonameid: number | null;
  featureCode: string | null;
  spans: Span[];
  rule: string;
}

/** One time expression of an article, as stored; `detail` keeps the rest of the mention (anchor, scope, end…). */
export interface StoredDate {
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  value: string;
  precision: DatePrecision;
  rule: string;
  detail: Record<string, unknown>;
}

/** A stored event with every evidence span, not only its main one. */
export interface StoredEventDetail extends StoredEvent {
  moreEvidence: Evidence[];
}

export interface ActorQuery {
  /** Case-insensitive substring of the id or name. */
  search?: string;
  limit?: number;
}

/** An actor that events name, with how many events it is the source or target of. */
export interface ActorSummary {
  id: string;
  name: string;
  type: string;
  events: number;
  asSource: number;
  asTarget: number;
}

/** A place where events happened, with counts of the events (and of those in conflict quads 3–4). */
export interface PlaceSummary {
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  events: number;
  conflict: number;
  articles: number;
}

/** Events of one (source, target, month, QuadClass), with their Goldstein sum. */
export interface EventCount {
  sourceId: string;
  targetId: string | null;
  /** The date cut to the month (2015-07), a year (2015) for year-only dates, null for undated events. */
  period: string | null;
  quad: number | null;
  events: number;
  goldsteinSum: number;
  /** How many of the events have a Goldstein score. */
  goldsteinEvents: number;
}

export interface Store {
  /** Create tables if missing. Idempotent. */
  migrate(): Promise<void>;
  /** Record a run and return its id. */
  startRun(info: RunInfo): Promise<number>;
  /** Content hashes already stored, out of those given. */
  knownHashes(hashes: string[]): Promise<Set<string>>;
  /**
   * Store a batch of coded articles in ONE transaction: the article, its mentions, places and events.
   * An article whose content hash is already stored is skipped, so re-running an ingest is idempotent.
   * If anything in the batch fails, nothing of the batch is written.
   */
  putArticles(runId: number, batch: Array<{ article: Article; result: ArticleResult }>): Promise<PutResult>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** How many articles are stored (matching `q`, limit and offset ignored). */
  countArticles(q?: ArticleQuery): Promise<number>;
  /** Articles without their text, newest first, each with its event count. */
  listArticles(q?: ArticleQuery): Promise<ArticleSummary[]>;
  queryEvents(q: EventQuery): Promise<StoredEvent[]>;
  countEvents(q?: EventQuery): Promise<number>;
  /**
   * The events matching `q`, streamed in constant memory: read a page at a time (keyset pagination),
   * so no statement stays open between pages and the consumer may query the store while iterating.
   * `limit` and `offset` apply as in queryEvents, but in the stream's order (see StreamOptions).
   */
  streamEvents(q?: EventQuery, opts?: StreamOptions): AsyncIterable<EventInContext>;
  /** The stored articles among `ids` (text included), in the order asked; unknown ids are left out. */
  getArticles(ids: string[]): Promise<StoredArticle[]>;
  /** The actor mentions of these articles, by article then position. */
  queryMentions(q: { articleIds: string[] }): Promise<StoredMention[]>;
  /** Every recorded run, oldest first. */
  listRuns(): Promise<StoredRun[]>;
  /** The resolved places of these articles, by article then first span. */
  queryPlaces(q: { articleIds: string[] }): Promise<StoredPlace[]>;
  /** The time expressions of these articles, by article then position. */
  queryDates(q: { articleIds: string[] }): Promise<StoredDate[]>;
  /** The stored events among `ids` with all their evidence spans, in the order asked; unknown ids are left out. */
  getEvents(ids: string[]): Promise<StoredEventDetail[]>;
  /** Actors named as source or target of events, most frequent first. */
  listActors(q?: ActorQuery): Promise<ActorSummary[]>;
  /** Places of the events matching `q` (limit, offset and sort ignored), most events first. */
  eventPlaces(q?: EventQuery): Promise<PlaceSummary[]>;
  /** Events matching `q` (limit, offset and sort ignored) counted per source, target, month and QuadClass. */
  eventCounts(q?: EventQuery): Promise<EventCount[]>;
  close(): Promise<void>;
}
