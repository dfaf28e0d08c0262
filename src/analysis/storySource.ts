// Stories straight from the store: events streamed in (source, root, date) order, each (source, root,
// year) group merged as soon as it is complete, so memory holds one group at a time, not the store.
import type { EventQuery, Store } from '../store/store.ts';
import { groupKey, mergeGroup, type MergeOptions } from './reportMerger.ts';
import { storeActorId, toReport, type Report, type Story } from './story.ts';

export interface StoryStreamOptions extends MergeOptions {
  /** Events read per store query (default 100: small pages die young, so the heap stays small). */
  pageSize?: number;
}

const PAGE = 100;

/**
 * The stories of the events matching `q` (limit and offset are ignored: a story needs all its reports).
 * A story's reports all match `q`: filter with care — a date bound finer than a year cuts stories at the
 * bound, and an `actor` or `dyad` filter leaves out the source's reports that name no target. Filter by
 * `source` and by whole years, and select stories afterwards (storySelection.ts does).
 */
export async function* streamStories(store: Store, q: EventQuery = {}, opts: StoryStreamOptions = {}): AsyncGenerator<Story> {
  let group: Report[] = [];
  let key: string | undefined;
  for await (const e of store.streamEvents({ ...q, limit: undefined, offset: undefined }, { order: 'source', pageSize: opts.pageSize ?? PAGE })) {
    const k = groupKey(e.sourceId, e.root, e.date);
    if (k !== key && group.length) {
      yield* mergeGroup(group, opts);
      group = [];
    }
    key = k;
    group.push(toReport(e));
  }
  if (group.length) yield* mergeGroup(group, opts);
}

/**
 * Every story whose source or target is one of `parties` (actor ids, or parts of states such as
 * TUR/OPP), complete: the sources' events are read by source, targetless reports included.
 */
export async function* streamStoriesOf(store: Store, parties: string[], q: Omit<EventQuery, 'source' | 'actor' | 'dyad'> = {}, opts: StoryStreamOptions = {}): AsyncGenerator<Story> {
  const wanted = new Set(parties);
  const involved = (s: Story) => wanted.has(s.source.id) || (s.target !== null && wanted.has(s.target.id));
  const ids = new Set(parties.map(storeActorId));
  // Their own stories, read by source.
  for (const id of ids) {
    for await (const s of streamStories(store, { ...q, source: id }, opts)) if (involved(s)) yield s;
  }
  // Stories of other sources towards them: those sources' groups must be read whole, so they are read
  // by source too, for each source with an event towards one of them.
  const others = new Set<string>();
  for (const id of ids) {
    for await (const e of store.streamEvents({ ...q, actor: id, limit: undefined, offset: undefined }, { order: 'source', pageSize: opts.pageSize ?? PAGE })) {
      if (!ids.has(e.sourceId)) others.add(e.sourceId);
    }
  }
  for (const source of [...others].sort()) {
    for await (const s of streamStories(store, { ...q, source }, opts)) if (involved(s)) yield s;
  }
}
