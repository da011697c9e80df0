/**
 * End to end on the sample corpus: the Peshawar mosque bombing, told by three outlets with
 * three different tolls (examples/README.md), becomes one incident holding all three figures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestPaths } from '../../src/ingest/ingest.js';
import { createAnalyzer } from '../../src/ingest/pool.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

test('three reports of one incident fuse into one incident with every source\'s figure', async () => {
  const store = new SqliteStore(':memory:');
  const summary = await ingestPaths(['examples'], { store, analyzer: createAnalyzer(1) });
  assert.equal(summary.failed.length, 0, JSON.stringify(summary.failed));
  const { items } = await store.incidents({ country: 'PK', minFatalities: 40 });
  const peshawar = items.filter((i) => i.place?.name === 'Peshawar');
  assert.equal(peshawar.length, 1, `one Peshawar incident, got ${JSON.stringify(items.map((i) => [i.place?.name, i.reports.length]))}`);
  const [i] = peshawar;
  assert.equal(new Set(i!.reports.map((r) => r.outlet)).size, 3);
  assert.deepEqual(i!.fatalities!.bySource.map((b) => b.value).sort((a, b) => a - b), [44, 59, 61]);
  assert.deepEqual([i!.fatalities!.min, i!.fatalities!.max], [44, 61]);
  assert.equal(i!.date.start, '2023-01-30');
  await store.close();
});
