// The store interface: one async API, two implementations (SQLite by default, PostgreSQL for teams),
// both over one Kysely schema. The conformance suite in test/store/ runs against both.
import type { Article, ArticleResult, EventStatus } from '../core/types.ts';

/** A run: which code and data versions produced the stored rows. */
export interface RunInfo {
  codeVersion: string;
  dataVersion: string;
  startedAt: string;
}

export interface EventQuery {
  /** Events where this actor id is source or target. */
  actor?: string;
  /** Both actor ids, either direction. */
  dyad?: [string, string];
  /** Inclusive lower bound on the event date, as a prefix (2015, 2015-01, 2015-01-20). */
  since?: string;
  /** Inclusive upper bound on the event date, as a prefix. */
  until?: string;
  root?: string;
  status?: EventStatus;
  articleId?: string;
  limit?: number;
  offset?: number;
}

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
  countArticles(): Promise<number>;
  queryEvents(q: EventQuery): Promise<StoredEvent[]>;
  countEvents(q?: EventQuery): Promise<number>;
  close(): Promise<void>;
}
