// Analyses over the stored events: a dyad's timeline, the alignment network of a period, the periods there
// are (for the network's slider) and the pairs whose alignment flipped.
import { alignmentNetwork, alignmentShifts, dyadTimeline, eventPeriods } from '../analysisAdapter.ts';
import { route } from '../route.ts';
import { eventFilterQuery, networkQuery, shiftsQuery, timelineQuery, toEventQuery } from '../schemas.ts';

export const analysisRoutes = [
  route({
    method: 'get',
    path: '/api/timeline',
    tag: 'analysis',
    summary: "A dyad's cooperation and conflict over time (stories, both directions), by month or year",
    query: timelineQuery,
    responses: { 200: { description: 'Timeline' } },
    async handle(c, { store }, q) {
      return c.json(await dyadTimeline(store, q.dyad[0], q.dyad[1], { by: q.interval ?? 'month', status: q.status }));
    },
  }),
  route({
    method: 'get',
    path: '/api/network',
    tag: 'analysis',
    summary: 'The alignment network of a period: actors, and signed edges (cooperative minus conflictual stories) labelled with common adversaries',
    query: networkQuery,
    responses: { 200: { description: 'Network' } },
    async handle(c, { store }, q) {
      const { since, until } = toEventQuery(q); // checks that they are in order
      return c.json(await alignmentNetwork(store, { since, until, status: q.status, minEvents: q.minEvents ?? 1 }));
    },
  }),
  route({
    method: 'get',
    path: '/api/periods',
    tag: 'analysis',
    summary: 'The months with events matching the filters, with counts',
    query: eventFilterQuery,
    responses: { 200: { description: '{ items: PeriodCount[] }' } },
    async handle(c, { store }, q) {
      return c.json({ items: await eventPeriods(store, toEventQuery(q)) });
    },
  }),
  route({
    method: 'get',
    path: '/api/shifts',
    tag: 'analysis',
    summary: 'The pairs whose cooperation–conflict index changed most between consecutive periods, with the stories behind each change',
    query: shiftsQuery,
    responses: { 200: { description: '{ items: Shift[] }' } },
    async handle(c, { store }, q) {
      return c.json({ items: await alignmentShifts(store, { by: q.interval ?? 'year', actor: q.actor, status: q.status, limit: q.limit ?? 20 }) });
    },
  }),
];
