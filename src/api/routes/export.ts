// Streaming exports of what is filtered: what the UI's export links download.
import { invalid } from '../errors.ts';
import { EXPORT_TYPES, STORY_FORMATS, exportStream } from '../exportAdapter.ts';
import { route } from '../route.ts';
import { exportQuery, toEventQuery } from '../schemas.ts';

export const exportRoutes = [
  route({
    method: 'get',
    path: '/api/export',
    tag: 'export',
    summary: 'Every event (or story) matching the filters, streamed as JSONL, CSV, GDELT-style TSV or PLOVER JSON; or the network as GEXF/GraphML',
    query: exportQuery,
    responses: { 200: { description: 'the export, streamed', mediaType: 'application/x-ndjson' } },
    handle(c, { store }, q) {
      const format = q.format ?? 'jsonl';
      const level = q.level ?? 'events';
      if (level === 'stories' && !STORY_FORMATS.includes(format)) throw invalid('level', `stories export only as ${STORY_FORMATS.join(' or ')}`);
      const query = toEventQuery(q);
      const { type, ext } = EXPORT_TYPES[format];
      return new Response(exportStream(store, { format, level, query, status: q.status }), {
        headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="entente-${level}.${ext}"` },
      });
    },
  }),
];
