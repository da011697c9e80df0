/**
 * Second reference points for admin1 units, from @countrystatecity/countries (ODbL; its
 * state points mostly follow Wikipedia/Wikidata: Alberta 55,-115). Our own point for a unit
 * is the middle of its member towns' box, which sits too far south wherever towns cluster
 * on one edge (Canada's provinces, Queensland). A unit's point becomes the midpoint of the
 * two, like a country's (country-points.ts). Chosen on the FIRST HALVES of LGL, TR-News and
 * GeoVirus among box only / state point only / midpoint when under 250 km / midpoint always:
 * admin1 toponyms within 161 km 508 / 541 / 531 / 549 of 573. The seat step (240 km; 200 and
 * 280 gave the same) then: LGL 307 -> 307, TR-News 85 -> 84, GeoVirus 157 -> 163 (first halves);
 * it follows GeoVirus's habit and costs TR-News, which uses GeoNames' points, one toponym.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../../src/extract/places/fold.js';
import { distanceKm } from '../../src/extract/places/geo.js';
import { packageRoot } from '../../src/paths.js';

interface State { name: string; latitude: string | null; longitude: string | null }

// Unit words dropped before matching names across the two sources ("Hebei Province" = "Hebei").
const UNIT_WORDS = /\s+(county|parish|province|district|governorate|region|oblast|state|prefecture|department|municipality|autonomous region|special administrative region)$/;

export function matchKey(cc: string, name: string): string {
  return `${cc}|${foldName(name).replace(UNIT_WORDS, '')}`;
}

/** "CC|folded name" -> [lat, lon] of every state with a point. */
export function readStatePoints(): Map<string, [number, number]> {
  const root = join(packageRoot, 'node_modules', '@countrystatecity', 'countries', 'dist', 'data');
  if (!existsSync(root)) throw new Error(`gazetteer build: ${root} is missing; run npm install (devDependency @countrystatecity/countries)`);
  const out = new Map<string, [number, number]>();
  for (const dir of readdirSync(root)) {
    const cc = /-([A-Z]{2})$/.exec(dir)?.[1];
    const file = join(root, dir, 'states.json');
    if (!cc || !existsSync(file)) continue;
    for (const s of JSON.parse(readFileSync(file, 'utf8')) as State[]) {
      if (s.latitude && s.longitude) out.set(matchKey(cc, s.name), [Number(s.latitude), Number(s.longitude)]);
    }
  }
  return out;
}

/**
 * The midpoint of our box centre and the state's point (the box centre when no state
 * matches); then, when the unit's seat is under SEAT_MAX_KM from that point, the midpoint of
 * the two, since news corpora also place a unit at its seat (Maharashtra at Mumbai).
 */
export function admin1Point(box: [number, number], cc: string, name: string, states: Map<string, [number, number]>, seat: [number, number] | undefined): [number, number] {
  const s = states.get(matchKey(cc, name));
  const p: [number, number] = s ? midpoint(box, s) : box;
  return seat && distanceKm(p[0], p[1], seat[0], seat[1]) < SEAT_MAX_KM ? midpoint(p, seat) : p;
}

const SEAT_MAX_KM = 240;

function midpoint(a: [number, number], b: [number, number]): [number, number] {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}
