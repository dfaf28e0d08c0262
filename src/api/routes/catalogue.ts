// The actors and places events name: for pickers, and for the map.
import { route } from '../route.ts';
import { actorListQuery, eventFilterQuery, toEventQuery } from '../schemas.ts';

export const catalogueRoutes = [
  route({
    method: 'get',
    path: '/api/actors',
    tag: 'actors',
    summary: 'Actors named as source or target of events, most events first',
    query: actorListQuery,
    responses: { 200: { description: '{ items: ActorSummary[] }' } },
    async handle(c, { store }, q) {
      return c.json({ items: await store.listActors({ search: q.search, limit: q.limit }) });
    },
  }),
  route({
    method: 'get',
    path: '/api/places',
    tag: 'places',
    summary: 'Places where the events matching the filters happened, with coordinates and counts',
    query: eventFilterQuery,
    responses: { 200: { description: '{ items: PlaceSummary[] }' } },
    async handle(c, { store }, q) {
      return c.json({ items: await store.eventPlaces(toEventQuery(q)) });
    },
  }),
];
