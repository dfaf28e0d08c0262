// Response shapes of the HTTP API. Type-only, so the web UI imports them too (web/src/api.ts) and the
// two sides of the wire share one definition.
import type { Span } from '../core/types.ts';
import type {
  ActorSummary,
  ArticleSummary,
  PlaceSummary,
  StoredArticle,
  StoredDate,
  StoredEvent,
  StoredEventDetail,
  StoredMention,
  StoredPlace,
} from '../store/store.ts';

export type { ActorSummary, ArticleSummary, PlaceSummary, StoredArticle, StoredDate, StoredEvent, StoredEventDetail, StoredMention, StoredPlace };
export type { ErrorBody } from './errors.ts';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Meta {
  version: string;
  articles: number;
  events: number;
  /** Writes (ingest) need a bearer token. */
  writeProtected: boolean;
  statuses: string[];
  cameo: { names: Record<string, string>; roots: Array<{ code: string; name: string }> };
  ploverTypes: string[];
  /** First and last event dates stored (null when there are none). */
  dateRange: { first: string | null; last: string | null };
}

/** An article with everything coded in it: spans point into `article.text`. */
export interface ArticleDetail {
  article: Omit<StoredArticle, 'contentHash'>;
  mentions: StoredMention[];
  places: StoredPlace[];
  dates: StoredDate[];
  events: StoredEventDetail[];
}

/** One evidence span of an event, with its sentence's text. */
export interface EvidenceView {
  main: boolean;
  sentence: number;
  /** The sentence span in the article. */
  start: number;
  end: number;
  /** The trigger, relative to the article (not to the sentence). */
  trigger: Span;
  /** The sentence's text. */
  text: string;
  rule: string;
}

export interface EventEvidence {
  event: StoredEvent;
  article: { id: string; title: string | null; published: string | null; outlet: string | null; url: string | null };
  evidence: EvidenceView[];
}

/** Events reported by one or more articles, merged: same source, target, CAMEO root and date. */
export interface Story {
  key: string;
  /** The story's first report, with the story's codes (the code most reports give, the most precise date). */
  event: StoredEvent;
  eventIds: string[];
  articleIds: string[];
  statuses: string[];
  /** Independent sources (distinct publishers) and who they are. */
  sources: number;
  publishers: string[];
  /** Every CAMEO code the reports give, with how many give it. */
  cameos: Record<string, number>;
}

export interface TimelinePoint {
  period: string;
  events: number;
  cooperation: number;
  conflict: number;
  /** Mean Goldstein score of the period's scored stories (null when none). */
  goldstein: number | null;
  /** Cooperation–conflict index, −1 (only conflict) to +1 (only cooperation). */
  index: number | null;
  /** Stories a → b and b → a. */
  forward: number;
  backward: number;
  /** Stories of statuses not counted (planned, speculated, denied). */
  uncounted: number;
}

export interface Timeline {
  dyad: [string, string];
  names: [string, string];
  interval: 'month' | 'year';
  /** Statuses counted. */
  statuses: string[];
  points: TimelinePoint[];
  /** Events dated less precisely than the interval (a year only, for months) or not at all: not plotted. */
  unplaced: number;
}

export interface NetworkNode {
  id: string;
  name: string;
  type: string;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  events: number;
  cooperation: number;
  conflict: number;
  /** Cooperative minus conflictual stories: its sign is the edge's (alignment > 0, hostility < 0). */
  weight: number;
  sign: 1 | -1 | 0;
  /** Common adversaries: third parties both act against. */
  against: string[];
  label: string;
}

export interface Network {
  since: string | null;
  until: string | null;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Structural balance of the network's triangles, as the analysis reports it. */
  balance: unknown;
}

export interface PeriodCount {
  period: string;
  events: number;
}

export interface ShiftSide {
  period: string;
  /** Cooperation–conflict index, −1 to +1. */
  index: number;
  cooperation: number;
  conflict: number;
}

export interface Shift {
  a: string;
  b: string;
  names: [string, string];
  /** to.index − from.index: negative when relations worsened. */
  change: number;
  from: ShiftSide;
  to: ShiftSide;
  /** Stories of the later period that explain the change. */
  explain: Array<{ id: string; date: string | null; source: string; target: string; cameo: string; reports: string[] }>;
}

export interface IngestJob {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  /** What it is doing now, for a progress line. */
  stage: string;
  total: number | null;
  read: number;
  stored: number;
  skipped: number;
  failed: number;
  events: number;
  errors: Array<{ file: string; line?: number; message: string }>;
  articleIds: string[];
  startedAt: string;
  finishedAt: string | null;
}
