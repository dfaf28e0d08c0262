// Exports over HTTP through src/export (issue 6): events or stories as JSONL, CSV, GDELT-style TSV or PLOVER
// JSON, the alignment network as GEXF or GraphML. The exporter writes to a Node stream, handed on to the
// response as it is written, so an export of any size streams in constant memory.
import { PassThrough, Readable } from 'node:stream';
import type { EventStatus } from '../core/types.ts';
import type { EventQuery, Store } from '../store/store.ts';
import { exportEvents, exportNetwork, EXPORT_FORMATS, STORY_FORMATS, type ExportFormat } from '../export/exporter.ts';

export { EXPORT_FORMATS, STORY_FORMATS };

export const EXPORT_TYPES: Record<ExportFormat, { type: string; ext: string }> = {
  jsonl: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', ext: 'tsv' },
  plover: { type: 'application/x-ndjson; charset=utf-8', ext: 'plover.jsonl' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
};

export function exportStream(store: Store, opts: { format: ExportFormat; level: 'events' | 'stories'; query: EventQuery; status?: EventStatus }): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const { format, level, query, status } = opts;
  const { status: _s, ...rest } = query;
  const done =
    format === 'gexf' || format === 'graphml'
      ? exportNetwork(store, format, { from: query.since, to: query.until, statuses: status ? [status] : undefined }, out)
      : exportEvents(store, { format, level, query: level === 'stories' ? rest : query, statuses: status ? [status] : undefined }, out);
  done.catch((err: Error) => {
    console.error(`entente serve: export failed: ${err.stack ?? err}`);
    out.destroy(err);
  });
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
