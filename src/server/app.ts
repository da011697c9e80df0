/**
 * The HTTP app: `createApp({ store, token? })` returns a Hono app (tested in-process with
 * app.request()). Read routes under /api/, the ingest route only with a token, the web UI at /.
 */
import { join } from 'node:path';
import { Hono, type Context } from 'hono';
import type { Analyzer } from '../ingest/pool.js';
import type { Analysis } from '../model/analysis.js';
import { packageRoot } from '../paths.js';
import type { Store } from '../store/types.js';
import { cacheEntriesFromEnv, cachedHandler, ResponseCache } from './cache.js';
import { HttpError } from './http-error.js';
import { openApiDocument } from './openapi.js';
import { parseQuery } from './params.js';
import type { RouteDef } from './route.js';
import { Metrics } from '../ops/metrics.js';
import { articleRoutes } from './routes/articles.js';
import { eventRoutes } from './routes/events.js';
import { feedRoutes } from './routes/feeds.js';
import { incidentRoutes } from './routes/incidents.js';
import { handleIngest } from './routes/ingest.js';
import { layerRoutes } from './routes/layers.js';
import { requireToken, securityHeaders } from './security.js';
import { loadStaticFiles, UI_MISSING } from './static.js';

export interface AppOptions {
  store: Store;
  /** Bearer token that enables POST /api/ingest; without it writing is refused (403). */
  token?: string;
  /** Runs the pipeline for ingest; created lazily in this thread when not given. */
  analyzer?: Analyzer;
  /** Called after each ingested article is stored (incident fusion hooks in here). */
  onStored?: (analysis: Analysis) => Promise<void> | void;
  /** Folder of the built UI; default web/dist in the package, null for an API-only app. */
  webRoot?: string | null;
  /** Where /metrics counts requests and ingested articles (a fresh registry when not given). */
  metrics?: Metrics;
  /** Entries of the per-process response cache (src/server/cache.ts); 0 turns it off. Default: $NEWSGRAPH_API_CACHE or 500. */
  cacheEntries?: number;
}

const DEFAULT_WEB_ROOT = join(packageRoot, 'web', 'dist');

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    console.error(`newsgraph serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err}`);
    return c.json({ error: 'internal error; see the server log' }, 500);
  });
  app.notFound((c) => c.json({ error: `no route for ${c.req.method} ${c.req.path}; see /api/openapi.json` }, 404));

  const metrics = options.metrics ?? new Metrics();
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    metrics.inc('newsgraph_http_requests_total', 'HTTP requests by method and status', { method: c.req.method, status: String(c.res.status) });
    metrics.inc('newsgraph_http_request_seconds_total', 'Seconds spent answering HTTP requests', {}, (performance.now() - started) / 1000);
  });
  const routes = apiRoutes({ ...options, metrics });
  const cache = new ResponseCache(options.cacheEntries ?? cacheEntriesFromEnv());
  const cached = cache.maxEntries > 0 && options.store.dataVersion ? cachedHandler(cache, options.store.dataVersion.bind(options.store)) : null;
  for (const r of routes) {
    app[r.method](r.path, async (c: Context) => {
      if (r.write) requireToken(options.token, c.req.header('authorization'));
      const context = { store: options.store, query: parseQuery(c.req.query(), r.params ?? []) };
      return cached ? cached(c, r, context) : r.handle(c, context);
    });
  }
  mountUi(app, options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot);
  return app;
}

/** Every API route, including /api/openapi.json and /healthz, so the description covers itself. */
export function apiRoutes(options: AppOptions): RouteDef[] {
  let analyzer = options.analyzer;
  const routes: RouteDef[] = [
    ...articleRoutes,
    ...eventRoutes,
    ...incidentRoutes,
    ...layerRoutes,
    ...feedRoutes,
    {
      method: 'post',
      path: '/api/ingest',
      summary: 'Analyse and store articles: JSON (one, an array, or {articles}), JSONL, HTML, RSS/Atom or text. Needs the bearer token.',
      write: true,
      async handle(c, { store }) {
        analyzer ??= (await import('../ingest/pool.js')).createAnalyzer(1);
        const onStored = async (analysis: Analysis) => {
          options.metrics?.inc('newsgraph_articles_total', 'Articles ingested through the API', { outcome: 'stored' });
          await options.onStored?.(analysis);
        };
        return handleIngest(c, { store, analyzer, onStored });
      },
    },
    {
      method: 'get',
      path: '/metrics',
      summary: 'Prometheus metrics (text format 0.0.4): requests, ingested articles, rows stored',
      produces: ['text/plain'],
      async handle(c, { store }) {
        const metrics = options.metrics ?? new Metrics();
        const stats = await store.stats();
        for (const table of ['articles', 'entities', 'quotes', 'claims', 'events', 'incidents'] as const) {
          metrics.set('newsgraph_store_rows', 'Rows stored by table', stats[table], { table });
        }
        return c.body(await metrics.render(), 200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
      },
    },
    {
      method: 'get',
      path: '/healthz',
      summary: 'Liveness: 200 with {"status":"ok"} while the server runs',
      async handle(c) {
        return c.json({ status: 'ok' });
      },
    },
  ];
  routes.push({
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This description (OpenAPI 3.1)',
    async handle(c) {
      return c.json(openApiDocument(routes));
    },
  });
  return routes;
}

function mountUi(app: Hono, webRoot: string | null): void {
  const files = loadStaticFiles(webRoot);
  const send = (c: Context, name: string) => {
    const file = files.get(name);
    if (!file) return name === 'index.html' ? c.text(UI_MISSING, 503) : c.json({ error: `no file '${name}' in the web UI` }, 404);
    return c.body(file.body as Uint8Array<ArrayBuffer>, 200, { 'content-type': file.type, 'cache-control': name === 'index.html' ? 'no-cache' : 'max-age=300' });
  };
  app.get('/', (c) => send(c, 'index.html'));
  app.get('/static/:name', (c) => send(c, c.req.param('name')));
}
