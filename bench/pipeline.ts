/**
 * Pipeline throughput: read+clean+segment and the whole analyze() on one thread and on all
 * cores, HTML pages, ingest into SQLite, and peak memory while ingesting 1k and 10k articles.
 * Peers in the same run: compromise's sentence splitter (segmentation) and bare
 * Readability + linkedom (HTML) — ratios printed beside ours.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { prepareArticle } from '../src/read/prepare.js';
import { segment } from '../src/text/segment.js';
import { createAnalyzer } from '../src/ingest/pool.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { fmtRate, htmlCorpus, textCorpus, throughput } from './corpus.js';

const require = createRequire(import.meta.url);

export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  const { name, inputs } = await textCorpus();
  const chars = inputs.reduce((n, i) => n + (i.text?.length ?? 0), 0);
  const tokens = inputs.reduce((n, i) => n + segment(prepareArticle(i).text).tokens.length, 0);
  console.log(`corpus: ${name}, ${(chars / 1e6).toFixed(2)} MB, ${tokens} tokens (${Math.round(tokens / inputs.length)} per article)`);

  const ours = throughput(inputs, (i) => segment(prepareArticle(i).text));
  const nlp = require('compromise');
  const peer = throughput(inputs, (i) => nlp(i.text).sentences().out('array'));
  console.log(`read+clean+segment, 1 thread: ${fmtRate(ours.perSecond)} articles/s, ${fmtRate((ours.perSecond * tokens) / inputs.length)} tokens/s` +
    `  | compromise sentences alone: ${fmtRate(peer.perSecond)} articles/s  (ratio ${(ours.perSecond / peer.perSecond).toFixed(1)}x)`);

  const full = throughput(inputs, (i) => analyze(i), quick ? 1000 : 3000);
  console.log(`analyze() all stages, 1 thread: ${fmtRate(full.perSecond)} articles/s, ${fmtRate((full.perSecond * tokens) / inputs.length)} tokens/s`);

  const cores = availableParallelism();
  const pool = createAnalyzer(cores);
  const t0 = performance.now();
  await Promise.all(inputs.map((i) => pool.analyze(i, {})));
  const poolRate = (inputs.length * 1000) / (performance.now() - t0);
  await pool.close();
  console.log(`analyze() all stages, ${cores} threads: ${fmtRate(poolRate)} articles/s (${(poolRate / full.perSecond).toFixed(2)}x one thread)`);

  const html = htmlCorpus();
  const { Readability } = require('@mozilla/readability');
  const { parseHTML } = require('linkedom');
  const oursHtml = throughput(html.pages, (h) => segment(prepareArticle({ url: null, title: null, outlet: null, published: null, html: h }).text));
  const bare = throughput(html.pages, (h) => new Readability(parseHTML(h).document).parse());
  console.log(`HTML ${html.name}: read+clean+segment ${fmtRate(oursHtml.perSecond)} pages/s | bare Readability+linkedom ${fmtRate(bare.perSecond)} pages/s (ratio ${(oursHtml.perSecond / bare.perSecond).toFixed(2)}x)`);

  const analyses = inputs.map((i) => analyze(i));
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'newsgraph-bench-')), 'b.db'));
  const t1 = performance.now();
  analyses.forEach((a) => store.saveSync(a, null));
  const storeRate = (analyses.length * 1000) / (performance.now() - t1);
  await store.close();
  console.log(`store only (SQLite, one transaction per article): ${fmtRate(storeRate)} articles/s`);

  const child = fileURLToPath(new URL('./ingest-memory.ts', import.meta.url));
  for (const [count, jobs] of [[quick ? 2000 : 10_000, cores]] as const) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', child, String(count), String(jobs)], { encoding: 'utf8' });
    if (r.status !== 0) {
      console.log(`ingest ${count} articles: failed: ${r.stderr.slice(0, 500)}`);
      continue;
    }
    const m = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
    console.log(`ingest ${count} generated articles, ${jobs} threads: ${fmtRate(m.articlesPerSecond)} articles/s; peak RSS ${Object.entries(m.peakRssMb).map(([k, v]) => `${k}: ${Math.round(v as number)} MB`).join(', ')}`);
  }
}
