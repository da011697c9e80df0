/** Articles: listing, full-text search with snippets, and one article's whole Analysis. */
import { notFound } from '../http-error.js';
import { PAGE_PARAMS } from '../params.js';
import { jsonRoute, type RouteDef } from '../route.js';

export const articleRoutes: RouteDef[] = [
  jsonRoute({
    method: 'get',
    path: '/api/articles',
    summary: 'Articles, newest first; with q, full-text search ranked by relevance, with snippets (matches wrapped in U+0002..U+0003)',
    params: [
      { name: 'q', kind: 'string', description: 'words (ANDed), "quoted phrases", prefix*' },
      { name: 'outlet', kind: 'string', description: 'only this outlet (listing without q)' },
      ...PAGE_PARAMS,
    ],
    async json({ store, query }) {
      const page = { limit: query.limit as number | undefined, offset: query.offset as number | undefined };
      const result = query.q ? await store.search(query.q as string, page) : await store.listArticles({ ...page, outlet: query.outlet as string | undefined });
      return JSON.stringify({ ...result, limit: page.limit ?? (query.q ? 20 : 50), offset: page.offset ?? 0 });
    },
  }),
  {
    method: 'get',
    path: '/api/articles/:id',
    summary: "One article's Analysis (newsgraph.analysis/1): text and every layer",
    pathParams: { id: 'article id' },
    async handle(c, { store }) {
      const id = c.req.param('id')!;
      const analysis = await store.getAnalysis(id);
      if (!analysis) throw notFound(`article '${id}'`);
      return c.json(analysis);
    },
  },
];
