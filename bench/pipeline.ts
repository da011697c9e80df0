/**
 * Pipeline throughput: read+clean+segment and the whole analyze() on one thread and on all
 * cores, HTML pages, ingest into SQLite, and peak memory while ingesting 1k and 10k articles.
 * Peers in the same run: compromise's sentence splitter (segmentation) and bare
 * Readability + linkedom (HTML) — ratios printed beside ours. Rates are given per wall-clock
 * second and per second of CPU time (steadier when other jobs share the cores), with the
 * load average before and after. `--read-only`: only the read+clean+segment figures (text and
 * HTML); `--html-only`: only the HTML figures.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import { prepareArticle } from '../src/read/prepare.js';
import { htmlToArticle } from '../src/read/html.js';
import { pageMetadata } from '../src/read/html-meta.js';
import { pruneVerdict, type Verdict } from '../src/read/html-prune.js';
import { extractContent } from '../src/read/html/content.js';
import { scanHtml } from '../src/read/html/scan.js';
import { cleanText } from '../src/read/clean.js';
import { segment } from '../src/text/segment.js';
import { createAnalyzer } from '../src/ingest/pool.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { fmtRate, htmlCorpus, textCorpus, throughput } from './corpus.js';
import type { ArticleInput } from '../src/model/input.js';

const require = createRequire(import.meta.url);

const rate = (r: { perSecond: number; cpuPerSecond: number }): string => `${fmtRate(r.perSecond)}/s (${fmtRate(r.cpuPerSecond)}/s of CPU time)`;
const loadAverage = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');

/** read+clean+segment on plain text, one thread, compromise's sentence splitter side by side. */
async function readFigures(inputs: ArticleInput[], tokens: number): Promise<void> {
  const ours = throughput(inputs, (i) => segment(prepareArticle(i).text), 3000);
  const nlp = require('compromise');
  // compromise runs ~20 articles/s: a 200-article sample keeps the bench short, the rate is per article all the same.
  const peer = throughput(inputs.slice(0, 200), (i) => nlp(i.text).sentences().out('array'));
  console.log(`read+clean+segment, 1 thread: ${rate(ours)} articles, ${fmtRate((ours.perSecond * tokens) / inputs.length)} tokens/s` +
    `  | compromise sentences alone: ${rate(peer)} articles  (ratio ${(ours.perSecond / peer.perSecond).toFixed(1)}x, CPU ${(ours.cpuPerSecond / peer.cpuPerSecond).toFixed(1)}x)`);
}

/**
 * HTML pages, one thread: the reader alone (htmlToArticle: the streaming fast path, Readability
 * on a DOM when unsure) and read+clean+segment, beside bare Readability+linkedom.
 */
function htmlFigures(): void {
  const html = htmlCorpus();
  const mb = html.pages.reduce((n, h) => n + Buffer.byteLength(h), 0) / 1e6 / html.pages.length;
  const { Readability } = require('@mozilla/readability');
  const { parseHTML } = require('linkedom');
  const fallbacks = html.pages.filter((h) => htmlToArticle(h, { url: null }).extractor.name === 'readability').length;
  const reader = throughput(html.pages, (h) => htmlToArticle(h, { url: null }), 3000);
  const oursHtml = throughput(html.pages, (h) => segment(prepareArticle({ url: null, title: null, outlet: null, published: null, html: h }).text), 3000);
  const bare = throughput(html.pages, (h) => new Readability(parseHTML(h).document).parse(), 3000);
  const mbs = (r: { perSecond: number; cpuPerSecond: number }): string => `${(r.perSecond * mb).toFixed(1)} MB/s (${(r.cpuPerSecond * mb).toFixed(1)} MB/s of CPU time)`;
  console.log(`HTML ${html.name}, ${Math.round(mb * 1000)} KB a page, Readability fallback on ${fallbacks} of ${html.pages.length} pages:`);
  console.log(`  reader (htmlToArticle) ${rate(reader)} pages, ${mbs(reader)}`);
  console.log(`  read+clean+segment ${rate(oursHtml)} pages, ${mbs(oursHtml)}` +
    ` | bare Readability+linkedom ${rate(bare)} pages (ratio ${(oursHtml.perSecond / bare.perSecond).toFixed(2)}x, CPU ${(oursHtml.cpuPerSecond / bare.cpuPerSecond).toFixed(2)}x)`);
  htmlStages(html.pages);
}

/** Where a page's time goes: CPU milliseconds per page for each step of read+clean+segment. */
function htmlStages(pages: string[]): void {
  const verdicts = pages.map(() => new Map<string, Verdict>());
  const scans = pages.map((h, i) => scanHtml(h, (_tag, names) => { const v = pruneVerdict(names, verdicts[i]!); return v.widget || v.label; }));
  const bodies = pages.map((h) => htmlToArticle(h, { url: null }).text);
  const cleaned = bodies.map((b) => cleanText(b).text);
  const ms = (fn: (i: number) => unknown): string => {
    const r = throughput(pages.map((_, i) => i), fn, 1000);
    return (1000 / r.cpuPerSecond).toFixed(2);
  };
  console.log(`  CPU ms a page: scan ${ms((i) => scanHtml(pages[i]!))}, body pick ${ms((i) => extractContent(scans[i]!, null, verdicts[i]))}, ` +
    `metadata ${ms((i) => pageMetadata(scans[i]!.meta))}, cleanText ${ms((i) => cleanText(bodies[i]!))}, segment ${ms((i) => segment(cleaned[i]!))}`);
}

export async function run(args: string[]): Promise<void> {
  const quick = args.includes('--quick');
  console.log(`load average before: ${loadAverage()}`);
  if (args.includes('--html-only')) {
    htmlFigures();
    console.log(`load average after: ${loadAverage()}`);
    return;
  }
  const { name, inputs } = await textCorpus();
  const chars = inputs.reduce((n, i) => n + (i.text?.length ?? 0), 0);
  const tokens = inputs.reduce((n, i) => n + segment(prepareArticle(i).text).tokens.length, 0);
  console.log(`corpus: ${name}, ${(chars / 1e6).toFixed(2)} MB, ${tokens} tokens (${Math.round(tokens / inputs.length)} per article)`);
  await readFigures(inputs, tokens);
  htmlFigures();
  if (args.includes('--read-only')) {
    console.log(`load average after: ${loadAverage()}`);
    return;
  }

  const full = throughput(inputs, (i) => analyze(i), quick ? 1000 : 3000);
  console.log(`analyze() all stages, 1 thread: ${fmtRate(full.perSecond)} articles/s, ${fmtRate((full.perSecond * tokens) / inputs.length)} tokens/s`);

  const cores = availableParallelism();
  const pool = createAnalyzer(cores);
  const t0 = performance.now();
  await Promise.all(inputs.map((i) => pool.analyze(i, {})));
  const poolRate = (inputs.length * 1000) / (performance.now() - t0);
  await pool.close();
  console.log(`analyze() all stages, ${cores} threads: ${fmtRate(poolRate)} articles/s (${(poolRate / full.perSecond).toFixed(2)}x one thread)`);

  const analyses = inputs.map((i) => analyze(i));
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const store = new SqliteStore(join(dir, 'b.db'));
  const t1 = performance.now();
  analyses.forEach((a) => store.saveSync(a, null));
  const storeRate = (analyses.length * 1000) / (performance.now() - t1);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
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
  console.log(`load average after: ${loadAverage()}`);
}
