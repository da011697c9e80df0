import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheEntriesFromEnv, cacheKey, ResponseCache } from '../../src/server/cache.js';
import { createApp } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { marketReport } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cache-'));
let store: SqliteStore;

before(async () => {
  store = new SqliteStore(join(dir, 'cache.db'));
  await store.saveAnalysis(marketReport('m1', 'Daily Kadiri', 12, '2023-03-05'), null);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('cache: least recently used entries go first, and a new version makes an entry stale', () => {
  const cache = new ResponseCache(2);
  const answer = (body: string) => ({ body, contentType: 'application/json' });
  cache.set('a', 'v1', answer('A'));
  cache.set('b', 'v1', answer('B'));
  assert.equal(cache.get('a', 'v1')?.body, 'A'); // a is now the most recent
  cache.set('c', 'v1', answer('C'));
  assert.equal(cache.get('b', 'v1'), null, 'b was the least recently used');
  assert.equal(cache.get('a', 'v1')?.body, 'A');
  assert.equal(cache.get('a', 'v2'), null, 'another data version');
  assert.equal(cache.get('a', 'v1'), null, 'a stale entry is dropped, not kept for later');
  assert.equal(cache.size, 1);
});

test('cache: keys ignore parameter order; the size comes from NEWSGRAPH_API_CACHE', () => {
  assert.equal(cacheKey('/api/events', { type: 'Battles', country: 'SY' }), cacheKey('/api/events', { country: 'SY', type: 'Battles' }));
  assert.notEqual(cacheKey('/api/events', { limit: 5 }), cacheKey('/api/events', { limit: 50 }));
  assert.equal(cacheEntriesFromEnv({ NEWSGRAPH_API_CACHE: '0' }), 0);
  assert.throws(() => cacheEntriesFromEnv({ NEWSGRAPH_API_CACHE: 'lots' }), /NEWSGRAPH_API_CACHE.*'lots'/);
});

test('cache: a repeated page is a hit until the store changes, then the new data shows', async () => {
  const app = createApp({ store, webRoot: null, cacheEntries: 10 });
  const get = async (path: string) => {
    const res = await app.request(path);
    return { cache: res.headers.get('x-cache'), body: (await res.json()) as { total: number } };
  };
  const first = await get('/api/events?country=NG&limit=5');
  assert.equal(first.cache, 'miss');
  const again = await get('/api/events?limit=5&country=NG');
  assert.deepEqual(again, { cache: 'hit', body: first.body });
  await store.saveAnalysis(marketReport('m2', 'Kadiri Times', 14, '2023-03-06'), null);
  const after = await get('/api/events?country=NG&limit=5');
  assert.equal(after.cache, 'miss');
  assert.ok(after.body.total > first.body.total);
  assert.equal(after.body.total, (await store.events({ country: 'NG' })).total);
});

test('cache: a write by another connection (another process) is seen too', async () => {
  const app = createApp({ store, webRoot: null, cacheEntries: 10 });
  const total = async () => (await (await app.request('/api/events?country=NG')).json() as { total: number }).total;
  const before = await total();
  assert.equal(await total(), before);
  const other = new SqliteStore(store.path);
  await other.saveAnalysis(marketReport('m3', 'Kano Post', 9, '2023-03-07'), null);
  await other.close();
  const now = await total();
  assert.ok(now > before, `${now} events after the write, ${before} before`);
  assert.equal(now, (await store.events({ country: 'NG' })).total);
});

test('cache off: no x-cache header, every answer computed', async () => {
  const app = createApp({ store, webRoot: null, cacheEntries: 0 });
  const res = await app.request('/api/events?limit=1');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('x-cache'), null);
});

test('cache on: routes without cacheable JSON are answered as they are, never kept', async () => {
  const app = createApp({ store, webRoot: null, cacheEntries: 10 });
  for (let i = 0; i < 2; i++) {
    const res = await app.request('/api/articles/m1');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-cache'), null);
    assert.equal(((await res.json()) as { article: { id: string } }).article.id, 'm1');
  }
  const missing = await app.request('/api/articles/nope');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('x-cache'), null);
});
