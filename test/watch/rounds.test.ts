/** Watch rounds on loopback feeds: new items delivered once, conditional requests, folders. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRound } from '../../src/watch/round.js';
import { parseSource } from '../../src/watch/sources.js';
import { recordingSink, rss, serve, tempStore, urlsOf, type FeedItemSpec } from './helpers.js';

const story = (n: number): FeedItemSpec => ({
  link: `http://news.test/story-${n}`,
  title: `Story ${n}`,
  body: `The harbour council in Varnmouth met on Monday to discuss item ${n}. Members voted to repair the old pier before winter.`,
});

test('watch: new feed items are delivered once; the next round skips them and takes only new ones', async () => {
  let items = [story(1), story(2)];
  const server = await serve({ '/feed.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('Varnmouth Herald', items)) });
  const store = tempStore();
  const sink = recordingSink();
  const ctx = { store, sink, everyMs: 60_000, fetchPages: false, limits: { timeoutMs: 2000 } };
  const sources = [parseSource(`${server.base}/feed.xml`)];
  try {
    const [first] = await runRound(sources, ctx);
    assert.equal(first!.outcome, 'ok');
    assert.deepEqual(urlsOf(sink.delivered), ['http://news.test/story-1', 'http://news.test/story-2']);
    const [second] = await runRound(sources, ctx);
    assert.equal(second!.newItems, 0);
    assert.equal(sink.delivered.length, 2, 'seen items are not delivered again');
    items = [story(3), ...items];
    await runRound(sources, ctx);
    assert.deepEqual(urlsOf(sink.delivered.slice(2)), ['http://news.test/story-3']);
    const status = (await store.feeds())[0]!;
    assert.equal(status.kind, 'feed');
    assert.equal(status.itemsSeen, 3);
    assert.equal(status.itemsIngested, 3);
    assert.equal(status.lastStatus, 'ok');
    assert.ok(status.lastFetch);
  } finally {
    await store.close();
    await server.close();
  }
});

test('watch: ETag and Last-Modified are sent back, and 304 means nothing new', async () => {
  const body = rss('Valley Post', [story(7)]);
  const conditional = (req: { headers: Record<string, string | string[] | undefined> }, header: string, value: string) => req.headers[header] === value;
  const server = await serve({
    '/etag.xml': (req, res) => (conditional(req, 'if-none-match', '"v1"') ? res.writeHead(304).end() : res.writeHead(200, { etag: '"v1"' }).end(body)),
    '/lm.xml': (req, res) =>
      conditional(req, 'if-modified-since', 'Tue, 03 Mar 2026 10:00:00 GMT')
        ? res.writeHead(304).end()
        : res.writeHead(200, { 'last-modified': 'Tue, 03 Mar 2026 10:00:00 GMT' }).end(body),
  });
  const store = tempStore();
  const sink = recordingSink();
  const ctx = { store, sink, everyMs: 60_000, fetchPages: false, limits: { timeoutMs: 2000 } };
  const sources = [parseSource(`${server.base}/etag.xml`), parseSource(`${server.base}/lm.xml`)];
  try {
    assert.deepEqual((await runRound(sources, ctx)).map((r) => r.outcome), ['ok', 'ok']);
    assert.deepEqual((await runRound(sources, ctx)).map((r) => r.outcome), ['not-modified', 'not-modified']);
    const etag = await store.feedStatus(`${server.base}/etag.xml`);
    assert.equal(etag!.etag, '"v1"');
    assert.equal(etag!.lastStatus, 'not-modified');
    const lm = await store.feedStatus(`${server.base}/lm.xml`);
    assert.equal(lm!.lastModified, 'Tue, 03 Mar 2026 10:00:00 GMT');
    assert.equal(server.requests.at(-1)!.headers['user-agent']!.includes('newsgraph'), true);
  } finally {
    await store.close();
    await server.close();
  }
});

test('watch: a folder yields new and changed files, not unchanged ones', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-watch-dir-'));
  writeFileSync(join(dir, 'a.txt'), 'Flooding closed the Varnmouth road on Sunday. Crews cleared it by noon.');
  writeFileSync(join(dir, 'notes.md'), 'not an article format');
  const store = tempStore();
  const sink = recordingSink();
  const ctx = { store, sink, everyMs: 60_000, fetchPages: false, limits: {} };
  const sources = [parseSource(dir)];
  try {
    await runRound(sources, ctx);
    assert.equal(sink.delivered.length, 1);
    writeFileSync(join(dir, 'b.txt'), 'A new bridge opened in Varnmouth on Tuesday, the council said.');
    await runRound(sources, ctx);
    assert.equal(sink.delivered.length, 2, 'only the new file');
    writeFileSync(join(dir, 'a.txt'), 'Flooding closed the Varnmouth road again on Thursday after heavy rain.');
    utimesSync(join(dir, 'a.txt'), new Date(), new Date(Date.now() + 5000));
    await runRound(sources, ctx);
    assert.equal(sink.delivered.length, 3, 'the changed file is read again');
    assert.match((sink.delivered[2] as { input: { text: string } }).input.text, /again on Thursday/);
    assert.equal((await store.feedStatus(sources[0]!.location))!.kind, 'folder');
  } finally {
    await store.close();
  }
});

test('watch: sources that cannot be watched are refused with the reason', () => {
  assert.throws(() => parseSource('ftp://news.test/feed'), /only http\(s\)/);
  assert.throws(() => parseSource('/no/such/folder/here'), /neither an http\(s\) URL nor an existing folder/);
});

test('watch: status is served at /api/feeds', async () => {
  const { createApp } = await import('../../src/server/app.js');
  const server = await serve({ '/f.xml': (_q, res) => res.writeHead(200).end(rss('Api Post', [story(9)])), '/gone.xml': (_q, res) => res.writeHead(410).end() });
  const store = tempStore();
  try {
    await runRound([parseSource(`${server.base}/f.xml`), parseSource(`${server.base}/gone.xml`)], { store, sink: recordingSink(), everyMs: 60_000, fetchPages: false, limits: {} });
    const res = await createApp({ store, webRoot: null }).request('/api/feeds');
    assert.equal(res.status, 200);
    const body = (await res.json()) as { total: number; failing: number; items: Array<{ source: string; itemsIngested: number; lastError: string | null }> };
    assert.equal(body.total, 2);
    assert.equal(body.failing, 1);
    assert.equal(body.items.find((f) => f.source.endsWith('/f.xml'))!.itemsIngested, 1);
    assert.match(body.items.find((f) => f.source.endsWith('/gone.xml'))!.lastError!, /HTTP 410/);
  } finally {
    await store.close();
    await server.close();
  }
});

test('watch --fetch-pages: the item page is analysed instead of the excerpt; a missing page keeps the excerpt', async () => {
  const page = '<html><head><title>Pier</title></head><body><article><p>The full report: the Varnmouth pier reopened on Saturday after repairs that cost 2 million crowns.</p></article></body></html>';
  let base = '';
  const server = await serve({
    '/feed.xml': (_q, res) => res.writeHead(200).end(rss('Herald', [{ link: `${base}/pier`, title: 'Pier', body: 'Excerpt only.' }, { link: `${base}/missing`, title: 'Gone', body: 'Excerpt kept.' }])),
    '/pier': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page),
  });
  base = server.base;
  const store = tempStore();
  const sink = recordingSink();
  try {
    await runRound([parseSource(`${server.base}/feed.xml`)], { store, sink, everyMs: 60_000, fetchPages: true, limits: { timeoutMs: 2000 } });
    const [pier, missing] = sink.delivered.map((i) => (i.ok ? i.input : null));
    assert.match(pier!.html!, /full report/);
    assert.equal(pier!.url, `${server.base}/pier`);
    assert.equal(pier!.title, 'Pier');
    assert.match(missing!.text ?? missing!.html ?? '', /Excerpt kept/);
  } finally {
    await store.close();
    await server.close();
  }
});
