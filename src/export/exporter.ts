// Exports from the store, streamed: events (or stories) are read a page at a time and written as they
// come, so memory stays flat however many there are. Networks are built from streamed stories
// (per-dyad counts only) and written element by element.
import type { Writable } from 'node:stream';
import { alignmentNetworkFromStore, type NetworkOptions } from '../analysis/alignmentNetwork.ts';
import { singleStory } from '../analysis/reportMerger.ts';
import { toReport, type Story } from '../analysis/story.ts';
import { selectStories, type StoryFilter } from '../analysis/storySelection.ts';
import type { EventStatus } from '../core/types.ts';
import type { EventInContext, EventQuery, Store } from '../store/store.ts';
import { csvFormat } from './csvExporter.ts';
import { gdeltFormat } from './gdeltExporter.ts';
import { writeGexf } from './gexfExporter.ts';
import { writeGraphml } from './graphmlExporter.ts';
import { jsonlFormat } from './jsonlExporter.ts';
import { LineWriter } from './lineWriter.ts';
import { ploverFormat } from './ploverExporter.ts';
import type { RowFormat } from './rowFormat.ts';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'plover', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const NETWORK_FORMATS: readonly ExportFormat[] = ['gexf', 'graphml'];
/** Formats that can write stories (one row per real-world event) instead of per-article events. */
export const STORY_FORMATS: readonly ExportFormat[] = ['jsonl', 'gdelt'];

export interface ExportResult {
  /** Rows (or, for networks, nodes and edges) written. */
  written: number;
  /** Items left out by the format (PLOVER: events with no PLOVER type). */
  skipped: number;
}

export interface EventExportOptions {
  format: Exclude<ExportFormat, 'gexf' | 'graphml'>;
  level?: 'events' | 'stories';
  /** Events exported (limit and offset apply in id order). */
  query?: EventQuery;
  /** Statuses exported; all when absent. */
  statuses?: readonly EventStatus[];
  /** GDELT: write the header line of column names (default true; GDELT's own files have none). */
  header?: boolean;
  /** Items per batch (a store page, and a lookup for PLOVER's sentences). */
  batchSize?: number;
}

const BATCH = 50;

/** Exports events or stories from the store to `out`. */
export async function exportEvents(store: Store, opts: EventExportOptions, out: Writable): Promise<ExportResult> {
  const w = new LineWriter(out);
  const statuses = opts.statuses ? new Set(opts.statuses) : null;
  const batchSize = opts.batchSize ?? BATCH;
  let result: ExportResult;
  if ((opts.level ?? 'events') === 'stories') {
    if (!STORY_FORMATS.includes(opts.format)) throw new RangeError(`stories export only as ${STORY_FORMATS.join(' or ')}`);
    const format = opts.format === 'gdelt' ? gdeltFormat(await store.listRuns(), { header: opts.header }) : jsonlFormat<Story>();
    result = await writeRows(selectStories(store, storyFilter(opts.query ?? {}, opts.statuses), { pageSize: batchSize }), format, w, batchSize);
  } else {
    const q: EventQuery = { ...opts.query };
    if (statuses?.size === 1) q.status = [...statuses][0];
    let format: RowFormat<EventInContext>;
    if (opts.format === 'csv') format = csvFormat();
    else if (opts.format === 'plover') format = ploverFormat(store);
    else if (opts.format === 'gdelt') format = asStories(gdeltFormat(await store.listRuns(), { header: opts.header }));
    else format = jsonlFormat<EventInContext>();
    result = await writeRows(filterStatuses(store.streamEvents(q, { pageSize: batchSize }), statuses), format, w, batchSize);
  }
  await w.end();
  return result;
}

/** Exports the alignment network of a period as GEXF or GraphML. */
export async function exportNetwork(store: Store, format: 'gexf' | 'graphml', opts: NetworkOptions, out: Writable): Promise<ExportResult> {
  const net = await alignmentNetworkFromStore(store, { keepStories: false, ...opts });
  const w = new LineWriter(out);
  await (format === 'gexf' ? writeGexf(net, w) : writeGraphml(net, w));
  await w.end();
  return { written: net.nodes.length + net.edges.length, skipped: 0 };
}

async function writeRows<T>(items: AsyncIterable<T>, format: RowFormat<T>, w: LineWriter, batchSize: number): Promise<ExportResult> {
  const result = { written: 0, skipped: 0 };
  if (format.head) await w.write(format.head);
  let batch: T[] = [];
  const flush = async () => {
    for (const line of await format.rows(batch)) {
      if (line === null) result.skipped++;
      else {
        result.written++;
        await w.write(line);
      }
    }
    batch = [];
  };
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= batchSize) await flush();
  }
  if (batch.length) await flush();
  return result;
}

async function* filterStatuses(events: AsyncIterable<EventInContext>, statuses: Set<EventStatus> | null): AsyncGenerator<EventInContext> {
  for await (const e of events) if (!statuses || statuses.has(e.status)) yield e;
}

/** An event format written from stories: each event as a story of one report. */
function asStories(format: RowFormat<Story>): RowFormat<EventInContext> {
  return { head: format.head, rows: (batch) => format.rows(batch.map((e) => singleStory(toReport(e)))) };
}

function storyFilter(q: EventQuery, statuses: readonly EventStatus[] | undefined): StoryFilter {
  return { actor: q.actor, dyad: q.dyad, source: q.source, since: q.since, until: q.until, root: q.root, statuses };
}
