// The analyses the API serves, from src/analysis (issue 6): story-level events (corroboration), dyad
// timelines, the alignment network and shifts, mapped to the response shapes of ./types.ts that the web UI
// reads. Only the months-with-events list for the network's slider is counted here, in SQL (eventCounts).
//
// Statuses: the analyses count stories that occurred unless told otherwise; `status` picks another one.
import type { EventStatus } from '../core/types.ts';
import type { EventQuery, Store, StoredEvent } from '../store/store.ts';
import { dyadTimelineFromStore } from '../analysis/dyadTimeline.ts';
import { alignmentNetworkFromStore } from '../analysis/alignmentNetwork.ts';
import { shiftsFromStore } from '../analysis/shiftRanker.ts';
import { selectStories } from '../analysis/storySelection.ts';
import type { Story as AnalysisStory } from '../analysis/story.ts';
import type { Network, PeriodCount, Shift, Story, Timeline } from './types.ts';

const statusList = (status: EventStatus | undefined) => (status ? [status] : undefined);

export async function dyadTimeline(store: Store, a: string, b: string, opts: { by: 'month' | 'year'; status?: EventStatus }): Promise<Timeline> {
  const t = await dyadTimelineFromStore(store, a, b, { by: opts.by, statuses: statusList(opts.status) });
  return {
    dyad: [a, b],
    names: [t.names[a] ?? a, t.names[b] ?? b],
    interval: opts.by,
    statuses: t.statuses,
    points: t.points.map((p) => ({
      period: p.period,
      events: p.cooperation + p.conflict + p.unclassed,
      cooperation: p.cooperation,
      conflict: p.conflict,
      goldstein: p.goldsteinMean,
      index: p.index,
      forward: p.stories.filter((s) => s.source.id === a).length,
      backward: p.stories.filter((s) => s.source.id !== a).length,
      uncounted: p.uncounted.length,
    })),
    unplaced: t.unplaced.length,
  };
}

export async function alignmentNetwork(store: Store, opts: { since?: string; until?: string; status?: EventStatus; minEvents: number }): Promise<Network> {
  const net = await alignmentNetworkFromStore(store, { from: opts.since, to: opts.until, statuses: statusList(opts.status), keepStories: false });
  const edges = net.edges
    .filter((e) => e.cooperation + e.conflict >= opts.minEvents)
    .map((e) => {
      const against = e.against.map((x) => x.id);
      const events = e.cooperation + e.conflict;
      return {
        source: e.source,
        target: e.target,
        events,
        cooperation: e.cooperation,
        conflict: e.conflict,
        weight: e.weight,
        sign: (e.sign > 0 ? 1 : e.sign < 0 ? -1 : 0) as 1 | -1 | 0,
        against,
        label: `${e.weight > 0 ? '+' : ''}${e.weight}${against.length ? ` vs ${against.slice(0, 3).join(', ')}` : ''}`,
      };
    })
    .sort((x, y) => y.events - x.events || (x.source + x.target < y.source + y.target ? -1 : 1));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = net.nodes
    .filter((n) => linked.has(n.id))
    .map((n) => ({ id: n.id, name: n.name, type: n.type, events: n.cooperation + n.conflict }))
    .sort((x, y) => y.events - x.events || (x.id < y.id ? -1 : 1));
  return { since: opts.since ?? null, until: opts.until ?? null, nodes, edges, balance: net.balance };
}

/** Months with events (matching q), in order: the steps of the network's period slider. */
export async function eventPeriods(store: Store, q: EventQuery): Promise<PeriodCount[]> {
  const byMonth = new Map<string, number>();
  for (const c of await store.eventCounts(q)) {
    if (c.period === null || c.period.length < 7) continue;
    byMonth.set(c.period, (byMonth.get(c.period) ?? 0) + c.events);
  }
  return [...byMonth.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([period, events]) => ({ period, events }));
}

export async function alignmentShifts(store: Store, opts: { by: 'month' | 'quarter' | 'year'; actor?: string; status?: EventStatus; limit: number }): Promise<Shift[]> {
  const shifts = await shiftsFromStore(store, { by: opts.by, actor: opts.actor, statuses: statusList(opts.status), limit: opts.limit, explain: 3 });
  return shifts.map((s) => ({
    a: s.dyad[0],
    b: s.dyad[1],
    names: s.names,
    change: s.change,
    from: { period: s.before.period, index: s.before.index, cooperation: s.before.cooperation, conflict: s.before.conflict },
    to: { period: s.after.period, index: s.after.index, cooperation: s.after.cooperation, conflict: s.after.conflict },
    explain: s.explain.after.map((b) => ({ id: b.id, date: b.date, source: b.source, target: b.target, cameo: b.cameo, reports: b.reports.map((r) => r.id) })),
  }));
}

/**
 * Story-level events: the events several articles report merged into one (the corroboration merger),
 * filtered, sorted and cut to a page. Each story is shown through its first report, with the story's codes.
 */
export async function stories(store: Store, q: EventQuery, page: { limit: number; offset: number; sort: string }): Promise<{ items: Story[]; total: number }> {
  const all: AnalysisStory[] = [];
  const filter = { actor: q.actor, dyad: q.dyad, source: q.source, since: q.since, until: q.until, root: q.root, statuses: statusList(q.status) };
  for await (const s of selectStories(store, filter)) {
    if (q.ploverType !== undefined && s.ploverType !== q.ploverType) continue;
    if (q.country !== undefined && s.place?.country !== q.country) continue;
    if (q.place !== undefined && s.place?.name !== q.place) continue;
    if (q.articleId !== undefined && !s.reports.some((r) => r.articleId === q.articleId)) continue;
    all.push(s);
  }
  all.sort(storyOrder(page.sort));
  const pageStories = all.slice(page.offset, page.offset + page.limit);
  const firsts = new Map((await store.getEvents(pageStories.map((s) => s.reports[0].id))).map((e) => [e.id, e]));
  const items = pageStories.flatMap((s) => {
    const first = firsts.get(s.reports[0].id);
    if (!first) return [];
    const { moreEvidence, ...rest } = first;
    const event: StoredEvent = {
      ...rest,
      cameo: s.cameo,
      root: s.root,
      ploverType: s.ploverType,
      quad: s.quad,
      goldstein: s.goldstein,
      status: s.status,
      date: s.date,
      datePrecision: s.datePrecision,
    };
    return [
      {
        key: s.id,
        event,
        eventIds: s.reports.map((r) => r.id),
        articleIds: [...new Set(s.reports.map((r) => r.articleId))],
        statuses: [s.status],
        sources: s.sources,
        publishers: s.publishers,
        cameos: s.cameos,
      },
    ];
  });
  return { items, total: all.length };
}

function storyOrder(sort: string): (x: AnalysisStory, y: AnalysisStory) => number {
  const desc = sort.startsWith('-');
  const pick = sort.endsWith('goldstein') ? (s: AnalysisStory) => s.goldstein : (s: AnalysisStory) => s.date;
  return (x, y) => {
    const a = pick(x);
    const b = pick(y);
    if (a === null && b !== null) return 1; // unknown last, either way
    if (b === null && a !== null) return -1;
    if (a !== b && a !== null && b !== null) return (a < b ? -1 : 1) * (desc ? -1 : 1);
    return y.articles - x.articles || (x.id < y.id ? -1 : 1);
  };
}
