/**
 * With PostgreSQL, watch sends new items to the queue for workers instead of analysing them,
 * and keeps its status in the shared database. Needs NEWSGRAPH_TEST_PG (skipped without it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IngestQueue } from '../../src/queue/ingest-queue.js';
import { PostgresStore } from '../../src/store/postgres/store.js';
import { runRound } from '../../src/watch/round.js';
import { queueSink } from '../../src/watch/sink.js';
import { parseSource } from '../../src/watch/sources.js';
import { rss, serve } from './helpers.js';

const url = process.env.NEWSGRAPH_TEST_PG;
if (!url) {
  test('watch: postgres mode enqueues', { skip: 'NEWSGRAPH_TEST_PG is not set (scripts/pg-test-cluster.sh starts a server)' }, () => {});
} else {
  test('watch: postgres mode enqueues new items once and persists status', { timeout: 60_000 }, async () => {
    const location = `${url}${url.includes('?') ? '&' : '?'}schema=ng_watch_${process.pid}_${Date.now().toString(36)}`;
    const feed = rss('Harbour Watch', [
      { link: 'http://harbour.test/1', title: 'One', body: 'Dock workers in Tarsund went on strike on Wednesday over pay.' },
      { link: 'http://harbour.test/2', title: 'Two', body: 'The strike in Tarsund ended on Friday after a deal was signed.' },
    ]);
    const server = await serve({ '/feed': (_q, res) => res.writeHead(200).end(feed) });
    const store = await PostgresStore.open(location);
    const queue = await IngestQueue.open(location);
    const ctx = { store, sink: queueSink(queue), everyMs: 60_000, fetchPages: false, limits: { timeoutMs: 2000 } };
    const sources = [parseSource(`${server.base}/feed`)];
    try {
      const [first] = await runRound(sources, ctx);
      assert.equal(first!.ingested, 2);
      assert.equal((await queue.depth()).queued, 2);
      await runRound(sources, ctx);
      assert.equal((await queue.depth()).queued, 2, 'seen items are not sent again');
      assert.equal((await store.stats()).articles, 0, 'nothing analysed here: workers do that');
      const [status] = await store.feeds();
      assert.equal(status!.itemsIngested, 2);
      assert.equal(status!.lastStatus, 'ok');
    } finally {
      await queue.stop(false);
      await store.close();
      await server.close();
    }
  });
}
