// PLOVER JSON, one record per line, in the field names of PLOVER's records (and POLECAT's): id, date,
// source and target (lists of {actorText, code, sector}), event, mode, context, eventText (the trigger
// words), text (the sentence), eventLoc, language, publication. What PLOVER has no field for (CAMEO
// code, Goldstein, QuadClass, status, provenance) is under `entente`. Events with no PLOVER type (CAMEO
// 01 and 02) are left out. The sentences come from the stored article texts, looked up per batch.
import { publisherOf } from '../analysis/story.ts';
import type { EventInContext, Store } from '../store/store.ts';
import type { RowFormat } from './rowFormat.ts';

export interface PloverActor {
  actorText: string;
  code: string;
  sector: string;
}

export interface PloverRecord {
  id: string;
  date: string | null;
  source: PloverActor[];
  target: PloverActor[];
  event: string;
  mode: string | null;
  context: string | null;
  eventText: string;
  text: string | null;
  eventLoc: { name: string; lat: number | null; lon: number | null; country: string | null; geonameid: number | null } | null;
  language: 'en';
  publication: string | null;
  entente: {
    articleId: string;
    url: string | null;
    published: string | null;
    cameo: string;
    goldstein: number | null;
    quadClass: number | null;
    status: string;
    statusCue: string | null;
    datePrecision: string | null;
    rule: string;
  };
}

export function ploverFormat(store: Store): RowFormat<EventInContext> {
  return {
    async rows(batch) {
      const texts = new Map((await store.getArticles([...new Set(batch.map((e) => e.articleId))])).map((a) => [a.id, a.text]));
      return batch.map((e) => {
        const record = ploverRecord(e, texts.get(e.articleId));
        return record ? `${JSON.stringify(record)}\n` : null;
      });
    },
  };
}

export function ploverRecord(e: EventInContext, text: string | undefined): PloverRecord | null {
  if (!e.ploverType) return null;
  const publisher = publisherOf(e.articleOutlet, e.articleUrl, e.articleId);
  return {
    id: e.id,
    date: e.date,
    source: [actor(e.sourceId, e.sourceName, e.sourceRole)],
    target: e.targetId === null ? [] : [actor(e.targetId, e.targetName ?? e.targetId, e.targetRole)],
    event: e.ploverType,
    mode: e.ploverMode || null,
    context: e.ploverContext || null,
    eventText: text === undefined ? e.evidenceText : text.slice(e.triggerStart, e.triggerEnd),
    text: text === undefined ? null : text.slice(e.evidenceStart, e.evidenceEnd),
    eventLoc:
      e.placeName === null ? null : { name: e.placeName, lat: e.placeLat, lon: e.placeLon, country: e.placeCountry, geonameid: e.placeGeonameid },
    language: 'en',
    publication: publisher.startsWith('article:') ? null : (e.articleOutlet ?? publisher),
    entente: {
      articleId: e.articleId,
      url: e.articleUrl,
      published: e.articlePublished,
      cameo: e.cameo,
      goldstein: e.goldstein,
      quadClass: e.quad,
      status: e.status,
      statusCue: e.statusCue,
      datePrecision: e.datePrecision,
      rule: e.rule,
    },
  };
}

function actor(code: string, name: string, role: string | null): PloverActor {
  return { actorText: name, code, sector: role ?? '' };
}
