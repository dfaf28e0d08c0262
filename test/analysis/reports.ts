// Hand-built reports (per-article events as the analyses carry them) for the analysis tests: a short
// spec per report, everything else filled in.
import type { EventStatus } from '../../src/core/types.ts';
import type { Report, StoryActor, StoryPlace } from '../../src/analysis/story.ts';

const TYPES: Record<string, string> = { ISIS: 'group', PKK: 'group', PJAK: 'group', YPG: 'group', NATO: 'igo' };
const NAMES: Record<string, string> = {
  TUR: 'Turkey',
  USA: 'United States',
  IRN: 'Iran',
  RUS: 'Russia',
  SYR: 'Syria',
  ISIS: 'Islamic State',
  PKK: 'Kurdistan Workers’ Party',
  PJAK: 'PJAK',
  YPG: 'People’s Protection Units',
};
/** QuadClass and Goldstein of the CAMEO codes the tests use. */
const CODES: Record<string, [quad: number, goldstein: number]> = {
  '030': [1, 4],
  '036': [1, 4],
  '040': [1, 1],
  '042': [1, 1.9],
  '050': [1, 3.5],
  '057': [1, 8],
  '062': [2, 7.4],
  '111': [3, -2],
  '130': [3, -4.4],
  '160': [3, -4],
  '190': [4, -10],
  '195': [4, -10],
  '1831': [4, -10],
  '010': [1, 0],
};

/** "TUR", "TUR/GOV" or "ISIS" as an actor. */
export function actor(spec: string): StoryActor {
  const [id, role] = spec.split('/');
  return { id, name: NAMES[id] ?? id, type: TYPES[id] ?? 'state', role: role ?? null };
}

export const PLACES = {
  suruc: { name: 'Suruç', lat: 36.97612, lon: 38.42533, country: 'TUR', featureCode: 'PPLA2', geonameid: 300640 },
  kobani: { name: 'Kobanî', lat: 36.8913, lon: 38.3543, country: 'SYR', featureCode: 'PPL', geonameid: 170017 },
  istanbul: { name: 'Istanbul', lat: 41.01384, lon: 28.94966, country: 'TUR', featureCode: 'PPLA', geonameid: 745044 },
  turkey: { name: 'Türkiye', lat: 39, lon: 35, country: 'TUR', featureCode: 'PCLI', geonameid: 298795 },
  syria: { name: 'Syria', lat: 35, lon: 38, country: 'SYR', featureCode: 'PCLI', geonameid: 163843 },
} satisfies Record<string, StoryPlace>;

export interface ReportSpec {
  source?: string;
  /** null for a report that names no target. */
  target?: string | null;
  cameo?: string;
  status?: EventStatus;
  date?: string | null;
  precision?: string;
  place?: StoryPlace | null;
  publisher?: string;
  text?: string;
  sentence?: number;
}

/** A report with id `${article}#${n}`: TUR → USA 190, occurred, 2015-07-20 unless the spec says otherwise. */
export function report(id: string, spec: ReportSpec = {}): Report {
  const articleId = id.split('#')[0];
  const cameo = spec.cameo ?? '190';
  const [quad, goldstein] = CODES[cameo] ?? [null, null];
  const date = spec.date === undefined ? '2015-07-20' : spec.date;
  return {
    id,
    articleId,
    source: actor(spec.source ?? 'TUR'),
    target: spec.target === null ? null : actor(spec.target ?? 'USA'),
    cameo,
    root: cameo.slice(0, 2),
    ploverType: null,
    quad,
    goldstein,
    status: spec.status ?? 'occurred',
    statusCue: null,
    date,
    datePrecision: date === null ? null : (spec.precision ?? (date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year')),
    dateSource: 'text',
    place: spec.place ?? null,
    publisher: spec.publisher ?? `article:${articleId}`,
    published: '2015-07-21',
    url: null,
    runId: 1,
    evidence: { sentence: spec.sentence ?? 2, start: 0, end: 10, trigger: { start: 0, end: 5 }, text: spec.text ?? `trigger of ${id}`, rule: 'test' },
  };
}
