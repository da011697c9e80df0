/**
 * Incident fusion at scale: the cost of fusing one more article when 10k, 100k and 1M
 * events are already stored (generated: spread over five years and 60 countries). Blocking
 * by date window and country should keep the per-article cost flat as the store grows.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildIncident } from '../src/fuse/build.js';
import { fuseAnalysis } from '../src/fuse/index.js';
import type { Report } from '../src/fuse/report.js';
import { saveIncident } from '../src/store/sqlite/fusion.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { sampleAnalysis } from '../test/store/sample-analysis.js';

const COUNTRIES = Array.from({ length: 60 }, (_, i) => String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26)));
const DAYS = 5 * 365;
const START = Date.parse('2020-01-01T00:00:00Z');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function generatedReport(i: number, next: () => number): Report {
  const day = new Date(START + Math.floor(next() * DAYS) * 864e5).toISOString().slice(0, 10);
  const country = COUNTRIES[Math.floor(next() * COUNTRIES.length)]!;
  const lat = -30 + next() * 60;
  const lon = -20 + next() * 120;
  return {
    article: `gen${i}`, event: 'V1', url: null, outlet: `Outlet ${i % 40}`, published: day,
    type: 'Battles', subType: 'Armed clash', date: { start: day, end: day, precision: 'day', fromPublication: false },
    place: { name: `Town ${i % 5000}`, kind: 'city', countryCode: country, admin1: null, lat, lon },
    actors: [], fatalities: { value: Math.floor(next() * 50), qualifier: 'exact', text: '', includes: [] }, injured: null,
  };
}

export async function run(args: string[]): Promise<void> {
  const scales = args.includes('--quick') ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'newsgraph-fuse-')), 'f.db'));
  const next = rng(7);
  let stored = 0;
  for (const scale of scales) {
    const t0 = performance.now();
    store.db.transaction(() => {
      for (; stored < scale; stored++) {
        const r = generatedReport(stored, next);
        saveIncident(store.db, buildIncident(`G${stored}`, [r]), [r]);
      }
    })();
    const fill = (performance.now() - t0) / 1000;
    // new articles, dated inside the generated period, one event each
    const probes = 300;
    const t1 = performance.now();
    for (let i = 0; i < probes; i++) {
      const day = new Date(START + Math.floor(next() * DAYS) * 864e5).toISOString().slice(0, 10);
      const a = sampleAnalysis(`probe-${scale}-${i}`, { published: day, country: COUNTRIES[i % COUNTRIES.length], lat: -30 + next() * 60, lon: -20 + next() * 120 });
      a.events[0]!.date = { value: day, precision: 'day' };
      await store.saveAnalysis(a, null);
      await fuseAnalysis(store, a);
    }
    const perArticle = (performance.now() - t1) / probes;
    console.log(`${scale.toLocaleString('en')} stored events (filled in ${fill.toFixed(1)} s): store + fuse ${perArticle.toFixed(2)} ms per article`);
  }
  await store.close();
}
