/**
 * Child process of the pipeline bench: ingests COUNT generated articles (the corpus repeated
 * with new URLs, so new ids) into a fresh SQLite file and prints peak RSS at 1k and at the end.
 * Run alone so its peak memory is its own.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestItems } from '../src/ingest/ingest.js';
import { createAnalyzer } from '../src/ingest/pool.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { textCorpus } from './corpus.js';

const count = Number(process.argv[2] ?? 10_000);
const jobs = Number(process.argv[3] ?? 1);
const { inputs } = await textCorpus();
const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'newsgraph-mem-')), 'm.db'));
const analyzer = createAnalyzer(jobs);
const peaks: Record<string, number> = {};
async function* generated() {
  for (let i = 0; i < count; i++) {
    const base = inputs[i % inputs.length]!;
    yield { ok: true as const, input: { ...base, url: `https://bench.example/${i}`, origin: `gen#${i}` } };
  }
}
const start = performance.now();
const summary = await ingestItems(generated(), {
  store,
  analyzer,
  onProgress: (s) => {
    const done = s.stored + s.failed.length;
    if (done === 1000 && !peaks['1k']) peaks['1k'] = process.resourceUsage().maxRSS / 1024;
  },
});
const seconds = (performance.now() - start) / 1000;
peaks[`${count / 1000}k`] = process.resourceUsage().maxRSS / 1024;
await analyzer.close();
await store.close();
console.log(JSON.stringify({ stored: summary.stored, failed: summary.failed.length, seconds, articlesPerSecond: summary.stored / seconds, peakRssMb: peaks }));
