/**
 * The store contract on PostgreSQL. Needs a server: NEWSGRAPH_TEST_PG=postgres://... (CI starts
 * a throwaway cluster with scripts/pg-test-cluster.sh). Without it these tests are skipped, and say so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PostgresStore } from '../../src/store/postgres/store.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { storeContract } from './contract.js';

const url = process.env.NEWSGRAPH_TEST_PG;
if (!url) {
  test('postgres: contract suite', { skip: 'NEWSGRAPH_TEST_PG is not set (scripts/pg-test-cluster.sh starts a server)' }, () => {});
} else {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  let n = 0;
  const fresh = () => `${url}${url.includes('?') ? '&' : '?'}schema=ng_${run}_${n++}`;
  storeContract('postgres', () => PostgresStore.open(fresh()));

  test('postgres: opening the same schema twice at once migrates once', async () => {
    const location = fresh();
    const [a, b] = await Promise.all([PostgresStore.open(location), PostgresStore.open(location)]);
    const versions = await a.pool.query('SELECT count(*)::int n, count(DISTINCT version)::int d FROM newsgraph_schema');
    assert.equal(versions.rows[0].n, PG_MIGRATIONS.length);
    assert.equal(versions.rows[0].d, PG_MIGRATIONS.length, 'each migration applied once');
    await Promise.all([a.close(), b.close()]);
  });
}
