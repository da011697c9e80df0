/**
 * `npm run bench:api [-- --events N --seconds S --warmup S --keep --db FILE --workers N --only TEXT --migrate]`: load
 * figures for the HTTP API on a generated database (default 1M events), with autocannon on
 * loopback, each run bounded in time. Prints requests/s, p50/p99 latency and server CPU per
 * request for filtered events pages (50 connections), a GeoJSON export, the timeline and
 * full-text search: first with the response cache off (every request a query; the filtered page
 * rotates over 2,400 distinct filters), then with it on (warm: 20 pages; and the 2,400 again).
 * Each scenario first runs --warmup seconds (default 2) unmeasured: a server that has just started
 * compiles its statements and code and faults its first pages in meanwhile, which is not the
 * scenario's cost (the response cache stays as set: off, or on for the CACHE ON runs).
 * --only runs the scenarios whose name contains TEXT. A --db below the latest schema is refused
 * unless --migrate lets the server migrate it in place. Never asserts a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { packageRoot } from '../src/paths.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';
import { COUNTRIES, generateEventsDb, TYPES } from './api-data.js';

interface Options { events: number; seconds: number; warmup: number; keep: boolean; db: string | null; workers: number; only: string | null; migrate: boolean }

function options(args: string[]): Options {
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  return { events: Number(value('events') ?? 1_000_000), seconds: Number(value('seconds') ?? 10), warmup: Number(value('warmup') ?? 2), keep: args.includes('--keep'), db: value('db') ?? null, workers: Number(value('workers') ?? 1), only: value('only') ?? null, migrate: args.includes('--migrate') };
}

/** The server runs in its own process so autocannon does not share its event loop. */
async function startServer(db: string, workers: number, cacheEntries: number): Promise<{ url: string; child: ChildProcess }> {
  const args = ['--import', 'tsx', join(packageRoot, 'src', 'cli', 'run.ts'), 'serve', '--db', db, '--port', '0', '--workers', String(workers)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NEWSGRAPH_API_CACHE: String(cacheEntries) } });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
      if (m) resolve(m[0]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
  return { url, child };
}

/** Wait until the server answers /healthz quickly again: requests queued by the last run are done. */
async function drained(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const t = Date.now();
    await fetch(`${url}/healthz`).then((r) => r.text());
    if (Date.now() - t < 50) return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

interface Scenario { name: string; connections: number; paths: string[] }

/** CPU time the server and its worker processes have used, in ms (Linux /proc): robust to a busy shared machine. */
function serverCpuMs(pid: number): number | null {
  const stat = (p: string) => readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
  try {
    let total = 0;
    for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let fields: string[];
      try {
        fields = stat(p);
      } catch {
        continue; // the process ended meanwhile
      }
      if (Number(p) === pid || Number(fields[1]) === pid) total += Number(fields[11]) + Number(fields[12]); // utime + stime
    }
    return (total * 1000) / 100; // USER_HZ = 100
  } catch {
    return null;
  }
}

/** autocannon over the scenario's paths for `seconds`. */
function load(url: string, s: Scenario, seconds: number) {
  // every request takes the next path of one shared sequence: connections do not walk the list in
  // step (50 of them asking for the same page at once would let a cache answer 49 of every 50)
  let next = 0;
  const setupRequest = (req: { method?: string; path: string }) => ({ ...req, path: s.paths[next++ % s.paths.length]! });
  return autocannon({ url, connections: s.connections, duration: seconds, requests: [{ method: 'GET', path: s.paths[0]!, setupRequest }] });
}

async function measure(url: string, s: Scenario, seconds: number, pid: number) {
  const cpuBefore = serverCpuMs(pid);
  const result = await load(url, s, seconds);
  await drained(url);
  const cpuAfter = serverCpuMs(pid);
  const served = result.requests.total + result.non2xx;
  return {
    cpuPerRequest: cpuBefore !== null && cpuAfter !== null && served ? (cpuAfter - cpuBefore) / served : null,
    name: s.name,
    connections: s.connections,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    mbps: result.throughput.average / 1e6,
    errors: result.errors + result.non2xx + result.timeouts,
    requests: result.requests.total,
  };
}

const year = (y: number) => `dateFrom=${y}-01-01&dateTo=${y}-12-31`;
const YEARS = Array.from({ length: 10 }, (_, i) => 2015 + i);

/**
 * Every type x country x year page (6 x 40 x 10 = 2,400 distinct filters), interleaved so that
 * neighbouring requests differ in all three: far more than the response cache holds, so a run
 * over them measures the queries, not the cache.
 */
function typeCountryYearPaths(): string[] {
  const paths: string[] = [];
  for (const y of YEARS) for (const [cc] of COUNTRIES) for (const [type] of TYPES) paths.push(`/api/events?type=${encodeURIComponent(type)}&country=${cc}&${year(y)}&limit=50`);
  // a fixed shuffle (stride coprime with the length) spreads consecutive requests over the space
  return paths.map((_, i) => paths[(i * 1031) % paths.length]!);
}

/** Scenarios run against a server with the response cache off: every figure is a real query. */
function coldScenarios(): Scenario[] {
  // one filter shape per scenario, so a slow shape shows as itself (a slow query queues
  // everything behind it); the actor filter still runs last, gently
  const filtered = typeCountryYearPaths();
  return [
    { name: `events page: type+country+year (${filtered.length} filters)`, connections: 50, paths: filtered },
    { name: 'events page: unfiltered, newest first', connections: 50, paths: ['/api/events?limit=50'] },
    { name: 'events page: country + minFatalities, by toll (40 countries)', connections: 50, paths: COUNTRIES.map(([cc]) => `/api/events?country=${cc}&minFatalities=10&sort=-fatalities&limit=50`) },
    { name: 'events page: bbox + year (10 years)', connections: 50, paths: YEARS.map((y) => `/api/events?bbox=30,0,45,15&${year(y)}&limit=50`) },
    { name: 'GeoJSON export: one country-year (streamed)', connections: 10, paths: [`/api/events.geojson?country=SY&${year(2020)}`] },
    { name: 'timeline: one country, all years', connections: 10, paths: ['/api/timeline?country=SY'] },
    { name: 'full-text search: 20 hits with snippets', connections: 50, paths: ['/api/articles?q=clashes%20Aleppo', '/api/articles?q=%22air%20strike%22%20Gao', '/api/articles?q=curfew%20Kharkiv', '/api/articles?q=convoy%20Mogadishu'] },
    { name: 'events page: actor name', connections: 5, paths: ['/api/events?actor=Armed%20Group%2017&limit=50', '/api/events?actor=Armed%20Group%201234&limit=50'] },
  ];
}

/** With the cache on: the same 20 pages opened over and over (warm), and the 2,400 filters again (mostly misses). */
function warmScenarios(): Scenario[] {
  const filtered = typeCountryYearPaths();
  return [
    { name: 'CACHE ON events page: type+country+year (20 filters)', connections: 50, paths: filtered.slice(0, 20) },
    { name: `CACHE ON events page: type+country+year (${filtered.length} filters)`, connections: 50, paths: filtered },
  ];
}

/**
 * The server migrates the database it opens. A kept 1M-event database is slow to make and
 * shared between runs (and people): growing it by a migration (migration 11 took ~45 s and
 * added ~750 MB at 1M events) must be asked for, not a side effect of a benchmark.
 */
function refuseSilentMigration(db: string, allowed: boolean): void {
  const file = new Database(db, { readonly: true, fileMustExist: true });
  const version = file.pragma('user_version', { simple: true }) as number;
  file.close();
  if (version >= MIGRATIONS.length || allowed) return;
  throw new Error(`bench:api: ${db} is at schema ${version} and the server would migrate it in place to ${MIGRATIONS.length}; copy it and pass the copy, or pass --migrate`);
}

async function runScenarios(db: string, o: Options, cacheEntries: number, scenarios: Scenario[]): Promise<void> {
  const chosen = scenarios.filter((s) => !o.only || s.name.includes(o.only));
  if (!chosen.length) return;
  const { url, child } = await startServer(db, o.workers, cacheEntries);
  try {
    console.log(`\nautocannon on ${url}, ${o.seconds} s per scenario after ${o.warmup} s unmeasured (server: ${o.workers} Node process${o.workers > 1 ? 'es' : ''}, SQLite WAL, response cache ${cacheEntries ? `${cacheEntries} entries` : 'off'}; machine shared, figures are noisy)\n`);
    console.log(['scenario', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'MB/s', 'errors', 'server cpu-ms/req', 'load 1m'].join('\t'));
    for (const s of chosen) {
      await drained(url);
      if (o.warmup > 0) await load(url, s, o.warmup);
      await drained(url);
      const r = await measure(url, s, o.seconds, child.pid!);
      // the machine's load when the scenario ends: latency taken at a load above the core count measures the queue for the CPU, not the server
      console.log([r.name, r.connections, r.rps.toFixed(0), r.p50, r.p99, r.max, r.mbps.toFixed(1), r.errors, r.cpuPerRequest?.toFixed(2) ?? '?', loadavg()[0]!.toFixed(1)].join('\t'));
    }
    if (chosen.some((s) => s.name.startsWith('GeoJSON'))) {
      const exportSize = await (await fetch(`${url}/api/events.geojson?country=SY&${year(2020)}`)).text();
      console.log(`\n(the GeoJSON export above is ${(exportSize.length / 1e6).toFixed(2)} MB, ${(exportSize.match(/"Feature"/g) ?? []).length} features)`);
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

export async function run(args: string[]): Promise<void> {
  const o = options(args);
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-api-'));
  const db = o.db ?? join(dir, 'bench.db');
  try {
    if (!o.db || !existsSync(db)) {
      const t = Date.now();
      const made = generateEventsDb(db, o.events);
      console.log(`generated ${made.events.toLocaleString('en')} events in ${made.articles.toLocaleString('en')} articles in ${((Date.now() - t) / 1000).toFixed(1)} s (${db})`);
    }
    if (o.db && existsSync(db)) refuseSilentMigration(db, o.migrate);
    console.log(`load average before the runs: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    await runScenarios(db, o, 0, coldScenarios());
    await runScenarios(db, o, 500, warmScenarios());
    console.log(`\nload average after the runs: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log('target: p99 < 50 ms for a filtered events page at 50 connections');
    console.log('server cpu-ms/req is the service time without waiting for the CPU; one server thread at 50 connections queues ~50 of them (p99 ~ 50 x cpu-ms/req on an idle core)');
  } finally {
    // the temporary folder holds the database only when --db was not given
    if (o.db || !o.keep) rmSync(dir, { recursive: true, force: true });
    if (o.db || o.keep) console.log(`database kept: ${db}`);
  }
}

if (process.argv[1] && /bench[\\/]api\.ts$/.test(process.argv[1])) await run(process.argv.slice(2));
