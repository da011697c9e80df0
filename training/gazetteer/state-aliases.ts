/**
 * English names of admin1 units from @countrystatecity/countries (ODbL) as aliases of our
 * admin1 rows, where GeoNames spells the unit otherwise: "Rhineland-Palatinate" for
 * "Rheinland-Pfalz", "Beni Suef" for "Beni Suweif". A state whose name already meets one
 * of our rows is skipped; the others are matched by point (the nearest admin1 row of the
 * same country under MATCH_KM, each row taking at most its nearest such state), and only
 * states of a first-level type, since the package also lists municipalities of some countries.
 * Two units near each other are not always one unit: the names must also be spelled alike
 * (SIMILAR_MIN; "Nevis" is not "Saint George Gingerland"), and a bare compass word
 * ("Northwestern") is no alias at all, nor one whose compass word differs from ours ("East
 * Flanders" is a part of Flanders, "Western Samar" of Eastern Visayas), nor a demonym ("Chechen"). A name that already names anything in that country
 * is left alone: the package's "states" of Italy are provinces, and "Latina" is the town
 * and the province, not Lazio.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_CODES } from '../../src/extract/places/gazetteer-format.js';
import { similarity } from '../../src/extract/places/fallback.js';
import { distanceKm } from '../../src/extract/places/geo.js';
import { packageRoot } from '../../src/paths.js';
import { matchKey } from './admin1-points.js';
import { round, type Layout, type Row } from './sources.js';

interface State { name: string; type: string | null; latitude: string | null; longitude: string | null }

const MATCH_KM = 100;
const SIMILAR_MIN = 0.5;
const COMPASS_ONLY = /^(?:north|south|east|west|central|northern|southern|eastern|western|north ?east(?:ern)?|north ?west(?:ern)?|south ?east(?:ern)?|south ?west(?:ern)?)$/;
const FIRST_LEVEL = /^(province|region|governorate|state|oblast|county|department|prefecture|autonomous community|autonomous region|autonomous province|republic|voivodship|canton|land|federal district|union territory|district)$/i;

export interface StateNames {
  /** [state name, admin1 row index] pairs to add as aliases. */
  aliases: Array<[string, number]>;
  /** States that match no row of ours: new admin1 rows at the package's point (population unknown, 0;
   * feature code ADMD, so the mention finder asks for a locative cue before taking one bare). */
  rows: Row[];
}

/** Call once the admin rows are in and before the towns (layout.cityStart = rows.length); townKeys: matchKey of every town. */
export function stateNames(rows: Row[], layout: Layout, demonyms: Set<string>, townKeys: Set<string>): StateNames {
  const root = join(packageRoot, 'node_modules', '@countrystatecity', 'countries', 'dist', 'data');
  if (!existsSync(root)) throw new Error(`gazetteer build: ${root} is missing; run npm install (devDependency @countrystatecity/countries)`);
  const admin1ByCc = new Map<string, number[]>();
  const known = new Set<string>();
  const namesByCc = new Set([...rows.map((r) => matchKey(r.cc, r.name)), ...townKeys]);
  for (let i = layout.a1Start; i < layout.cityStart; i++) {
    const r = rows[i]!;
    if (r.kind !== KIND_CODES.admin1) continue;
    known.add(matchKey(r.cc, r.name));
    admin1ByCc.set(r.cc, [...(admin1ByCc.get(r.cc) ?? []), i]);
  }
  // row -> its nearest unmatched state
  const best = new Map<number, { name: string; km: number; state: { cc: string; s: State } }>();
  const unmatched: Array<{ cc: string; s: State }> = [];
  for (const dir of readdirSync(root)) {
    const cc = /-([A-Z]{2})$/.exec(dir)?.[1];
    const file = join(root, dir, 'states.json');
    if (!cc || !existsSync(file)) continue;
    for (const raw of JSON.parse(readFileSync(file, 'utf8')) as State[]) {
      // "Famagusta (Mağusa)", "Boujdour (EH)": the name before the parenthesis.
      const s = { ...raw, name: raw.name.replace(/\s*\(.*?\)/g, '').trim() };
      if (!s.latitude || !s.longitude || !FIRST_LEVEL.test(s.type ?? '') || known.has(matchKey(cc, s.name)) || namesByCc.has(matchKey(cc, s.name))) continue;
      const [lat, lon] = [Number(s.latitude), Number(s.longitude)];
      let row = -1, km = MATCH_KM;
      for (const i of admin1ByCc.get(cc) ?? []) {
        const d = distanceKm(lat, lon, rows[i]!.lat, rows[i]!.lon);
        if (d < km) (km = d), (row = i);
      }
      const theirs = matchKey(cc, s.name).slice(3);
      if (COMPASS_ONLY.test(theirs) || demonyms.has(theirs)) continue;
      const ours = row < 0 ? '' : matchKey(cc, rows[row]!.name).slice(3);
      const alike = row >= 0 && compassOf(ours) === compassOf(theirs) && !adjectiveOf(ours, theirs) && similarity(ours, theirs) >= SIMILAR_MIN;
      if (!alike) unmatched.push({ cc, s });
      else if (km < (best.get(row)?.km ?? Infinity)) {
        const lost = best.get(row);
        if (lost) unmatched.push(lost.state);
        best.set(row, { name: s.name, km, state: { cc, s } });
      } else unmatched.push({ cc, s });
    }
  }
  const extra = unmatched.filter(({ s }) => s.name.length >= MIN_NEW_NAME && !/(?:ian|ese|ish|en)$/.test(s.name));
  return {
    aliases: [...best].map(([row, s]) => [s.name, row]),
    rows: extra.map(({ cc, s }) => ({ name: s.name, kind: KIND_CODES.admin1, id: 0, cc, a1: '', lat: round(Number(s.latitude), 3), lon: round(Number(s.longitude), 3), pop: 0, fc: 'ADMD' })),
  };
}

// A new row's name is matched in running text: short ones ("Sul", "Ewa") are words or first names too.
const MIN_NEW_NAME = 5;

const COMPASS = /\b(north|south|east|west|central|upper|lower|middle)/;

function compassOf(name: string): string {
  return COMPASS.exec(name)?.[1] ?? '';
}

/** "Chechen" of "Chechnya": an adjective made from our name, which news uses for people. */
function adjectiveOf(ours: string, theirs: string): boolean {
  return /(?:an|en|ian|ese|ish|ic)$/.test(theirs) && !/(?:an|en|ian|ese|ish|ic)$/.test(ours) && ours.slice(0, 5) === theirs.slice(0, 5);
}

