import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.js';
import { packageRoot } from '../../src/paths.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import type { Analyzer } from '../../src/ingest/pool.js';
import { ANALYSIS_SCHEMA, type Analysis } from '../../src/model/analysis.js';
import { articleId } from '../../src/read/article-id.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-route-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** An analyzer that records inputs instead of running the pipeline (the route is under test, not the extractors). */
function recordingAnalyzer(): Analyzer & { seen: string[] } {
  const seen: string[] = [];
  return {
    size: 1,
    seen,
    async analyze(input) {
      const text = input.text ?? input.html ?? '';
      seen.push(text);
      const a: Analysis = {
        schema: ANALYSIS_SCHEMA,
        article: { id: articleId(input.url, text), url: input.url, title: input.title, outlet: input.outlet, published: input.published, publishedFrom: 'input', language: 'en', text },
        entities: [], times: [], places: [], quotes: [], claims: [], events: [], warnings: [],
      };
      return a;
    },
    async close() {},
  };
}

const post = (app: ReturnType<typeof createApp>, body: string, headers: Record<string, string>) => app.request('/api/ingest', { method: 'POST', body, headers });

test('ingest is refused without a server token, and with a missing or wrong bearer', async () => {
  const store = new SqliteStore(join(dir, 'a.db'));
  const closed = createApp({ store, webRoot: null, analyzer: recordingAnalyzer() });
  const res = await post(closed, '{"text":"x"}', { 'content-type': 'application/json' });
  assert.equal(res.status, 403);
  assert.match(((await res.json()) as { error: string }).error, /--token/);
  const open = createApp({ store, webRoot: null, token: 'sekrit-token', analyzer: recordingAnalyzer() });
  assert.equal((await post(open, '{"text":"x"}', { 'content-type': 'application/json' })).status, 401);
  assert.equal((await post(open, '{"text":"x"}', { 'content-type': 'application/json', authorization: 'Bearer wrong-token!' })).status, 401);
  assert.equal((await store.listArticles()).total, 0);
  await store.close();
});

test('ingest with the token stores JSON articles and reports bad ones by position', async () => {
  const store = new SqliteStore(join(dir, 'b.db'));
  const analyzer = recordingAnalyzer();
  const stored: string[] = [];
  const app = createApp({ store, webRoot: null, token: 'sekrit-token', analyzer, onStored: (a) => void stored.push(a.article.id) });
  const auth = { authorization: 'Bearer sekrit-token' };
  const body = JSON.stringify([
    { url: 'https://news.example/one', title: 'One', text: 'Protesters marched in Lima on Monday.' },
    { url: 'https://news.example/two', text: 42 },
  ]);
  const res = await post(app, body, { ...auth, 'content-type': 'application/json' });
  assert.equal(res.status, 200);
  const summary = (await res.json()) as { stored: number; failed: Array<{ origin: string; error: string }>; articles: string[] };
  assert.equal(summary.stored, 1);
  assert.deepEqual(summary.failed, [{ origin: 'body[1]', error: "'text' must be a string, got number" }]);
  assert.deepEqual(stored, summary.articles);
  assert.equal((await store.listArticles()).total, 1);
  assert.equal((await post(app, 'not json', { ...auth, 'content-type': 'application/json' })).status, 400);
  assert.equal((await post(app, 'x', { ...auth, 'content-type': 'image/png' })).status, 415);
  const ndjson = '{"url":"https://news.example/3","text":"Riots broke out."}\n{"url":"https://news.example/4","text":"A bomb exploded."}\n';
  const lines = (await (await post(app, ndjson, { ...auth, 'content-type': 'application/x-ndjson' })).json()) as { stored: number };
  assert.equal(lines.stored, 2);
  assert.deepEqual(analyzer.seen, ['Protesters marched in Lima on Monday.', 'Riots broke out.', 'A bomb exploded.']);
  // feeds go through the same readers as `newsgraph ingest`: one article per item
  const rss = readFileSync(join(packageRoot, 'examples', 'feeds', 'global-wire-desk.rss'), 'utf8');
  const items = (rss.match(/<item>/g) ?? []).length;
  const fed = (await (await post(app, rss, { ...auth, 'content-type': 'application/rss+xml' })).json()) as { read: number; stored: number };
  assert.equal(fed.read, items);
  assert.equal(fed.stored, items);
  await store.close();
});
