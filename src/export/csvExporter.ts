// CSV (RFC 4180) of events: a header line, then one line per event with every stored field and the
// article and place context.
import type { EventInContext } from '../store/store.ts';
import { csvLine } from './csvText.ts';
import type { RowFormat } from './rowFormat.ts';

export const EVENT_CSV_COLUMNS: ReadonlyArray<keyof EventInContext> = [
  'id', 'articleId', 'date', 'datePrecision', 'dateSource',
  'sourceId', 'sourceType', 'sourceName', 'sourceRole', 'targetId', 'targetType', 'targetName', 'targetRole',
  'cameo', 'root', 'ploverType', 'ploverMode', 'ploverContext', 'goldstein', 'quad', 'status', 'statusCue', 'attributionId',
  'placeName', 'placeLat', 'placeLon', 'placeCountry', 'placeFeatureCode', 'placeGeonameid',
  'sentence', 'evidenceStart', 'evidenceEnd', 'triggerStart', 'triggerEnd', 'evidenceText', 'rule', 'runId',
  'articlePublished', 'articleOutlet', 'articleUrl', 'articleTitle',
];

export function csvFormat(): RowFormat<EventInContext> {
  return {
    head: csvLine([...EVENT_CSV_COLUMNS]),
    rows: (batch) => batch.map((e) => csvLine(EVENT_CSV_COLUMNS.map((c) => e[c]))),
  };
}
