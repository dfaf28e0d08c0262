// Stories straight from the store: events streamed in (source, root) order, each group merged as soon
// as it is complete, so memory holds one group at a time, not the whole store.
import type { EventQuery, Store } from '../store/store.ts';
import { mergeGroup, type MergeOptions } from './reportMerger.ts';
import { storeActorId, toReport, type Report, type Story } from './story.ts';

export interface StoryStreamOptions extends MergeOptions {
  /** Events read per store query. */
  pageSize?: number;
}

/**
 * The stories of the events matching `q` (limit and offset are ignored: a story needs all its reports).
 * A story's reports all match `q`: filter with care — a date bound cuts stories at the bound, and an
 * `actor` or `dyad` filter leaves out the source's reports that name no target. Filter by `source`
 * (exact) and select stories afterwards for a complete picture of an actor's stories.
 */
export async function* streamStories(store: Store, q: EventQuery = {}, opts: StoryStreamOptions = {}): AsyncGenerator<Story> {
  let group: Report[] = [];
  let key: string | undefined;
  for await (const e of store.streamEvents({ ...q, limit: undefined, offset: undefined }, { order: 'source', pageSize: opts.pageSize })) {
    const k = `${e.sourceId}\u0000${e.root}`;
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
    for await (const e of store.streamEvents({ ...q, actor: id, limit: undefined, offset: undefined }, { order: 'source', pageSize: opts.pageSize })) {
      if (!ids.has(e.sourceId)) others.add(e.sourceId);
    }
  }
  for (const source of [...others].sort()) {
    for await (const s of streamStories(store, { ...q, source }, opts)) if (involved(s)) yield s;
  }
}
