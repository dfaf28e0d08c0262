// Shifts: the dyads whose cooperation–conflict index changed most between consecutive periods, each
// with the stories that explain the change. "Consecutive" means consecutive periods in which the dyad
// has counted stories; `gap` says how many calendar periods apart they are (1 = adjacent).
import type { EventStatus } from '../core/types.ts';
import type { Store } from '../store/store.ts';
import { addToTally, emptyTally, round, type Tally } from './cooperationIndex.ts';
import { dateInterval } from './dateInterval.ts';
import { periodDistance, periodOf, type Granularity } from './periods.ts';
import { compareText, type MergeOptions } from './reportMerger.ts';
import { DEFAULT_STATUSES } from './statusSelection.ts';
import { dyadKey, sideOf, type Story } from './story.ts';
import { streamStories, streamStoriesOf } from './storySource.ts';

export interface ShiftOptions {
  by?: Granularity;
  /** Only dyads with this actor. */
  actor?: string;
  statuses?: readonly EventStatus[];
  /** Shifts returned, largest first (default 20). */
  limit?: number;
  /** Stories given to explain each side of a shift (default 5). */
  explain?: number;
  merge?: MergeOptions;
}

/** A story in brief, as shifts cite it. */
export interface StoryBrief {
  id: string;
  date: string | null;
  source: string;
  target: string;
  cameo: string;
  quad: number | null;
  goldstein: number | null;
  sources: number;
  reports: Array<{ id: string; articleId: string; text: string }>;
}

export interface PeriodState {
  period: string;
  index: number;
  cooperation: number;
  conflict: number;
  goldsteinSum: number;
}

export interface Shift {
  dyad: [string, string];
  names: [string, string];
  before: PeriodState;
  after: PeriodState;
  /** after.index − before.index: negative when relations worsened. */
  change: number;
  /** Calendar periods between the two (1 = adjacent). */
  gap: number;
  explain: {
    /** Stories of the later period on the side the index moved to (conflict for a fall, cooperation for a rise). */
    after: StoryBrief[];
    /** Stories of the earlier period on the other side: what the change left behind. */
    before: StoryBrief[];
  };
}

interface Cell {
  tally: Tally;
  cooperative: StoryBrief[];
  conflictual: StoryBrief[];
}

/** Ranks shifts from stories. Holds per-dyad, per-period counts and a few stories each, not all stories. */
export class ShiftRanker {
  private readonly cells = new Map<string, Map<string, Cell>>();
  private readonly names = new Map<string, string>();
  private readonly statuses: Set<EventStatus>;
  private readonly by: Granularity;
  private readonly keep: number;

  constructor(private readonly opts: ShiftOptions = {}) {
    this.statuses = new Set(opts.statuses ?? DEFAULT_STATUSES);
    this.by = opts.by ?? 'month';
    this.keep = opts.explain ?? 5;
  }

  add(s: Story): void {
    const t = s.target;
    if (!t || t.id === s.source.id || !this.statuses.has(s.status)) return;
    if (this.opts.actor && s.source.id !== this.opts.actor && t.id !== this.opts.actor) return;
    const side = sideOf(s.quad);
    const interval = dateInterval(s.date, s.datePrecision);
    const period = interval && periodOf(interval, this.by);
    if (!side || !period) return;
    this.names.set(s.source.id, s.source.name);
    this.names.set(t.id, t.name);
    const key = dyadKey(s.source.id, t.id);
    let periods = this.cells.get(key);
    if (!periods) this.cells.set(key, (periods = new Map()));
    let cell = periods.get(period);
    if (!cell) periods.set(period, (cell = { tally: emptyTally(), cooperative: [], conflictual: [] }));
    addToTally(cell.tally, s);
    const list = side === 'cooperation' ? cell.cooperative : cell.conflictual;
    list.push(brief(s));
    // Keep the strongest few: by Goldstein away from zero, then corroboration.
    list.sort((x, y) => Math.abs(y.goldstein ?? 0) - Math.abs(x.goldstein ?? 0) || y.sources - x.sources || compareText(x.id, y.id));
    if (list.length > this.keep) list.length = this.keep;
  }

  /** Each dyad's largest change, largest first. */
  finish(): Shift[] {
    const out: Shift[] = [];
    for (const [key, periods] of this.cells) {
      const [a, b] = key.split('|');
      const seq = [...periods.entries()].sort((x, y) => compareText(x[0], y[0]));
      let best: Shift | undefined;
      for (let i = 1; i < seq.length; i++) {
        const [p0, c0] = seq[i - 1];
        const [p1, c1] = seq[i];
        const change = round(c1.tally.index! - c0.tally.index!);
        if (best && Math.abs(change) < Math.abs(best.change)) continue; // on a tie, the later change
        best = {
          dyad: [a, b],
          names: [this.names.get(a) ?? a, this.names.get(b) ?? b],
          before: state(p0, c0.tally),
          after: state(p1, c1.tally),
          change,
          gap: periodDistance(p0, p1, this.by),
          explain: {
            after: change < 0 ? c1.conflictual : c1.cooperative,
            before: change < 0 ? c0.cooperative : c0.conflictual,
          },
        };
      }
      if (best && best.change !== 0) out.push(best);
    }
    const volume = (s: Shift) => s.before.cooperation + s.before.conflict + s.after.cooperation + s.after.conflict;
    out.sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || volume(y) - volume(x) || compareText(x.dyad.join('|'), y.dyad.join('|')));
    return out.slice(0, this.opts.limit ?? 20);
  }
}

export function rankShifts(stories: Iterable<Story>, opts: ShiftOptions = {}): Shift[] {
  const ranker = new ShiftRanker(opts);
  for (const s of stories) ranker.add(s);
  return ranker.finish();
}

export async function shiftsFromStore(store: Store, opts: ShiftOptions = {}): Promise<Shift[]> {
  const ranker = new ShiftRanker(opts);
  const stories = opts.actor ? streamStoriesOf(store, [opts.actor], {}, opts.merge) : streamStories(store, {}, opts.merge);
  for await (const s of stories) ranker.add(s);
  return ranker.finish();
}

function state(period: string, t: Tally): PeriodState {
  return { period, index: t.index!, cooperation: t.cooperation, conflict: t.conflict, goldsteinSum: t.goldsteinSum };
}

function brief(s: Story): StoryBrief {
  return {
    id: s.id,
    date: s.date,
    source: s.source.id,
    target: s.target!.id,
    cameo: s.cameo,
    quad: s.quad,
    goldstein: s.goldstein,
    sources: s.sources,
    reports: s.reports.map((r) => ({ id: r.id, articleId: r.articleId, text: r.evidence.text })),
  };
}
