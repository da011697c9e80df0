/**
 * Two workers (two stores, two connection pools) fuse reports of the same incident at the
 * same moment: the fusion lock must leave one incident holding every report, never two.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseAnalysis } from '../../src/fuse/index.js';
import { PostgresStore } from '../../src/store/postgres/store.js';
import { sampleAnalysis } from '../store/sample-analysis.js';

const url = process.env.NEWSGRAPH_TEST_PG;

test('postgres: concurrent fusion of one incident by two workers', { skip: !url && 'NEWSGRAPH_TEST_PG is not set' }, async () => {
  const location = `${url}${url!.includes('?') ? '&' : '?'}schema=ng_fuse_${process.pid}_${Date.now().toString(36)}`;
  const [w1, w2] = [await PostgresStore.open(location), await PostgresStore.open(location)];
  try {
    const reports = Array.from({ length: 12 }, (_, i) => {
      const a = sampleAnalysis(`r${i}`, { killed: 10 + i });
      a.article.outlet = `Outlet ${i}`;
      return a;
    });
    // each worker stores then fuses its half, all at once
    await Promise.all(
      reports.map(async (a, i) => {
        const worker = i % 2 ? w1 : w2;
        await worker.saveAnalysis(a, null);
        await fuseAnalysis(worker, a);
      }),
    );
    const { items } = await w1.incidents();
    assert.equal(items.length, 1, `one incident, got ${items.length}`);
    assert.equal(items[0]!.reports.length, 12);
    assert.deepEqual([items[0]!.fatalities!.min, items[0]!.fatalities!.max], [10, 21]);
  } finally {
    await Promise.all([w1.close(), w2.close()]);
  }
});

test('postgres: the same article delivered twice at once is stored once', { skip: !url && 'NEWSGRAPH_TEST_PG is not set' }, async () => {
  const location = `${url}${url!.includes('?') ? '&' : '?'}schema=ng_dup_${process.pid}_${Date.now().toString(36)}`;
  const [w1, w2] = [await PostgresStore.open(location), await PostgresStore.open(location)];
  try {
    const a = sampleAnalysis('same');
    const outcomes = await Promise.all([w1.saveAnalysis(a, null), w2.saveAnalysis(a, null), w1.saveAnalysis(a, null)]);
    assert.deepEqual(outcomes.sort(), ['duplicate', 'duplicate', 'stored']);
    assert.equal((await w1.stats()).mentions, 4);
  } finally {
    await Promise.all([w1.close(), w2.close()]);
  }
});
