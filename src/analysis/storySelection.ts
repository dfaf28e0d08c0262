// Selecting stories by actor, dyad, source, period, root, status and corroboration, each selection
// reading the store so that the stories it returns are whole (all their reports, targetless ones
// included), whatever the filter.
import type { EventStatus } from '../core/types.ts';
import type { EventQuery, Store } from '../store/store.ts';
import { dateInterval, within } from './dateInterval.ts';
import { boundsInterval } from './periods.ts';
import { storeActorId, type Story } from './story.ts';
import { streamStories, streamStoriesOf, type StoryStreamOptions } from './storySource.ts';

/** Actors are parties (partyOf): TUR is the state, TUR/OPP its opposition. */
export interface StoryFilter {
  /** Stories with this actor as source or target. */
  actor?: string;
  /** Stories between these two, either direction. */
  dyad?: [string, string];
  source?: string;
  /** Stories dated wholly within since..until (2015, 2015-07, 2015-07-20). */
  since?: string;
  until?: string;
  root?: string;
  statuses?: readonly EventStatus[];
  /** At least this many independent sources. */
  minSources?: number;
}

export async function* selectStories(store: Store, f: StoryFilter = {}, opts: StoryStreamOptions = {}): AsyncGenerator<Story> {
  // Read by whole years around the bounds, so stories at the edges are whole; keep those within.
  const q: EventQuery = { root: f.root, since: f.since?.slice(0, 4), until: f.until?.slice(0, 4) };
  const bounds = f.since || f.until ? boundsInterval(f.since, f.until) : null;
  const statuses = f.statuses ? new Set(f.statuses) : null;
  const keep = (s: Story) => {
    if (statuses && !statuses.has(s.status)) return false;
    if (f.minSources !== undefined && s.sources < f.minSources) return false;
    if (f.source !== undefined && s.source.id !== f.source) return false;
    if (f.actor !== undefined && s.source.id !== f.actor && s.target?.id !== f.actor) return false;
    if (f.dyad) {
      const [a, b] = f.dyad;
      if (!((s.source.id === a && s.target?.id === b) || (s.source.id === b && s.target?.id === a))) return false;
    }
    if (bounds) {
      const i = dateInterval(s.date, s.datePrecision);
      if (!i || !within(i, bounds)) return false;
    }
    return true;
  };
  let stories: AsyncIterable<Story>;
  if (f.dyad) stories = bySources(store, [...new Set(f.dyad.map(storeActorId))], q, opts);
  else if (f.source !== undefined) stories = streamStories(store, { ...q, source: storeActorId(f.source) }, opts);
  else if (f.actor !== undefined) stories = streamStoriesOf(store, [f.actor], q, opts);
  else stories = streamStories(store, q, opts);
  for await (const s of stories) if (keep(s)) yield s;
}

async function* bySources(store: Store, sources: string[], q: EventQuery, opts: StoryStreamOptions): AsyncGenerator<Story> {
  for (const source of sources) yield* streamStories(store, { ...q, source }, opts);
}
