/** Benchmark corpora: PolNeAR article texts when ../shared/data is present, else examples/. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { packageRoot, sharedDataDir } from '../src/paths.js';
import { readInputs } from '../src/read/index.js';
import type { ArticleInput } from '../src/model/input.js';

export async function textCorpus(): Promise<{ name: string; inputs: ArticleInput[] }> {
  const polnear = join(sharedDataDir, 'polnear', 'data');
  if (existsSync(polnear)) {
    const inputs: ArticleInput[] = [];
    for (const split of ['train', 'dev', 'test']) {
      const dir = join(polnear, split, 'text');
      for (const f of readdirSync(dir).sort()) {
        inputs.push({ url: `https://polnear.example/${split}/${f}`, title: null, outlet: f.split('_')[0]!, published: f.split('_')[1] ?? null, text: readFileSync(join(dir, f), 'utf8') });
      }
    }
    return { name: `PolNeAR texts (${inputs.length} articles)`, inputs };
  }
  const inputs: ArticleInput[] = [];
  for await (const item of readInputs([join(packageRoot, 'examples')])) if (item.ok) inputs.push(item.input);
  return { name: `examples/ (${inputs.length} articles)`, inputs };
}

export function htmlCorpus(): { name: string; pages: string[] } {
  const dir = join(sharedDataDir, 'scrapinghub-article-extraction-benchmark', 'html');
  if (existsSync(dir)) {
    const pages = readdirSync(dir).sort().map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
    return { name: `scrapinghub benchmark pages (${pages.length})`, pages };
  }
  const ex = join(packageRoot, 'examples', 'html');
  const pages = readdirSync(ex).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(ex, f), 'utf8'));
  return { name: `examples/html (${pages.length})`, pages };
}

/**
 * Run fn over items repeatedly for at least minMs. perSecond is items per wall-clock second;
 * cpuPerSecond items per second of this process's CPU time, the steadier figure on a shared
 * machine (other jobs stretch the wall clock, not our CPU time; GC threads count against us).
 */
export function throughput<T>(items: T[], fn: (item: T) => unknown, minMs = 1500): { perSecond: number; cpuPerSecond: number; n: number; ms: number } {
  for (const item of items.slice(0, Math.min(items.length, 20))) fn(item); // warm up
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let n = 0;
  do {
    for (const item of items) {
      fn(item);
      n++;
    }
  } while (performance.now() - start < minMs);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { perSecond: (n * 1000) / ms, cpuPerSecond: (n * 1e6) / (cpu.user + cpu.system), n, ms };
}

export function fmtRate(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(1)}k` : x.toFixed(1);
}
