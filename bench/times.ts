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

/**
 * Passes per second of each system over all docs, the systems' passes alternating until
 * minMs per system has run, median pass time: on a shared, loaded machine a load swing then
 * hits both systems alike instead of whichever happened to run during it.
 */
function interleavedPassesPerSecond(docs: Doc[], systems: Array<(d: Doc) => unknown>, minMs: number): number[] {
  systems.forEach((fn) => docs.forEach(fn)); // warm-up: lazy tables, JIT
  const times: number[][] = systems.map(() => []);
  const spent = systems.map(() => 0);
  while (spent.some((ms) => ms < minMs)) {
    systems.forEach((fn, i) => {
      const t0 = performance.now();
      for (const d of docs) fn(d);
      const ms = performance.now() - t0;
      times[i]!.push(ms);
      spent[i]! += ms;
    });
  }
  return times.map((list) => 1000 / [...list].sort((a, b) => a - b)[list.length >> 1]!);
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
  const [oursPasses, peerPasses] = interleavedPassesPerSecond(
    docs,
    [
      (d) => extractTimes({ ...d, messages: [] }, {}),
      (d) => chrono.parse(d.text, { instant: d.published ? new Date(d.published) : new Date(0), timezone: 0 }, { forwardDate: false }),
    ],
    minMs,
  );
  const ours = oursPasses! * mb;
  const peer = peerPasses! * mb;
  console.log(`extractTimes, 1 thread (median of interleaved passes): ${ours.toFixed(2)} MB/s | chrono-node alone: ${peer.toFixed(2)} MB/s (ratio ${(ours / peer).toFixed(2)}x)`);
  console.log(`load average after: ${load()}`);
}
