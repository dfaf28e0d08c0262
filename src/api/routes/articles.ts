// Articles: the list (search, pages) and one article with every span coded in it, for the reader.
import { notFound } from '../errors.ts';
import { route } from '../route.ts';
import { articleListQuery } from '../schemas.ts';
import type { ArticleDetail, ArticleSummary, Page } from '../types.ts';

export const articleRoutes = [
  route({
    method: 'get',
    path: '/api/articles',
    tag: 'articles',
    summary: 'Stored articles, newest first, with their event counts (no text)',
    query: articleListQuery,
    responses: { 200: { description: 'Page of ArticleSummary' } },
    async handle(c, { store }, q) {
      const page = { search: q.search, limit: q.limit ?? 50, offset: q.offset ?? 0 };
      const [items, total] = await Promise.all([store.listArticles(page), store.countArticles({ search: q.search })]);
      const body: Page<ArticleSummary> = { items, total, limit: page.limit, offset: page.offset };
      return c.json(body);
    },
  }),
  route({
    method: 'get',
    path: '/api/articles/{id}',
    tag: 'articles',
    summary: 'One article: its text and the actors, places, dates and events coded in it, with the rule behind each',
    params: { id: 'article id' },
    responses: { 200: { description: 'ArticleDetail' } },
    async handle(c, { store }) {
      const id = c.req.param('id') ?? '';
      const article = await store.getArticle(id);
      if (!article) throw notFound(`article "${id}"`, 'id');
      const articleIds = [id];
      const [mentions, places, dates, ids] = await Promise.all([
        store.queryMentions({ articleIds }),
        store.queryPlaces({ articleIds }),
        store.queryDates({ articleIds }),
        store.queryEvents({ articleId: id }),
      ]);
      const { contentHash, ...rest } = article;
      const body: ArticleDetail = { article: rest, mentions, places, dates, events: await store.getEvents(ids.map((e) => e.id)) };
      return c.json(body);
    },
  }),
];
