// A GDELT 2.0-style event table: tab-separated, the 61 GDELT columns in GDELT's order, one row per story
// (or per event, as a story of one report). Where Entente differs from GDELT, it says so:
//   - GLOBALEVENTID is a stable number derived from the story (or event) id: the first 52 bits of its SHA-1.
//   - SQLDATE is the first day of the event's date; a month- or year-precise date gives its first day
//     (FractionDate likewise). Undated events leave the date columns empty.
//   - Actor codes are CAMEO-style: a state's ISO-3 code and its role (TURGOV); groups and organisations
//     by Entente's ids (ISIS, PKK, NATO), which also fill KnownGroupCode.
//   - Geography: ActionGeo only (actors' own places are not coded); CountryCode is ISO-3, not FIPS 10-4;
//     FeatureID is the GeoNames id; Type 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
//   - NumMentions counts reports, NumSources independent sources, NumArticles articles; AvgTone is empty.
//   - DATEADDED is when the latest of its reports was stored (the run's start), YYYYMMDDHHMMSS.
//   - SOURCEURL is the first report's URL, or `article:<id>` when the article has none.
import { createHash } from 'node:crypto';
import { dateInterval, dayDate, dayNumber } from '../analysis/dateInterval.ts';
import { storeActorId, type Story, type StoryActor, type StoryPlace } from '../analysis/story.ts';
import type { StoredRun } from '../store/store.ts';
import { GDELT_COLUMNS } from './gdeltColumns.ts';
import type { RowFormat } from './rowFormat.ts';

export function gdeltFormat(runs: readonly StoredRun[], opts: { header?: boolean } = {}): RowFormat<Story> {
  const added = new Map(runs.map((r) => [r.id, compactTimestamp(r.startedAt)]));
  return {
    head: opts.header === false ? undefined : `${GDELT_COLUMNS.join('\t')}\n`,
    rows: (batch) => batch.map((s) => `${gdeltRow(s, added).map(cell).join('\t')}\n`),
  };
}

/** The 61 values of a story's row. */
export function gdeltRow(s: Story, added: ReadonlyMap<number, string>): Array<string | number> {
  const interval = dateInterval(s.date, s.datePrecision);
  let date: Array<string | number> = ['', '', '', ''];
  if (interval) {
    const d = dayDate(interval.first);
    const mm = String(d.month).padStart(2, '0');
    const dd = String(d.day).padStart(2, '0');
    const dayOfYear = interval.first - dayNumber(d.year, 1, 1) + 1;
    date = [`${d.year}${mm}${dd}`, `${d.year}${mm}`, d.year, (d.year + dayOfYear / 365).toFixed(4)];
  }
  const latestRun = Math.max(...s.reports.map((r) => r.runId));
  const withUrl = s.reports.find((r) => r.url);
  const row: Array<string | number> = [
    globalEventId(s.id),
    ...date,
    ...actorColumns(s.source),
    ...actorColumns(s.target),
    s.reports.some((r) => r.evidence.sentence <= 1) ? 1 : 0,
    s.cameo,
    s.cameo.slice(0, 3),
    s.root,
    s.quad ?? '',
    s.goldstein ?? '',
    s.reports.length,
    s.sources,
    s.articles,
    '',
    ...Array(8).fill(''),
    ...Array(8).fill(''),
    ...actionGeo(s.place),
    added.get(latestRun) ?? '',
    withUrl?.url ?? `article:${s.reports[0].articleId}`,
  ];
  if (row.length !== GDELT_COLUMNS.length) throw new Error(`gdeltRow: ${row.length} values for ${GDELT_COLUMNS.length} columns`);
  return row;
}

export function globalEventId(id: string): number {
  return parseInt(createHash('sha1').update(id).digest('hex').slice(0, 13), 16);
}

function actorColumns(a: StoryActor | null): string[] {
  if (!a) return Array(10).fill('');
  // A story's actor may be a part of a state (TUR/OPP): its code is the state's and the role (TUROPP).
  const id = storeActorId(a.id);
  const state = a.type === 'state';
  const code = state ? `${id}${a.role ?? ''}` : id;
  const group = a.type === 'group' || a.type === 'igo' ? id : '';
  return [code, a.name.toUpperCase(), state ? id : '', group, '', '', '', a.role ?? '', '', ''];
}

function actionGeo(p: StoryPlace | null): Array<string | number> {
  if (!p) return Array(8).fill('');
  const us = p.country === 'USA';
  const code = p.featureCode ?? '';
  const type = code.startsWith('PCL') ? 1 : code === 'ADM1' ? (us ? 2 : 5) : us ? 3 : 4;
  return [type, p.name, p.country ?? '', '', '', p.lat, p.lon, p.geonameid ?? ''];
}

/** 2015-07-20T09:00:00Z → 20150720090000. */
function compactTimestamp(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return '';
  return t.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function cell(v: string | number): string {
  return String(v).replace(/[\t\r\n]+/g, ' ');
}
