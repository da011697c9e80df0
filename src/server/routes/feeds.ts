/** Sources followed by `newsgraph watch`: last fetch, result, error and item counts per source. */
import type { RouteDef } from '../route.js';

export const feedRoutes: RouteDef[] = [
  {
    method: 'get',
    path: '/api/feeds',
    summary: 'Watched sources (newsgraph watch): kind, last fetch, last status and error, items seen and ingested, failures in a row',
    async handle(c, { store }) {
      const items = await store.feeds();
      return c.json({ total: items.length, items, failing: items.filter((f) => f.failures > 0).length });
    },
  },
];
