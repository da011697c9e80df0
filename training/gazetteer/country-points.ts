/**
 * Reference points for countries. Geoparsing corpora place a country at the point GeoNames /
 * the CIA Factbook give (world-countries' latlng, whole degrees: China 35,105), at one near
 * the middle of its shape (Wikipedia's: China 35,103), or at its capital (GeoVirus: Taiwan
 * at Taipei). Where two of these are close, a point between them is within 161 km of both:
 *  1. the capital under CAPITAL_MAX_KM from the latlng: their midpoint (Sudan: between
 *     15N 30E and Khartoum);
 *  2. else the middle of the shape under MIDPOINT_MAX_KM from the latlng: their midpoint
 *     (the shape's middle is the area centroid of the largest polygon world-countries ships,
 *     so far islands do not pull it to sea);
 *  3. else (Canada, Indonesia, Russia) no point serves two conventions and the latlng stays.
 * Thresholds chosen on the FIRST HALVES of LGL, TR-News and GeoVirus (country toponyms within
 * 161 km): rule 2 among 250/320/400/600/none km, 958 -> 1000 of 1079; then rule 1 among
 * 240/280/322 km, 1002 -> 1017 of 1082, most of it from one country (Sudan, 12 toponyms), and
 * 322 km already lost 35: the least robust of the rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distanceKm } from '../../src/extract/places/geo.js';
import { packageRoot } from '../../src/paths.js';
import type { Country } from './sources.js';

const MIDPOINT_MAX_KM = 250;
const CAPITAL_MAX_KM = 280;

type Ring = number[][];
interface GeoJson { features: Array<{ geometry: { type: string; coordinates: unknown } | null }> }

/** [lat, lon] for a country: curated override, else the rules above, else latlng. */
export function countryPoint(c: Country, override: [number, number] | undefined, capital: [number, number] | undefined): [number, number] {
  if (override) return override;
  const [lat, lon] = c.latlng;
  if (capital && distanceKm(lat, lon, capital[0], capital[1]) < CAPITAL_MAX_KM) return midpoint(c.latlng, capital);
  const centre = largestPolygonCentroid(c.cca3);
  if (!centre || distanceKm(lat, lon, centre[0], centre[1]) >= MIDPOINT_MAX_KM) return c.latlng;
  return midpoint(c.latlng, centre);
}

function midpoint(a: [number, number], b: [number, number]): [number, number] {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

function largestPolygonCentroid(cca3: string): [number, number] | null {
  const path = join(packageRoot, 'node_modules', 'world-countries', 'data', `${cca3.toLowerCase()}.geo.json`);
  if (!existsSync(path)) return null;
  const geo = JSON.parse(readFileSync(path, 'utf8')) as GeoJson;
  const outers: Ring[] = [];
  for (const f of geo.features) {
    if (!f.geometry) continue; // a few tiny territories ship without an outline
    if (f.geometry.type === 'Polygon') outers.push((f.geometry.coordinates as Ring[])[0]!);
    else if (f.geometry.type === 'MultiPolygon') for (const p of f.geometry.coordinates as Ring[][]) outers.push(p[0]!);
  }
  let best: { area: number; lat: number; lon: number } | null = null;
  for (const ring of outers) {
    const c = ringCentroid(ring);
    if (c && (!best || c.area > best.area)) best = c;
  }
  return best ? [best.lat, best.lon] : null;
}

/** Shoelace centroid in lon/lat degrees; area scaled by cos(latitude) to compare rings. */
function ringCentroid(ring: Ring): { area: number; lat: number; lon: number } | null {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (a === 0) return null;
  a /= 2;
  return { area: Math.abs(a) * Math.cos((ring[0]![1]! * Math.PI) / 180), lat: cy / (6 * a), lon: cx / (6 * a) };
}
