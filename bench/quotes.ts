/**
 * `npm run bench quotes`: articles per second for the quotes + claims stages on one core,
 * on PolNeAR article texts (train + dev; ../shared/data/polnear), segmentation done
 * beforehand (it belongs to the segment stage), then with segmentation for scale.
 * Peer for scale: citron (BBC) reports roughly 2 articles/s; our target is >= 300/s.
 * Prints figures only; nothing here asserts a time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { segment } from '../src/text/segment.js';
import type { Doc } from '../src/model/document.js';
import { sharedDataDir } from '../src/paths.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { extractClaims } from '../src/extract/claims/index.js';

const CITRON_ARTICLES_PER_S = 2;

function texts(root: string): string[] {
  const out: string[] = [];
  for (const split of ['train', 'dev']) {
    const dir = join(root, 'data', split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) out.push(readFileSync(join(dir, f), 'utf8'));
  }
  return out;
}

const docOf = (text: string): Doc => ({ text, published: null, title: null, url: null, outlet: null, ...segment(text), messages: [] });

function stage(doc: Doc): number {
  const quotes = extractQuotes(doc, {});
  return quotes.length + extractClaims(doc, { quotes }).length;
}

export async function run(args: string[]): Promise<void> {
  const dataArg = args.find((a) => a.startsWith('--data='));
  const root = dataArg ? dataArg.slice('--data='.length) : join(sharedDataDir, 'polnear');
  const all = texts(root);
  if (!all.length) {
    console.log(`quotes: no PolNeAR texts under ${root} (pass --data=DIR); skipped`);
    return;
  }
  const docs = all.map(docOf);
  const chars = all.reduce((n, t) => n + t.length, 0);
  for (let i = 0; i < 2; i++) for (const d of docs.slice(0, 100)) stage(d); // warm-up: lexicons, JIT

  let found = 0;
  const rounds = 5;
  // CPU time as well as wall time: the machine is shared, and CPU seconds are what one
  // free core would spend. Per round, so that the median round says what a typical pass
  // costs (WHY: on the shared machine one round can cost 30% more than the next)
  const perRound: number[] = [];
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    const cpu0 = process.cpuUsage();
    for (const d of docs) found += stage(d);
    const cpu = process.cpuUsage(cpu0);
    perRound.push((cpu.user + cpu.system) / 1e6);
  }
  const stageS = (performance.now() - t0) / 1000;
  const cpuS = perRound.reduce((a, b) => a + b, 0);
  const perS = (rounds * docs.length) / cpuS;
  const sorted = [...perRound].sort((a, b) => a - b);
  const medianPerS = docs.length / sorted[rounds >> 1]!;
  const bestPerS = docs.length / sorted[0]!;

  const t1 = performance.now();
  for (const t of all) stage(docOf(t));
  const withSegS = (performance.now() - t1) / 1000;

  console.log(`PolNeAR train+dev: ${docs.length} articles, ${(chars / 1e6).toFixed(2)} M chars, ${found / rounds} quotes+claims per pass`);
  console.log(`quotes+claims (pre-segmented): ${perS.toFixed(0)} articles per CPU-second over ${rounds} rounds (median round ${medianPerS.toFixed(0)}, best ${bestPerS.toFixed(0)}), ${((rounds * chars) / cpuS / 1e6).toFixed(2)} MB/s (wall clock: ${((rounds * docs.length) / stageS).toFixed(0)} articles/s; load average ${loadavg()[0]!.toFixed(1)})`);
  console.log(`  with segmentation (wink-nlp): ${(docs.length / withSegS).toFixed(0)} articles/s`);
  console.log(`  citron (reported): ~${CITRON_ARTICLES_PER_S} articles/s -> ratio ${(perS / CITRON_ARTICLES_PER_S).toFixed(0)}x; target 300/s`);
}
