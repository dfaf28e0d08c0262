// Corroboration: per-article events (reports) that describe the same real-world event become one story.
// Reports merge when they have
//   - the same source and the same target party (partyOf: the state whatever its organ — Turkey, its
//     government, its army — but its opposition or media apart); a report that names no target may join
//     a story whose target it does not contradict, when only one such story fits;
//   - the same CAMEO root (the codes within it may differ: they are kept side by side in `cameos`);
//   - the same status: "struck" and "did not strike" are not one report of one event. Stories of
//     different articles that would merge but for their status (same target too) are linked both ways
//     in `conflicts`, kept side by side;
//   - compatible dates, for every pair of reports in the story (so a year-dated report cannot chain
//     January to December): two days at most `dayTolerance` apart, otherwise periods that overlap
//     ("in July" holds 20 July, not 1 August); undated reports stay alone;
//   - compatible places (placeCompatibility.ts) for every pair of reports;
//   - different articles: the per-article merger already decided which events of one article are one;
//   - the same calendar year (the year a date starts with): so the store can be read, and merged, one
//     (source, root, year) at a time. Reports of 31 December and 1 January stay apart.
// The per-article events stay as they are; stories are computed from them, never stored over them.
import { dateInterval, dayDate, intersect, PRECISION_RANK, type DayInterval } from './dateInterval.ts';
import { isArea, placesCompatible } from './placeCompatibility.ts';
import { partyOf, type Report, type Story, type StoryPlace } from './story.ts';
import type { DatePrecision } from '../core/types.ts';

export interface MergeOptions {
  /** Days a day-precise date may be off by and still match (time zones, "yesterday"): default 1. */
  dayTolerance?: number;
  /** Farthest two towns of one event may be, in km: default 100. */
  maxKm?: number;
}

interface ReportDate {
  interval: DayInterval;
  day: boolean;
}

interface Draft {
  seq: number;
  sourceId: string;
  reports: Report[];
  articles: Set<string>;
  targetId: string | null;
  status: Report['status'];
  /** The distinct dates of its reports. */
  dates: ReportDate[];
  places: StoryPlace[];
  conflicts: Set<Draft>;
}

/** The group a report is merged in: its source, root and year (undated reports merge with nothing). */
export function groupKey(sourceId: string, root: string, date: string | null): string {
  return `${sourceId}\u0000${root}\u0000${date?.slice(0, 4) ?? ''}`;
}

/** Merge reports into stories. Reports are grouped by (source, root, year); each group is merged on its own. */
export function mergeReports(reports: readonly Report[], opts: MergeOptions = {}): Story[] {
  const groups = new Map<string, Report[]>();
  for (const r of reports) {
    const key = groupKey(r.source.id, r.root, r.date);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.keys()].sort(compareText).flatMap((k) => mergeGroup(groups.get(k)!, opts));
}

/** Merge one (source, root, year) group. Deterministic: the result does not depend on the order of `group`. */
export function mergeGroup(group: readonly Report[], opts: MergeOptions = {}): Story[] {
  const tolerance = opts.dayTolerance ?? 1;
  const maxKm = opts.maxKm ?? 100;
  const drafts: Draft[] = [];
  // Drafts by the months around their first date, so a report is compared with the drafts of its months
  // only: a report that fits a draft fits its first date, so they share a month (tolerance included).
  const byMonth = new Map<number, Draft[]>();
  const near = (date: ReportDate): Draft[] => [...new Set(monthsOf(date, tolerance).flatMap((m) => byMonth.get(m) ?? []))];
  const datesFit = (a: readonly ReportDate[], b: readonly ReportDate[]) => a.every((x) => b.every((y) => datesCompatible(x, y, tolerance)));

  for (const r of [...group].sort(mergeOrder)) {
    const date = reportDate(r);
    const source = partyOf(r.source).id;
    const target = r.target ? partyOf(r.target).id : null;
    let chosen: Draft | undefined;
    if (date) {
      const fits = near(date).filter(
        (d) =>
          d.status === r.status &&
          d.sourceId === source &&
          !d.articles.has(r.articleId) &&
          (d.targetId === null || target === null || d.targetId === target) &&
          datesFit(d.dates, [date]) &&
          d.places.every((p) => placesCompatible(p, r.place, maxKm)),
      );
      // A report without a target that fits stories with different targets cannot say which it is.
      const ambiguous = target === null && new Set(fits.map((d) => d.targetId)).size > 1;
      if (fits.length && !ambiguous) chosen = fits.sort((a, b) => b.reports.length - a.reports.length || a.seq - b.seq)[0];
    }
    if (chosen) {
      chosen.reports.push(r);
      chosen.articles.add(r.articleId);
      chosen.targetId ??= target;
      if (!chosen.dates.some((x) => x.interval.first === date!.interval.first && x.interval.last === date!.interval.last)) chosen.dates.push(date!);
      if (r.place && !chosen.places.some((p) => samePlace(p, r.place!))) chosen.places.push(r.place);
    } else {
      const d: Draft = {
        seq: drafts.length,
        sourceId: source,
        reports: [r],
        articles: new Set([r.articleId]),
        targetId: target,
        status: r.status,
        dates: date ? [date] : [],
        places: r.place ? [r.place] : [],
        conflicts: new Set(),
      };
      drafts.push(d);
      if (date) {
        for (const m of monthsOf(date, tolerance)) {
          const list = byMonth.get(m);
          if (list) list.push(d);
          else byMonth.set(m, [d]);
        }
      }
    }
  }

  // Stories that would be one but for their status: reports that disagree, kept side by side.
  for (const d of drafts) {
    if (!d.dates.length) continue;
    for (const o of near(d.dates[0])) {
      if (o === d || o.status === d.status || o.sourceId !== d.sourceId || !datesFit(d.dates, o.dates)) continue;
      // The same target (or none on both sides), and reported by more than one article: within one
      // article, "struck" and "may strike again" are two events, not two versions of one.
      if (d.targetId !== o.targetId || new Set([...d.articles, ...o.articles]).size < 2) continue;
      if (!d.places.every((p) => o.places.every((q) => placesCompatible(p, q, maxKm)))) continue;
      d.conflicts.add(o);
      o.conflicts.add(d);
    }
  }

  const stories = new Map<Draft, Story>(drafts.map((d) => [d, toStory(d)]));
  for (const [d, s] of stories) s.conflicts = [...d.conflicts].map((o) => stories.get(o)!.id).sort(compareText);
  return [...stories.values()].sort((a, b) => compareText(a.date ?? '\uffff', b.date ?? '\uffff') || compareText(a.id, b.id));
}

/** A report as a story of its own (what an event-level export writes). */
export function singleStory(r: Report): Story {
  return mergeGroup([r])[0];
}

/** Reports with a target first (so targetless ones join complete stories), finer dates first, then by id. */
function mergeOrder(a: Report, b: Report): number {
  return (
    Number(a.target === null) - Number(b.target === null) ||
    precisionRank(a) - precisionRank(b) ||
    compareText(a.date ?? '\uffff', b.date ?? '\uffff') ||
    compareText(a.id, b.id)
  );
}

function precisionRank(r: Pick<Report, 'date' | 'datePrecision'>): number {
  if (!r.date) return 9;
  const p = r.datePrecision as DatePrecision | null;
  return p && p in PRECISION_RANK ? PRECISION_RANK[p] : 8;
}

function reportDate(r: Report): ReportDate | null {
  const interval = dateInterval(r.date, r.datePrecision);
  return interval && { interval, day: interval.first === interval.last };
}

function datesCompatible(a: ReportDate, b: ReportDate, tolerance: number): boolean {
  if (a.day && b.day) return Math.abs(a.interval.first - b.interval.first) <= tolerance;
  return intersect(a.interval, b.interval) !== null;
}

/** The months a date touches, a day's tolerance included. */
function monthsOf(date: ReportDate, tolerance: number): number[] {
  const a = dayDate(date.interval.first - (date.day ? tolerance : 0));
  const b = dayDate(date.interval.last + (date.day ? tolerance : 0));
  const out: number[] = [];
  for (let m = a.year * 12 + a.month - 1; m <= b.year * 12 + b.month - 1; m++) out.push(m);
  return out;
}

function samePlace(a: StoryPlace, b: StoryPlace): boolean {
  return a.name === b.name && a.lat === b.lat && a.lon === b.lon;
}

function toStory(d: Draft): Story {
  const reports = [...d.reports].sort((a, b) => compareText(a.id, b.id));
  const cameos: Record<string, number> = {};
  for (const r of reports) cameos[r.cameo] = (cameos[r.cameo] ?? 0) + 1;
  const cameo = Object.keys(cameos).sort((a, b) => cameos[b] - cameos[a] || b.length - a.length || compareText(a, b))[0];
  const coded = reports.find((r) => r.cameo === cameo)!;
  const dated = mostCommon(
    reports.filter((r) => r.date),
    (r) => r.date!,
    (a, b) => precisionRank(a) - precisionRank(b),
  );
  const placed = mostCommon(
    reports.filter((r) => r.place),
    (r) => `${r.place!.name}\u0000${r.place!.lat}\u0000${r.place!.lon}`,
    (a, b) => Number(isArea(a.place!)) - Number(isArea(b.place!)),
  );
  const withTarget = reports.find((r) => r.target);
  const publishers = [...new Set(reports.map((r) => r.publisher))].sort(compareText);
  return {
    id: `story:${reports[0].id}`,
    source: partyOf({ ...reports[0].source, role: reports.find((r) => r.source.role)?.source.role ?? null }),
    target: withTarget ? partyOf({ ...withTarget.target!, role: reports.find((r) => r.target?.role)?.target!.role ?? null }) : null,
    root: coded.root,
    cameo,
    ploverType: coded.ploverType,
    quad: coded.quad,
    goldstein: coded.goldstein,
    status: d.status,
    date: dated?.date ?? null,
    datePrecision: dated ? (dated.datePrecision ?? null) : null,
    place: placed?.place ?? null,
    reports,
    articles: d.articles.size,
    sources: publishers.length,
    publishers,
    cameos,
    conflicts: [],
  };
}

/** The best item: by `better` first, then the most common key, then the smallest key. */
function mostCommon<T>(items: T[], key: (t: T) => string, better: (a: T, b: T) => number): T | undefined {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  return [...items].sort((a, b) => better(a, b) || counts.get(key(b))! - counts.get(key(a))! || compareText(key(a), key(b)))[0];
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
