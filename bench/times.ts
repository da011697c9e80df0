/**
 * Times stage throughput on one core, in MB of text per second, with chrono-node 2 alone
 * (reference = publication date, UTC) on the same texts side by side. Corpus: the TempEval-3
 * texts (TBAQ-cleaned + TE3-platinum, ~0.4 MB of news); segmentation is done beforehand,
 * since the stage receives a segmented Doc, and is timed separately for scale.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { documentOf } from '../src/analyze.js';
import { extractTimes } from '../src/extract/times/index.js';
import type { Doc } from '../src/model/document.js';
import { sharedDataDir } from '../src/paths.js';
import { loadSplit } from '../eval/tempeval.js';

/** Runs fn over all docs repeatedly for at least minMs; returns passes per second. */
function passesPerSecond(docs: Doc[], fn: (d: Doc) => unknown, minMs: number): number {
  docs.forEach(fn); // warm-up: lazy tables, JIT
  let passes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    for (const d of docs) fn(d);
    passes++;
  }
  return (passes * 1000) / (performance.now() - t0);
}

export async function run(args: string[]): Promise<void> {
  const data = join(sharedDataDir, 'tempeval3');
  if (!existsSync(data)) {
    console.log(`times: corpus folder ${data} not found; skipped`);
    return;
  }
  const minMs = args.includes('--quick') ? 500 : 3000;
  const tml = [...loadSplit(data, 'train'), ...loadSplit(data, 'test')];
  const t0 = performance.now();
  const docs = tml.map((t) => documentOf(t.text, { published: t.dct }));
  const segmentMs = performance.now() - t0;
  const mb = docs.reduce((n, d) => n + d.text.length, 0) / 1e6;
  console.log(`corpus: TempEval-3 (TBAQ + TE3-platinum), ${docs.length} docs, ${mb.toFixed(2)} MB; segmenting it took ${(segmentMs / 1000).toFixed(2)} s (${(mb / (segmentMs / 1000)).toFixed(2)} MB/s, not counted below)`);

  // the machine is shared: the load average says how far the figures below can be trusted
  const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
  console.log(`load average before: ${load()}`);
  const ours = passesPerSecond(docs, (d) => extractTimes({ ...d, messages: [] }, {}), minMs) * mb;
  const peer =
    passesPerSecond(
      docs,
      (d) => chrono.parse(d.text, { instant: d.published ? new Date(d.published) : new Date(0), timezone: 0 }, { forwardDate: false }),
      minMs,
    ) * mb;
  console.log(`extractTimes, 1 thread: ${ours.toFixed(2)} MB/s | chrono-node alone: ${peer.toFixed(2)} MB/s (ratio ${(ours / peer).toFixed(2)}x)`);
  console.log(`load average after: ${load()}`);
}
