/**
 * Coordinate search over the resolver's weights (src/extract/places/resolve.ts WEIGHTS),
 * scored by acc@161 km with gold spans on the FIRST HALF of each corpus (LGL, TR-News,
 * GeoVirus, macro-averaged); the second halves stay unseen and are reported apart. Prints the best weights to paste into resolve.ts.
 * Run: nice -n 10 node --import tsx training/gazetteer/tune-weights.ts [--data DIR]
 */
import { join } from 'node:path';
import { readCorpus } from '../../eval/geoparse-corpora.js';
import { resolveSpans } from '../../src/extract/places/index.js';
import { distanceKm } from '../../src/extract/places/geo.js';
import { WEIGHTS, type Weights } from '../../src/extract/places/resolve.js';
import { sharedDataDir } from '../../src/paths.js';

const dataArg = process.argv.indexOf('--data');
const data = dataArg > 0 ? process.argv[dataArg + 1]! : join(sharedDataDir, 'geoparsing');
const tuneSets = (['lgl', 'trnews', 'geovirus'] as const).map((name) => {
  const docs = readCorpus(data, name);
  return docs.slice(0, Math.floor(docs.length / 2)).map((d) => ({ text: d.text, gold: d.toponyms.filter((t) => t.lat !== null) }));
});

/** Mean over the three corpora (first halves) of acc@161, so LGL's size does not drown the others. */
function accuracy(w: Weights): number {
  let sum = 0;
  for (const set of tuneSets) {
    let ok = 0, n = 0;
    for (const d of set) {
      const places = resolveSpans(d.text, d.gold, {}, w);
      d.gold.forEach((g, k) => {
        const p = places[k]!;
        n++;
        if (p.lat !== null && distanceKm(g.lat!, g.lon!, p.lat, p.lon!) < 161) ok++;
      });
    }
    sum += ok / n;
  }
  return sum / tuneSets.length;
}

const FIXED = new Set(['rounds', 'maxCandidates']);
let best = { ...WEIGHTS };
let bestAcc = accuracy(best);
console.log(`start acc161 ${bestAcc.toFixed(4)}`);
const passes = process.argv.includes('--score-only') ? 0 : 2;
for (let pass = 0; pass < passes; pass++) {
  for (const key of Object.keys(best) as Array<keyof Weights>) {
    if (FIXED.has(key)) continue;
    const base = best[key];
    for (const factor of [0, 0.5, 1.5, 2, 3]) {
      const trial = { ...best, [key]: key === 'logPop' && factor === 0 ? 0.25 : base * factor || (factor ? factor : 0) };
      const acc = accuracy(trial);
      if (acc > bestAcc + 1e-4) {
        bestAcc = acc;
        best = trial;
        console.log(`pass ${pass} ${key}=${trial[key]} -> ${acc.toFixed(4)}`);
      }
    }
  }
}
console.log(`best mean acc161 on the first halves ${bestAcc.toFixed(4)}\n${JSON.stringify(best)}`);
