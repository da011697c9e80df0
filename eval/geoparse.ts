/**
 * `newsgraph eval geoparse --data ../shared/data/geoparsing`: LGL, TR-News and GeoVirus.
 * (a) Gold toponym spans given: accuracy within 161 km, mean/median error (km) and the AUC
 *     of the log error curve as Gritta et al. compute it (CamCoder's code: errors e in km,
 *     trapz(ln(e + 1)) / (ln(20039) * (n - 1)); lower is better). A toponym we cannot
 *     resolve counts as the worst error, 20039 km. The population-only baseline is scored
 *     on the same spans and candidates.
 * (b) End to end: our own detection, exact-span precision/recall/F1 against all gold
 *     toponyms, and acc@161 over the matched spans that have gold coordinates.
 * There is no train split. The resolver's weights were searched on the first half of each
 * corpus (training/gazetteer/tune-weights.ts), so each is also reported per half: the
 * second half ("heldOutHalf") is the honest figure.
 */
import { documentOf } from '../src/analyze.js';
import { extractEntities } from '../src/extract/entities/index.js';
import { findPlaces, resolveSpans } from '../src/extract/places/index.js';
import { distanceKm } from '../src/extract/places/geo.js';
import { gazetteer } from '../src/extract/places/gazetteer.js';
import { lookupPlace } from '../src/extract/places/lookup.js';
import { resolveByPopulation } from '../src/extract/places/resolve.js';
import { prf, round, table } from './metrics.js';
import { CORPORA, readCorpus, type CorpusName, type GeoDoc } from './geoparse-corpora.js';
import type { EvalOptions, EvalResult, EvalTask } from './types.js';

const MAX_ERROR_KM = 20039; // half the Earth's circumference: the worst possible error

export interface GeoScores {
  n: number;
  acc161: number;
  meanKm: number;
  medianKm: number;
  auc: number;
}

/** Gritta et al.'s figures from a list of errors in km. */
export function geoScores(errors: number[]): GeoScores {
  const n = errors.length;
  if (n === 0) return { n, acc161: 0, meanKm: 0, medianKm: 0, auc: 0 };
  const sorted = [...errors].sort((a, b) => a - b);
  const logs = sorted.map((e) => Math.log(e + 1));
  let area = 0;
  for (let i = 1; i < n; i++) area += (logs[i - 1]! + logs[i]!) / 2;
  const mid = Math.floor(n / 2);
  const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    n,
    acc161: round(sorted.filter((e) => e < 161).length / n),
    meanKm: round(sorted.reduce((a, b) => a + b, 0) / n, 1),
    medianKm: round(median, 1),
    auc: round(n > 1 ? area / (Math.log(MAX_ERROR_KM) * (n - 1)) : logs[0]! / Math.log(MAX_ERROR_KM)),
  };
}

interface GoldErrors { ours: number[]; population: number[] }

/** (a): resolve the gold spans of each document; errors for ours and the population baseline. */
function goldSpanErrors(docs: GeoDoc[]): GoldErrors {
  const gaz = gazetteer();
  const out: GoldErrors = { ours: [], population: [] };
  for (const doc of docs) {
    const gold = doc.toponyms.filter((t) => t.lat !== null && t.lon !== null);
    const places = resolveSpans(doc.text, gold);
    gold.forEach((g, k) => {
      const p = places[k]!;
      out.ours.push(p.lat === null ? MAX_ERROR_KM : distanceKm(g.lat!, g.lon!, p.lat, p.lon!));
      const base = resolveByPopulation(gaz, lookupPlace(gaz, g.text, { demonyms: true }).candidates);
      out.population.push(base < 0 ? MAX_ERROR_KM : distanceKm(g.lat!, g.lon!, gaz.lat[base]!, gaz.lon[base]!));
    });
  }
  return out;
}

interface EndToEnd { precision: number; recall: number; f1: number; acc161: number; matched: number }

/** (b): our own detection (entities stage + places stage, demonyms on as the corpora tag them). */
function endToEnd(docs: GeoDoc[]): EndToEnd {
  let tp = 0, fp = 0, fn = 0;
  const errors: number[] = [];
  for (const doc of docs) {
    const d = documentOf(doc.text);
    const places = findPlaces(d, { entities: extractEntities(d, {}) }, { demonyms: true });
    const predicted = new Map(places.map((p) => [`${p.start}:${p.end}`, p]));
    const goldKeys = new Set(doc.toponyms.map((t) => `${t.start}:${t.end}`));
    for (const g of doc.toponyms) {
      const p = predicted.get(`${g.start}:${g.end}`);
      if (!p) {
        fn++;
        continue;
      }
      tp++;
      if (g.lat !== null && g.lon !== null) errors.push(p.lat === null ? MAX_ERROR_KM : distanceKm(g.lat, g.lon, p.lat, p.lon!));
    }
    for (const key of predicted.keys()) if (!goldKeys.has(key)) fp++;
  }
  const s = prf(tp, fp, fn);
  return { ...s, acc161: geoScores(errors).acc161, matched: errors.length };
}

function scoreCorpus(docs: GeoDoc[]): Record<string, unknown> {
  const gold = goldSpanErrors(docs);
  const ours = geoScores(gold.ours);
  const e2e = endToEnd(docs);
  const metrics: Record<string, unknown> = {
    acc161: ours.acc161, meanKm: ours.meanKm, medianKm: ours.medianKm, auc: ours.auc, n: ours.n,
    spanPrecision: e2e.precision, spanRecall: e2e.recall, spanF1: e2e.f1, acc161EndToEnd: e2e.acc161, matchedEndToEnd: e2e.matched,
    population: geoScores(gold.population),
  };
  {
    const half = Math.floor(docs.length / 2);
    metrics.tuneHalf = geoScores(goldSpanErrors(docs.slice(0, half)).ours);
    metrics.heldOutHalf = geoScores(goldSpanErrors(docs.slice(half)).ours);
  }
  return metrics;
}

export const task: EvalTask = {
  name: 'geoparse',
  description: 'toponym resolution (gold spans: acc@161km, mean/median km, AUC) and end-to-end span P/R/F1 on LGL, TR-News, GeoVirus',
  defaultData: 'geoparsing',
  async run(options: EvalOptions): Promise<EvalResult> {
    const started = performance.now();
    const metrics: Record<string, unknown> = {};
    let n = 0;
    for (const name of Object.keys(CORPORA) as CorpusName[]) {
      const docs = readCorpus(options.data, name).slice(0, options.limit ?? undefined);
      n += docs.length;
      metrics[name] = scoreCorpus(docs);
    }
    return { task: 'geoparse', split: 'all', n, metrics, seconds: round((performance.now() - started) / 1000, 2) };
  },
  format(result: EvalResult): string {
    const rows: Array<Array<string | number>> = [['corpus', 'n', 'acc161', 'meanKm', 'medianKm', 'AUC', 'pop. acc161', 'pop. AUC', 'span P', 'span R', 'span F1', 'acc161 e2e']];
    for (const [name, m] of Object.entries(result.metrics) as Array<[string, Record<string, number> & { population: GeoScores }]>) {
      rows.push([name, m.n!, m.acc161!, m.meanKm!, m.medianKm!, m.auc!, m.population.acc161, m.population.auc, m.spanPrecision!, m.spanRecall!, m.spanF1!, m.acc161EndToEnd!]);
    }
    const halves = Object.entries(result.metrics as Record<string, { tuneHalf: GeoScores; heldOutHalf: GeoScores }>)
      .map(([name, m]) => `${name}: first half (tuned on) acc161 ${m.tuneHalf.acc161} AUC ${m.tuneHalf.auc} n=${m.tuneHalf.n}; second half (held out) acc161 ${m.heldOutHalf.acc161} AUC ${m.heldOutHalf.auc} n=${m.heldOutHalf.n}`)
      .join('\n');
    return `${table(rows)}\n${halves}\n(${result.n} documents, ${result.seconds} s; AUC: lower is better)`;
  },
};
