/**
 * Faults in distributed ingest, on a real PostgreSQL (NEWSGRAPH_TEST_PG; skipped without one):
 * a worker killed mid-job, a job that always fails, a database restart under load.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestQueue } from '../../src/queue/ingest-queue.js';
import { PostgresStore } from '../../src/store/postgres/store.js';
import { cliAsync } from '../cli/run-cli.js';

const base = process.env.NEWSGRAPH_TEST_PG;
const skip = !base && 'NEWSGRAPH_TEST_PG is not set';
const schemaUrl = (root: string, name: string) => `${root}${root.includes('?') ? '&' : '?'}schema=ng_${name}_${process.pid}_${Date.now().toString(36)}`;
const article = (i: number) => ({
  url: `https://example.org/fault/${i}`, title: `Fault ${i}`, outlet: 'Test Wire', published: '2023-03-10', origin: `fault#${i}`,
  text: `Gunmen attacked a checkpoint near Mosul on Sunday, killing at least ${i + 2} soldiers, officials said.\n\nThe attack was the latest of several in the province. Item ${i}.`,
});

const FAST = { NEWSGRAPH_QUEUE_SUPERVISE_SECONDS: '1' };

const workerLogs = new Map<ChildProcess, string[]>();
function worker(db: string, extra: string[] = []): ChildProcess {
  const p = cliAsync(['worker', '--db', db, '--jobs', '1', ...extra], FAST);
  const log: string[] = [];
  p.stderr!.on('data', (d) => log.push(String(d)));
  workerLogs.set(p, log);
  return p;
}
/** A worker's stderr, for the message of a failing assertion. */
const logOf = (p: ChildProcess) => (workerLogs.get(p) ?? []).join('').slice(-2000);

async function until(what: string, check: () => Promise<boolean>, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const stopped = (p: ChildProcess) => new Promise<number | null>((resolve) => (p.exitCode !== null ? resolve(p.exitCode) : p.once('exit', (c) => resolve(c))));

test('a worker killed mid-job: its job is taken up again, nothing lost or stored twice', { skip, timeout: 180_000 }, async () => {
  const db = schemaUrl(base!, 'kill');
  const store = await PostgresStore.open(db);
  const queue = await IngestQueue.open(db, { expireInSeconds: 3, superviseIntervalSeconds: 1, retryDelaySeconds: 1 });
  const N = 12;
  for (let i = 0; i < N; i++) await queue.enqueue({ input: article(i) });
  const first = worker(db, ['--expire-seconds', '3']);
  await until('a first article stored', async () => (await store.stats()).articles >= 1);
  first.kill('SIGKILL');
  await stopped(first);
  const second = worker(db, ['--expire-seconds', '3']);
  try {
    await until('every article stored', async () => (await store.stats()).articles === N);
    await until('the queue drained', async () => {
      const d = await queue.depth();
      return d.queued === 0 && d.active === 0;
    });
    const s = await store.stats();
    assert.equal(s.articles, N);
    const reports = await store.pool.query('SELECT count(*)::int n, count(DISTINCT (article, event))::int d FROM incident_reports');
    assert.equal(reports.rows[0].n, reports.rows[0].d, 'no event reported twice in incidents');
  } finally {
    second.kill('SIGTERM');
    await stopped(second);
    await queue.stop(false);
    await store.close();
  }
});

test('a job that keeps failing is retried with backoff, then dead-lettered with its reason', { skip, timeout: 120_000 }, async () => {
  const db = schemaUrl(base!, 'dead');
  const queue = await IngestQueue.open(db, { retryLimit: 2, retryDelaySeconds: 1, superviseIntervalSeconds: 1 });
  await queue.enqueue({ input: { url: null, title: null, outlet: null, published: null, text: '   ', origin: 'empty.txt' } });
  const w = worker(db);
  try {
    await until('the job dead-lettered', async () => (await queue.depth()).dead === 1);
  } finally {
    w.kill('SIGTERM');
    await stopped(w);
  }
  try {
    const dead = await queue.deadJobs();
    assert.equal(dead.length, 1);
    assert.equal(dead[0]!.origin, 'empty.txt');
    assert.match(dead[0]!.error, /no article text/);
  } finally {
    await queue.stop(false);
  }
});

test('SIGTERM: the worker finishes the job in hand and exits cleanly', { skip, timeout: 120_000 }, async () => {
  const db = schemaUrl(base!, 'term');
  const store = await PostgresStore.open(db);
  const queue = await IngestQueue.open(db);
  for (let i = 0; i < 40; i++) await queue.enqueue({ input: article(i) });
  const w = worker(db);
  try {
    await until('some work done', async () => (await store.stats()).articles >= 1);
    w.kill('SIGTERM');
    assert.equal(await stopped(w), 0, logOf(w));
    const d = await queue.depth();
    assert.equal(d.active, 0, 'no job left half-done');
    assert.equal((await store.stats()).articles + d.queued, 40);
  } finally {
    w.kill('SIGKILL');
    await queue.stop(false);
    await store.close();
  }
});

const pgBin = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'].find((d) => existsSync(d));
const canRestart = !skip && pgBin && process.getuid?.() === 0;

test('PostgreSQL restarts during an ingest: workers reconnect and finish', { skip: !canRestart && 'needs root and PostgreSQL server binaries for a cluster of its own', timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-pg-restart-'));
  const port = String(40000 + Math.floor(Math.random() * 20000));
  const started = spawnSync('bash', ['scripts/pg-test-cluster.sh', dir, port], { encoding: 'utf8' });
  assert.equal(started.status, 0, started.stderr);
  const db = `${started.stdout.trim()}?schema=ng_restart`;
  const store = await PostgresStore.open(db);
  const queue = await IngestQueue.open(db, { retryDelaySeconds: 1, superviseIntervalSeconds: 1, expireInSeconds: 5 });
  const N = 30;
  for (let i = 0; i < N; i++) await queue.enqueue({ input: article(i) });
  await queue.stop(false);
  const w = worker(db, ['--expire-seconds', '5']);
  try {
    await until('ingest under way', async () => (await store.stats()).articles >= 2).catch((e) => {
      throw new Error(`${(e as Error).message}; worker said: ${logOf(w)}`);
    });
    const restart = spawnSync('su', ['postgres', '-s', '/bin/bash', '-c', `${pgBin}/pg_ctl -D '${dir}' -l '${dir}/log' -m fast -w restart -o "-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off"`], { encoding: 'utf8' });
    assert.equal(restart.status, 0, restart.stderr);
    await until('every article stored after the restart', async () => {
      try {
        return (await store.stats()).articles === N;
      } catch {
        return false; // our own pool reconnects too
      }
    }, 120_000).catch((e) => {
      throw new Error(`${(e as Error).message}; worker said: ${logOf(w)}`);
    });
  } finally {
    w.kill('SIGTERM');
    await stopped(w);
    await store.close();
    const stop = spawnSync('su', ['postgres', '-s', '/bin/bash', '-c', `${pgBin}/pg_ctl -D '${dir}' -m immediate -w stop`], { encoding: 'utf8' });
    if (stop.status !== 0) process.stderr.write(`could not stop the test cluster in ${dir}: ${stop.stderr}\n`);
  }
});
