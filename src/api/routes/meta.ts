// What the UI needs to start: counts, code tables for labels and filter choices, and whether writes need a token.
import { codeVersion } from '../../core/version.ts';
import { cameoTable } from '../cameoTable.ts';
import { route } from '../route.ts';
import { STATUSES } from '../schemas.ts';
import type { Meta } from '../types.ts';

export const metaRoutes = [
  route({
    method: 'get',
    path: '/api/health',
    tag: 'meta',
    summary: 'Liveness: answers when the server and its store are up',
    responses: { 200: { description: '{ ok: true, articles, events }' } },
    async handle(c, { store }) {
      return c.json({ ok: true, articles: await store.countArticles(), events: await store.countEvents() });
    },
  }),
  route({
    method: 'get',
    path: '/api/meta',
    tag: 'meta',
    summary: 'Counts, CAMEO names, PLOVER types, statuses, the stored date range and whether writes need a token',
    responses: { 200: { description: 'Meta' } },
    async handle(c, { store, token }) {
      const cameo = cameoTable();
      const [articles, events, first, last] = await Promise.all([
        store.countArticles(),
        store.countEvents(),
        store.queryEvents({ limit: 1 }),
        store.queryEvents({ limit: 1, sort: '-date' }),
      ]);
      const body: Meta = {
        version: codeVersion(),
        articles,
        events,
        writeProtected: Boolean(token),
        statuses: [...STATUSES],
        cameo: { names: cameo.names, roots: cameo.roots },
        ploverTypes: cameo.ploverTypes,
        dateRange: { first: first[0]?.date ?? null, last: last[0]?.date ?? null },
      };
      return c.json(body);
    },
  }),
];
