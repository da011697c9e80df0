/**
 * `npm run bench:scale [-- --articles N]`: ingest throughput as it grows with processes.
 * The same corpus goes through 1, 2 and 4 `newsgraph worker --jobs 1` processes against one
 * PostgreSQL on this machine, and through SQLite in one process (`ingest --jobs 1`, then with
 * every core); plus the queue's own cost per job (enqueue + take + complete of no-op work).
 * Figures are printed, never asserted. PostgreSQL: $NEWSGRAPH_TEST_PG, else a throwaway
 * cluster from scripts/pg-test-cluster.sh.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { packageRoot, sharedDataDir } from '../src/paths.js';
import { IngestQueue } from '../src/queue/ingest-queue.js';
import { PostgresStore } from '../src/store/postgres/store.js';
import { readInputs } from '../src/read/index.js';
import { parseCsv } from '../src/read/csv.js';

const cli = join(packageRoot, 'src', 'cli', 'run.ts');
const runId = `${process.pid}_${Date.now().toString(36)}`;

interface Row { setup: string; processes: number; seconds: number; steadyPerSecond: number | null; perSecond: number; stored: number }


/** N articles as JSONL: Wikinews 2019-2020 when present, else examples/ repeated under new URLs. */
async function writeCorpus(n: number, dir: string): Promise<{ path: string; name: string }> {
  const wikinews = join(sharedDataDir, 'wikinews-2019-2020');
  let base: Array<{ url: string | null; title: string | null; published: string | null; text: string }> = [];
  let name: string;
  if (existsSync(join(wikinews, 'wikinews_2019.csv'))) {
    for (const f of ['wikinews_2019.csv', 'wikinews_2020.csv']) {
      const [, ...rows] = parseCsv(readFileSync(join(wikinews, f), 'utf8'));
      for (const [url, date, title, text] of rows) if (text?.trim()) base.push({ url: url!, title: title ?? null, published: date ?? null, text });
    }
    name = 'Wikinews 2019-2020';
  } else {
    for await (const item of readInputs([join(packageRoot, 'examples')])) if (item.ok && item.input.text) base.push({ url: item.input.url, title: item.input.title, published: item.input.published, text: item.input.text });
    name = 'examples/';
  }
  // repeated articles get new URLs, so each is a new article to the store
  const lines = Array.from({ length: n }, (_, i) => {
    const a = base[i % base.length]!;
    return JSON.stringify({ ...a, url: `https://scale.bench/${Math.floor(i / base.length)}/${i % base.length}` });
  });
  const path = join(dir, 'corpus.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  const chars = lines.reduce((t, l) => t + l.length, 0);
  return { path, name: `${name}: ${n} articles (${base.length} distinct), ${(chars / n / 1000).toFixed(1)} k chars each on average` };
}

function pgUrl(): string {
  if (process.env.NEWSGRAPH_TEST_PG) return process.env.NEWSGRAPH_TEST_PG;
  return execFileSync(join(packageRoot, 'scripts', 'pg-test-cluster.sh'), { encoding: 'utf8' }).trim();
}

const withSchema = (url: string, schema: string) => `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;

function spawnCli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NEWSGRAPH_DB: '' } });
}

const exited = (c: ChildProcess) => new Promise<number | null>((resolve) => (c.exitCode !== null ? resolve(c.exitCode) : c.once('exit', resolve)));

/** Enqueue the corpus (through `newsgraph ingest`, as a user would), then time W workers draining it. */
async function workersRun(url: string, corpus: string, n: number, workers: number): Promise<Row> {
  const schema = `ng_scale_${runId}_${workers}`;
  const db = withSchema(url, schema);
  await (await PostgresStore.open(db)).close(); // the schema exists before anyone counts in it
  const enqueue = spawnCli(['ingest', corpus, '--db', db, '--quiet']);
  if ((await exited(enqueue)) !== 0) throw new Error(`enqueueing the corpus into ${schema} failed`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  const procs = Array.from({ length: workers }, () => spawnCli(['worker', '--db', db, '--jobs', '1']));
  let first: { t: number; stored: number } | null = null;
  let stored = 0;
  try {
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      const left = await client.query(`SELECT count(*)::int n FROM ${schema}_queue.job WHERE name = 'newsgraph-ingest' AND state IN ('created', 'retry', 'active')`);
      stored = (await client.query(`SELECT count(*)::int n FROM ${schema}.articles`)).rows[0].n;
      if (!first && stored > 0) first = { t: performance.now(), stored };
      if (left.rows[0].n === 0) break;
      if (procs.every((p) => p.exitCode !== null)) throw new Error('every worker exited before the queue was drained');
    }
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map(exited));
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`).catch(() => {});
    await client.end();
  }
  const seconds = (performance.now() - started) / 1000;
  const steady = first && stored > first.stored ? (stored - first.stored) / ((performance.now() - first.t) / 1000) : null;
  return { setup: `PostgreSQL, ${workers} worker process${workers > 1 ? 'es' : ''} --jobs 1`, processes: workers, seconds, steadyPerSecond: steady, perSecond: stored / seconds, stored };
}

/** `newsgraph ingest --jobs J` into a fresh SQLite file, in one process. */
async function sqliteRun(corpus: string, dir: string, jobs: number): Promise<Row> {
  const db = join(dir, `scale-${jobs}.db`);
  const started = performance.now();
  const child = spawnCli(['ingest', corpus, '--db', db, '--jobs', String(jobs)]);
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  await exited(child);
  const seconds = (performance.now() - started) / 1000;
  const m = /stored (\d+).* in ([\d.]+) s \(([\d.]+) articles\/s\)/.exec(err);
  if (!m) throw new Error(`sqlite ingest --jobs ${jobs} printed no summary: ${err.slice(-500)}`);
  return { setup: `SQLite, one process, ingest --jobs ${jobs}`, processes: 1, seconds, steadyPerSecond: Number(m[3]), perSecond: Number(m[1]) / seconds, stored: Number(m[1]) };
}

/** The queue's own cost: send M no-op jobs, then one taker completes them one at a time. */
async function queueOverhead(url: string, m: number): Promise<{ enqueueMs: number; roundTripMs: number }> {
  const db = withSchema(url, `ng_scale_${runId}_queue`);
  const queue = await IngestQueue.open(db);
  const input = { url: null, title: null, outlet: null, published: null, text: 'no-op' };
  let t = performance.now();
  for (let i = 0; i < m; i++) await queue.enqueue({ input });
  const enqueueMs = (performance.now() - t) / m;
  let done = 0;
  t = performance.now();
  await queue.work(1, async () => void done++);
  while (done < m) await new Promise((r) => setTimeout(r, 20));
  const roundTripMs = (performance.now() - t) / m;
  await queue.stop(false);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ng_scale_${runId}_queue_queue CASCADE; DROP SCHEMA IF EXISTS ng_scale_${runId}_queue CASCADE`).catch(() => {});
  await client.end();
  return { enqueueMs, roundTripMs };
}

function printTable(rows: Row[]): void {
  const base = rows[0]!;
  console.log(`${'setup'.padEnd(48)} ${'stored'.padStart(6)} ${'wall s'.padStart(7)} ${'art/s'.padStart(6)} ${'steady'.padStart(7)} ${'x vs 1 worker'.padStart(13)}`);
  for (const r of rows) {
    const ratio = (r.steadyPerSecond ?? r.perSecond) / (base.steadyPerSecond ?? base.perSecond);
    console.log(`${r.setup.padEnd(48)} ${String(r.stored).padStart(6)} ${r.seconds.toFixed(1).padStart(7)} ${r.perSecond.toFixed(2).padStart(6)} ${(r.steadyPerSecond?.toFixed(2) ?? '-').padStart(7)} ${ratio.toFixed(2).padStart(13)}`);
  }
  console.log('art/s: stored / wall time, process start-up (model load) included; steady: from the first stored article on (SQLite: ingest\'s own figure).');
}

export async function run(args: string[]): Promise<void> {
  const i = args.indexOf('--articles');
  const n = i >= 0 ? Number(args[i + 1]) : 120;
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-scale-'));
  try {
    const corpus = await writeCorpus(n, dir);
    const url = pgUrl();
    console.log(`corpus: ${corpus.name}; machine: ${availableParallelism()} cores (shared)`);
    // few jobs: each take waits out pg-boss's polling interval, so this part is slow by nature
    const q = await queueOverhead(url, 40);
    console.log(`queue overhead (pg-boss, 40 no-op jobs): enqueue ${q.enqueueMs.toFixed(2)} ms/job, take + complete ${q.roundTripMs.toFixed(2)} ms/job (one taker)`);
    console.log(`  so one worker slot (--jobs 1) takes at most ${(1000 / q.roundTripMs).toFixed(1)} jobs/s, however fast the analysis`);
    const rows: Row[] = [];
    for (const w of [1, 2, 4]) rows.push(await workersRun(url, corpus.path, n, w));
    rows.push(await sqliteRun(corpus.path, dir, 1));
    rows.push(await sqliteRun(corpus.path, dir, availableParallelism()));
    printTable(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run(process.argv.slice(2));
