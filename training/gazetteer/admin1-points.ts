/**
 * Second reference points for admin1 units, from @countrystatecity/countries (ODbL; its
 * state points mostly follow Wikipedia/Wikidata: Alberta 55,-115). Our own point for a unit
 * is the middle of its member towns' box, which sits too far south wherever towns cluster
 * on one edge (Canada's provinces, Queensland). A unit's point becomes the midpoint of the
 * two, like a country's (country-points.ts). Chosen on the FIRST HALVES of LGL, TR-News and
 * GeoVirus among box only / state point only / midpoint when under 250 km / midpoint always:
 * admin1 toponyms within 161 km 508 / 541 / 531 / 549 of 573.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldName } from '../../src/extract/places/fold.js';
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

/** The midpoint of our box centre and the state's point, or the box centre when no state matches. */
export function admin1Point(box: [number, number], cc: string, name: string, states: Map<string, [number, number]>): [number, number] {
  const s = states.get(matchKey(cc, name));
  return s ? [(box[0] + s[0]) / 2, (box[1] + s[1]) / 2] : box;
}
