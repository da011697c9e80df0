/**
 * Error classes of the resolver on the FIRST HALF of each geoparsing corpus (gold spans),
 * the half the rules are chosen on. Second halves are never read here: they stay held out.
 * Classes: missing (no candidate), wrong (a candidate within 161 km exists, another chosen),
 * convention (nearest candidate 161-600 km away: same place, another reference point),
 * absent (every candidate > 600 km: the place meant is not in the gazetteer).
 * Run: node --import tsx training/gazetteer/first-half-errors.ts [corpus] [--list CLASS] [--data DIR]
 */
import { join } from 'node:path';
import { readCorpus, CORPORA, type CorpusName } from '../../eval/geoparse-corpora.js';
import { resolveSpans } from '../../src/extract/places/index.js';
import { distanceKm } from '../../src/extract/places/geo.js';
import { gazetteer } from '../../src/extract/places/gazetteer.js';
import { lookupPlace } from '../../src/extract/places/lookup.js';
import { sharedDataDir } from '../../src/paths.js';

const args = process.argv.slice(2);
const opt = (name: string) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1]! : null);
const data = opt('--data') ?? join(sharedDataDir, 'geoparsing');
const listClass = opt('--list');
const only = args.find((a) => a in CORPORA) as CorpusName | undefined;
const gaz = gazetteer();

type ErrorClass = 'ok' | 'missing' | 'wrong' | 'convention' | 'absent';

for (const name of only ? [only] : (Object.keys(CORPORA) as CorpusName[])) {
  const docs = readCorpus(data, name);
  const firstHalf = docs.slice(0, Math.floor(docs.length / 2));
  const counts = new Map<ErrorClass, number>();
  let n = 0;
  for (const doc of firstHalf) {
    const gold = doc.toponyms.filter((t) => t.lat !== null && t.lon !== null);
    const places = resolveSpans(doc.text, gold);
    gold.forEach((g, k) => {
      n++;
      const p = places[k]!;
      const err = p.lat === null ? Infinity : distanceKm(g.lat!, g.lon!, p.lat, p.lon!);
      const cands = lookupPlace(gaz, g.text, { demonyms: true }).candidates;
      const nearest = cands.reduce((best, c) => Math.min(best, distanceKm(g.lat!, g.lon!, gaz.lat[c]!, gaz.lon[c]!)), Infinity);
      const cls: ErrorClass = err < 161 ? 'ok' : !cands.length ? 'missing' : nearest < 161 ? 'wrong' : nearest < 600 ? 'convention' : 'absent';
      counts.set(cls, (counts.get(cls) ?? 0) + 1);
      if (cls !== listClass) return;
      const ctx = doc.text.slice(Math.max(0, g.start - 60), g.end + 40).replace(/\s+/g, ' ');
      const chosen = p.lat === null ? '-' : `${p.name} ${p.kind} ${p.countryCode} ${Math.round(err)}km`;
      console.log(`${doc.id}\t${g.text}\t[${g.lat},${g.lon}]\tchose ${chosen}\tnearest ${Math.round(nearest)}km of ${cands.length}\t…${ctx}…`);
    });
  }
  const row = [...counts.entries()].map(([c, v]) => `${c} ${v} (${((100 * v) / n).toFixed(1)}%)`).join(', ');
  console.log(`${name} first half: n=${n}: ${row}`);
}
