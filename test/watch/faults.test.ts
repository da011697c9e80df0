/**
 * Hostile and broken feeds on loopback: each ends as a clear error for that source alone,
 * within a bounded time, while a good feed in the same round is still taken.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffMs, runRound } from '../../src/watch/round.js';
import { parseSource } from '../../src/watch/sources.js';
import { recordingSink, rss, serve, tempStore, urlsOf } from './helpers.js';

const good = rss('Good Gazette', [{ link: 'http://news.test/ok-1', title: 'Fine', body: 'The ferry to Ostby ran on time on Friday, the operator said.' }]);
const FIFTY_MB = 50 * 1024 * 1024;

test('watch: a hanging, failing, garbage, huge or looping feed each gets its own error; the good feed goes on', { timeout: 20_000 }, async () => {
  let hugeBytesSent = 0;
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const server = await serve({
    '/good.xml': (_q, res) => res.writeHead(200).end(good),
    '/hang.xml': () => {}, // never answers
    '/500.xml': (_q, res) => res.writeHead(500, 'Internal Server Error').end('boom'),
    '/garbage.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('%%% \u0001 this is not xml }{'),
    '/broken.xml': (_q, res) => res.writeHead(200).end('<?xml version="1.0"?><rss><channel><item><title>cut off'),
    '/huge.xml': (_q, res) => {
      // 50 MB streamed with no Content-Length: the client has to notice by counting
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const pump = () => {
        while (hugeBytesSent < FIFTY_MB) {
          hugeBytesSent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    },
    '/loop': (_q, res) => res.writeHead(302, { location: '/loop' }).end(),
  });
  const names = ['good.xml', 'hang.xml', '500.xml', 'garbage.xml', 'broken.xml', 'huge.xml', 'loop'];
  const sources = names.map((n) => parseSource(`${server.base}/${n}`));
  const store = tempStore();
  const sink = recordingSink();
  const started = Date.now();
  try {
    const reports = await runRound(sources, { store, sink, everyMs: 60_000, fetchPages: false, concurrency: 7, limits: { timeoutMs: 1500, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } });
    const byName = Object.fromEntries(names.map((n, i) => [n, reports[i]!]));
    assert.equal(byName['good.xml']!.outcome, 'ok');
    assert.deepEqual(urlsOf(sink.delivered), ['http://news.test/ok-1']);
    assert.match(byName['hang.xml']!.error!, /timed out after 1\.5 s/);
    assert.match(byName['500.xml']!.error!, /HTTP 500/);
    assert.match(byName['garbage.xml']!.error!, /neither an RSS\/Atom feed nor an HTML page/);
    assert.match(byName['broken.xml']!.error!, /malformed XML/);
    assert.match(byName['huge.xml']!.error!, /over the 5\.0 MB limit/);
    assert.match(byName['loop']!.error!, /too many redirects \(more than 5/);
    for (const n of names.slice(1)) assert.equal(byName[n]!.outcome, 'error', n);
    assert.ok(hugeBytesSent < FIFTY_MB, `the huge body was abandoned early (${hugeBytesSent} bytes written)`);
    assert.ok(Date.now() - started < 10_000, 'the round is bounded by the timeout, not by the hanging server');
    // status persisted: one failure each, the error kept
    const status = await store.feedStatus(`${server.base}/500.xml`);
    assert.equal(status!.lastStatus, 'error');
    assert.equal(status!.failures, 1);
    assert.match(status!.lastError!, /HTTP 500/);
    assert.equal((await store.feedStatus(`${server.base}/good.xml`))!.failures, 0);
  } finally {
    await store.close();
    await server.close();
  }
});

test('watch: a source failing again and again is backed off, and recovers its count on success', async () => {
  let fail = true;
  const server = await serve({ '/flaky.xml': (_q, res) => (fail ? res.writeHead(503).end() : res.writeHead(200).end(good)) });
  const store = tempStore();
  const sink = recordingSink();
  let clock = Date.parse('2026-03-03T10:00:00Z');
  const ctx = { store, sink, everyMs: 60_000, fetchPages: false, limits: { timeoutMs: 2000 }, now: () => new Date(clock) };
  const sources = [parseSource(`${server.base}/flaky.xml`)];
  try {
    assert.equal((await runRound(sources, ctx))[0]!.outcome, 'error');
    clock += 60_000;
    assert.equal((await runRound(sources, ctx))[0]!.outcome, 'error', 'one failure: tried again next round');
    clock += 60_000;
    assert.equal((await runRound(sources, ctx))[0]!.outcome, 'backing-off', 'two failures: one round skipped');
    assert.equal(server.requests.length, 2);
    fail = false;
    clock += 60_000;
    assert.equal((await runRound(sources, ctx))[0]!.outcome, 'ok', 'due again two intervals after the last try');
    assert.equal((await store.feedStatus(sources[0]!.location))!.failures, 0);
    assert.equal(backoffMs(4, 60_000), 8 * 60_000);
    assert.equal(backoffMs(40, 60_000), 6 * 3600_000, 'capped');
  } finally {
    await store.close();
    await server.close();
  }
});

test('watch: a redirect to a non-http scheme is refused', async () => {
  const server = await serve({ '/jump': (_q, res) => res.writeHead(301, { location: 'file:///etc/passwd' }).end() });
  const store = tempStore();
  try {
    const [r] = await runRound([parseSource(`${server.base}/jump`)], { store, sink: recordingSink(), everyMs: 60_000, fetchPages: false, limits: {} });
    assert.match(r!.error!, /only http\(s\) URLs are fetched, not 'file:\/\/\/etc\/passwd'/);
  } finally {
    await store.close();
    await server.close();
  }
});
