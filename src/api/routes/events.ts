// Events: the filtered, sorted, paged list (per article or merged into stories), one event, and the
// evidence sentences of a set of events.
import { stories } from '../analysisAdapter.ts';
import { notFound } from '../errors.ts';
import { eventEvidence } from '../evidence.ts';
import { route } from '../route.ts';
import { eventListQuery, evidenceQuery, toEventQuery } from '../schemas.ts';
import type { Page, StoredEvent, Story } from '../types.ts';


export const eventRoutes = [
  route({
    method: 'get',
    path: '/api/events',
    tag: 'events',
    summary: 'Events matching the filters, sorted and paged; view=stories merges the events several articles report',
    query: eventListQuery,
    responses: { 200: { description: 'Page of StoredEvent (view=events) or of Story (view=stories)' } },
    async handle(c, { store }, q) {
      const filters = toEventQuery(q);
      const limit = q.limit ?? 50;
      const offset = q.offset ?? 0;
      const sort = q.sort ?? 'date';
      if (q.view === 'stories') {
        const { items, total } = await stories(store, filters, { limit, offset, sort });
        const body: Page<Story> = { items, total, limit, offset };
        return c.json(body);
      }
      const [items, total] = await Promise.all([store.queryEvents({ ...filters, sort, limit, offset }), store.countEvents(filters)]);
      const body: Page<StoredEvent> = { items, total, limit, offset };
      return c.json(body);
    },
  }),
  route({
    method: 'get',
    path: '/api/events/{id}',
    tag: 'events',
    summary: 'One event with its article and every evidence sentence',
    params: { id: 'event id (article id # number)' },
    responses: { 200: { description: 'EventEvidence' } },
    async handle(c, { store }) {
      const id = c.req.param('id') ?? '';
      const [found] = await eventEvidence(store, [id]);
      if (!found) throw notFound(`event "${id}"`, 'id');
      return c.json(found);
    },
  }),
  route({
    method: 'get',
    path: '/api/evidence',
    tag: 'events',
    summary: 'The evidence sentences of several events at once (a story, an expanded row)',
    query: evidenceQuery,
    responses: { 200: { description: '{ items: EventEvidence[] } in the order asked; unknown ids are left out' } },
    async handle(c, { store }, q) {
      return c.json({ items: await eventEvidence(store, q.ids) });
    },
  }),
];
