// A story is one real-world event as several articles report it: the per-article events (reports)
// that the corroboration merger (reportMerger.ts) found to be the same, with what they agree on.
import type { EventStatus } from '../core/types.ts';
import { storedEvidence, type EventInContext } from '../store/store.ts';

export interface StoryActor {
  id: string;
  name: string;
  type: string;
  role: string | null;
}

export interface StoryPlace {
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  /** GeoNames feature code (PCLI for a country, PPL… for a town), when the article's places have it. */
  featureCode: string | null;
  geonameid: number | null;
}

/** One article's event, as the analyses carry it. */
export interface Report {
  id: string;
  articleId: string;
  source: StoryActor;
  target: StoryActor | null;
  cameo: string;
  root: string;
  ploverType: string | null;
  quad: number | null;
  goldstein: number | null;
  status: EventStatus;
  statusCue: string | null;
  date: string | null;
  datePrecision: string | null;
  dateSource: string | null;
  place: StoryPlace | null;
  /** Who published the article: its outlet, else its URL's host, else the article itself. One per independent source. */
  publisher: string;
  published: string | null;
  url: string | null;
  /** The run that stored it. */
  runId: number;
  evidence: { sentence: number; start: number; end: number; trigger: { start: number; end: number }; text: string; rule: string };
}

export interface Story {
  /** `story:` and the smallest id among its reports. */
  id: string;
  /** The parties (partyOf): a state, or a non-state part of it such as TUR/OPP. */
  source: StoryActor;
  target: StoryActor | null;
  root: string;
  /** The code most reports give (the most specific on a tie); all codes given are in `cameos`. */
  cameo: string;
  ploverType: string | null;
  quad: number | null;
  goldstein: number | null;
  status: EventStatus;
  /** The most precise date the reports give. */
  date: string | null;
  datePrecision: string | null;
  /** The most precise place the reports give. */
  place: StoryPlace | null;
  reports: Report[];
  /** Reporting articles (a story takes one event per article). */
  articles: number;
  /** Independent sources: distinct publishers. */
  sources: number;
  publishers: string[];
  /** Each CAMEO code the reports give, with how many give it: differing reports side by side. */
  cameos: Record<string, number>;
  /** Stories of the same dyad, root, dates and places whose status differs (a strike reported as made and as denied). */
  conflicts: string[];
}

/** What counts as one independent source: the outlet, else the URL's host, else the article itself. */
export function publisherOf(outlet: string | null, url: string | null, articleId: string): string {
  const name = outlet?.trim().toLowerCase();
  if (name) return name;
  if (url) {
    try {
      const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
      if (host) return host;
    } catch {
      // not a URL: fall through to the article
    }
  }
  return `article:${articleId}`;
}

export function toReport(e: EventInContext): Report {
  return {
    id: e.id,
    articleId: e.articleId,
    source: { id: e.sourceId, name: e.sourceName, type: e.sourceType, role: e.sourceRole },
    target: e.targetId === null ? null : { id: e.targetId, name: e.targetName ?? e.targetId, type: e.targetType ?? 'state', role: e.targetRole },
    cameo: e.cameo,
    root: e.root,
    ploverType: e.ploverType,
    quad: e.quad,
    goldstein: e.goldstein,
    status: e.status,
    statusCue: e.statusCue,
    date: e.date,
    datePrecision: e.datePrecision,
    dateSource: e.dateSource,
    place:
      e.placeName === null || e.placeLat === null || e.placeLon === null
        ? null
        : { name: e.placeName, lat: e.placeLat, lon: e.placeLon, country: e.placeCountry, featureCode: e.placeFeatureCode, geonameid: e.placeGeonameid },
    publisher: publisherOf(e.articleOutlet, e.articleUrl, e.articleId),
    published: e.articlePublished,
    url: e.articleUrl,
    runId: e.runId,
    evidence: storedEvidence(e),
  };
}

/**
 * Roles that make a state's actor a party of its own in the analyses: the Turkish opposition, media or
 * rebels are not Turkey. Sheltering an opposition figure is not cooperation with the state. The
 * state's own organs (GOV, MIL, COP, SPY, JUD, LEG) stay the state.
 */
const NON_STATE_ROLES: Record<string, string> = {
  OPP: 'opposition',
  REB: 'rebels',
  INS: 'insurgents',
  MED: 'media',
  BUS: 'business',
  CVL: 'civilians',
  UAF: 'armed groups',
};

/** The party an actor acts as: the state itself, or a non-state part of it (id TUR/OPP). */
export function partyOf(a: StoryActor): StoryActor {
  const part = a.type === 'state' && a.role ? NON_STATE_ROLES[a.role] : undefined;
  return part ? { id: `${a.id}/${a.role}`, name: `${a.name} (${part})`, type: a.type, role: a.role } : a;
}

/** The actor id the store knows a party by: TUR for TUR/OPP. */
export function storeActorId(partyId: string): string {
  const slash = partyId.indexOf('/');
  return slash < 0 ? partyId : partyId.slice(0, slash);
}

/** The undirected dyad key of two actor ids: "IRN|TUR". */
export function dyadKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** QuadClass sides: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
export function sideOf(quad: number | null): 'cooperation' | 'conflict' | null {
  if (quad === 1 || quad === 2) return 'cooperation';
  if (quad === 3 || quad === 4) return 'conflict';
  return null;
}
