/**
 * Child process of the pipeline bench: ingests COUNT generated articles (the corpus repeated
 * with new URLs, so new ids) into a fresh SQLite file and prints peak RSS at 1k and at the end,
 * with JOBS analysis threads. Run alone so its peak memory is its own:
 *   node --import tsx bench/ingest-memory.ts [COUNT=10000] [JOBS=1]
 * Prints one JSON object: throughput (wall and per CPU-second, since the machine is shared),
 * peak RSS, each analysis thread's heap at the end, the main thread's own CPU per article (its
 * share: reading, storing, fusing, receiving analyses), and the load average before and after.
 * The store groups commits as `newsgraph ingest` does.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestItems } from '../src/ingest/ingest.js';
import { createAnalyzer } from '../src/ingest/pool.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { textCorpus } from './corpus.js';

const count = Number(process.argv[2] ?? 10_000);
const jobs = Number(process.argv[3] ?? 1);
const mb = (bytes: number) => Math.round(bytes / 1048576);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const load = () => loadavg().map((x) => Number(x.toFixed(2)));

/** CPU milliseconds of this process's main thread alone (Linux /proc; null elsewhere). */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100/s)
  } catch {
    return null;
  }
}

const loadBefore = load();
const { inputs } = await textCorpus();
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-memb-'));
try {
  const store = new SqliteStore(join(dir, 'm.db'));
  store.groupCommits();
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const start = performance.now();
  const analyzer = createAnalyzer(jobs);
  const peaks: Record<string, number> = {};
  async function* generated() {
    for (let i = 0; i < count; i++) {
      const base = inputs[i % inputs.length]!;
      yield { ok: true as const, input: { ...base, url: `https://bench.example/${i}`, origin: `gen#${i}` } };
    }
  }
  const summary = await ingestItems(generated(), {
    store,
    analyzer,
    onProgress: (s) => {
      const done = s.stored + s.failed.length;
      if (done === 1000 && !peaks['1k']) peaks['1k'] = peakRssMb();
    },
  });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const main1 = mainThreadCpuMs();
  const mainCpuMsPerArticle = main0 === null || main1 === null ? null : Number(((main1 - main0) / count).toFixed(1));
  peaks[`${count / 1000}k`] = peakRssMb();
  const main = process.memoryUsage();
  const threads = (await analyzer.threadMemory?.()) ?? [];
  await analyzer.close();
  await store.close();
  console.log(JSON.stringify({
    count, jobs, stored: summary.stored, failed: summary.failed.length,
    seconds: Number(seconds.toFixed(1)), articlesPerSecond: Number((summary.stored / seconds).toFixed(1)),
    cpuSeconds: Number(cpuSeconds.toFixed(1)), articlesPerCpuSecond: Number((summary.stored / cpuSeconds).toFixed(1)),
    cpuMsPerArticle: Number(((cpuSeconds * 1000) / count).toFixed(1)), mainCpuMsPerArticle,
    peakRssMb: peaks,
    mainHeapMb: { used: mb(main.heapUsed), total: mb(main.heapTotal), external: mb(main.external), rss: mb(main.rss) },
    threadHeapMb: threads.map((t) => ({ used: mb(t.heapUsed), total: mb(t.heapTotal), external: mb(t.external) })),
    loadBefore, loadAfter: load(),
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
