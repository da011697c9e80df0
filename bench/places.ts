/**
 * Places stage figures on one core, in CPU time (the machine is shared): gazetteer load time (parse + name index, file in the
 * OS cache), toponyms geocoded per second with the spans given (the LGL gold toponyms,
 * context resolution included), and the whole stage (detection + resolution, no entity
 * layer) in toponyms and MB per second. Also the population-only look-up on the same
 * spans, the floor of what any resolver costs. No peer geocoder runs offline here
 * (CLIFF and Mordecai need Java/Elasticsearch or Python with a 1 GB index): their published
 * figures are not comparable, so none are printed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { documentOf } from '../src/analyze.js';
import type { Doc } from '../src/model/document.js';
import { modelsDir, sharedDataDir } from '../src/paths.js';
import { findPlaces, resolveSpans } from '../src/extract/places/index.js';
import { gazetteer, loadGazetteer } from '../src/extract/places/gazetteer.js';
import { lookupPlace } from '../src/extract/places/lookup.js';
import { resolveByPopulation } from '../src/extract/places/resolve.js';
import { readCorpus, type GeoDoc } from '../eval/geoparse-corpora.js';

/** CPU milliseconds of this process: on a shared machine, wall time measures the neighbours. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs fn repeatedly for at least minMs of CPU time; returns passes per CPU second. */
function passesPerSecond(fn: () => void, minMs: number): number {
  fn(); // warm-up: lazy tables, JIT
  let passes = 0;
  const t0 = cpuMs();
  while (cpuMs() - t0 < minMs) {
    fn();
    passes++;
  }
  return (passes * 1000) / (cpuMs() - t0);
}

function loadTimes(runs: number): Array<{ wall: number; cpu: number }> {
  const times: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now(), c0 = cpuMs();
    loadGazetteer(join(modelsDir, 'gazetteer'));
    times.push({ wall: performance.now() - t0, cpu: cpuMs() - c0 });
  }
  return times.sort((a, b) => a.cpu - b.cpu);
}

export async function run(args: string[]): Promise<void> {
  const minMs = args.includes('--quick') ? 500 : 3000;
  const times = loadTimes(args.includes('--quick') ? 3 : 7);
  const mid = times[Math.floor(times.length / 2)]!;
  console.log(`gazetteer load (parse + index), ${times.length} loads: CPU min ${times[0]!.cpu.toFixed(0)} ms, median ${mid.cpu.toFixed(0)} ms; wall median ${mid.wall.toFixed(0)} ms (target < 300 ms; CPU time includes GC threads)`);
  const data = join(sharedDataDir, 'geoparsing');
  if (!existsSync(data)) {
    console.log(`places: corpus folder ${data} not found; throughput skipped`);
    return;
  }
  const corpus: GeoDoc[] = readCorpus(data, 'lgl');
  const spans = corpus.reduce((n, d) => n + d.toponyms.length, 0);
  const gaz = gazetteer();
  const resolvePass = passesPerSecond(() => corpus.forEach((d) => resolveSpans(d.text, d.toponyms)), minMs);
  const popPass = passesPerSecond(() => corpus.forEach((d) => d.toponyms.forEach((t) => resolveByPopulation(gaz, lookupPlace(gaz, t.text).candidates))), minMs);
  console.log(`corpus: LGL, ${corpus.length} docs, ${spans} gold toponym spans`);
  console.log(`geocode given spans (look-up + context resolution): ${Math.round(resolvePass * spans).toLocaleString('en')} toponyms/s (target >= 50,000)`);
  console.log(`population-only look-up, same spans:              ${Math.round(popPass * spans).toLocaleString('en')} toponyms/s (ours is ${(popPass / resolvePass).toFixed(1)}x slower)`);
  const docs: Doc[] = corpus.map((d) => documentOf(d.text));
  const found = docs.reduce((n, d) => n + findPlaces(d, {}, {}).length, 0);
  const mb = docs.reduce((n, d) => n + d.text.length, 0) / 1e6;
  const stagePass = passesPerSecond(() => docs.forEach((d) => findPlaces(d, {}, {})), minMs);
  console.log(`whole stage (detect + resolve, segmented docs, no entity layer): ${Math.round(stagePass * found).toLocaleString('en')} places/s, ${(stagePass * mb).toFixed(2)} MB/s (${found} places in ${mb.toFixed(2)} MB)`);
}
