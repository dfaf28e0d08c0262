// The timeline of one dyad: per month, quarter or year, its stories counted by QuadClass, their
// Goldstein sum and mean and the cooperation–conflict index, with the stories behind each point.
// Symmetric: A→B and B→A both count for {A, B}.
import type { EventStatus } from '../core/types.ts';
import type { Store } from '../store/store.ts';
import { addToTally, emptyTally, type Tally } from './cooperationIndex.ts';
import { dateInterval } from './dateInterval.ts';
import { periodOf, type Granularity } from './periods.ts';
import { compareText, type MergeOptions } from './reportMerger.ts';
import { DEFAULT_STATUSES } from './statusSelection.ts';
import { storeActorId, type Story } from './story.ts';
import { streamStories } from './storySource.ts';

export interface DyadTimelineOptions {
  by?: Granularity;
  /** Statuses counted (default: occurred). Stories of other statuses are listed apart in each point. */
  statuses?: readonly EventStatus[];
  merge?: MergeOptions;
}

export interface TimelinePoint extends Tally {
  period: string;
  /** The stories counted. */
  stories: Story[];
  /** Stories of statuses not counted (planned, speculated, denied), visible but apart. */
  uncounted: Story[];
}

export interface DyadTimeline {
  dyad: [string, string];
  names: Record<string, string>;
  by: Granularity;
  statuses: EventStatus[];
  /** Periods with at least one story, in order. */
  points: TimelinePoint[];
  /** Totals over every counted story, placed or not. */
  total: Tally;
  /** Stories whose date spans more than one period (a year-dated story in a month series), or undated. */
  unplaced: Story[];
}

/** The timeline of {a, b} from stories (any stories: those not of the dyad are skipped). */
export function dyadTimeline(stories: Iterable<Story>, a: string, b: string, opts: DyadTimelineOptions = {}): DyadTimeline {
  const by = opts.by ?? 'month';
  const statuses = new Set(opts.statuses ?? DEFAULT_STATUSES);
  const points = new Map<string, TimelinePoint>();
  const names: Record<string, string> = {};
  const total = emptyTally();
  const unplaced: Story[] = [];
  for (const s of stories) {
    if (!s.target || !isDyad(s, a, b)) continue;
    names[s.source.id] ??= s.source.name;
    names[s.target.id] ??= s.target.name;
    const counted = statuses.has(s.status);
    if (counted) addToTally(total, s);
    const interval = dateInterval(s.date, s.datePrecision);
    const period = interval && periodOf(interval, by);
    if (!period) {
      unplaced.push(s);
      continue;
    }
    let p = points.get(period);
    if (!p) points.set(period, (p = { period, ...emptyTally(), stories: [], uncounted: [] }));
    if (counted) {
      addToTally(p, s);
      p.stories.push(s);
    } else p.uncounted.push(s);
  }
  const byDate = (x: Story, y: Story) => compareText(x.date ?? '', y.date ?? '') || compareText(x.id, y.id);
  for (const p of points.values()) {
    p.stories.sort(byDate);
    p.uncounted.sort(byDate);
  }
  return {
    dyad: [a, b],
    names,
    by,
    statuses: [...statuses],
    points: [...points.values()].sort((x, y) => compareText(x.period, y.period)),
    total,
    unplaced: unplaced.sort(byDate),
  };
}

/** The timeline of {a, b} over the store: each side's events read by source, so its stories are whole. a and b are parties (TUR, or TUR/OPP). */
export async function dyadTimelineFromStore(store: Store, a: string, b: string, opts: DyadTimelineOptions = {}): Promise<DyadTimeline> {
  const stories: Story[] = [];
  for (const [source, target] of a === b ? [[a, b]] : [[a, b], [b, a]]) {
    for await (const s of streamStories(store, { source: storeActorId(source) }, opts.merge)) {
      if (s.source.id === source && s.target?.id === target) stories.push(s);
    }
  }
  return dyadTimeline(stories, a, b, opts);
}

function isDyad(s: Story, a: string, b: string): boolean {
  const t = s.target?.id;
  return (s.source.id === a && t === b) || (s.source.id === b && t === a);
}
