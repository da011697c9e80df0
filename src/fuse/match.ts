/**
 * Does a report describe the same incident as a candidate's reports? Compatible type,
 * dates within their precision, places within ~50 km (or the same admin1/country when a
 * place is coarse), no contradicting named actors. Returns a score, or null when incompatible.
 */
import type { Report } from './report.js';

export const MAX_KM = 50;
/** Reporting lag and time zones: "late on Sunday" in one report is "Monday" in another. */
const DATE_SLACK_DAYS = 1;
const VIOLENT = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians']);
export const COARSE_KINDS = new Set(['country', 'admin1', 'region']);
const COARSE = COARSE_KINDS;

export function matchScore(r: Report, others: Report[]): number | null {
  let total = 0;
  for (const o of others) {
    if (o.article === r.article) return null; // one article's events are distinct by construction
    const s = pairScore(r, o);
    if (s === null) return null;
    total += s;
  }
  return others.length ? total / others.length : null;
}

function pairScore(a: Report, b: Report): number | null {
  const type = typeScore(a, b);
  if (type === null) return null;
  const date = dateScore(a, b);
  if (date === null) return null;
  const place = placeScore(a, b);
  if (place === null) return null;
  const actors = actorScore(a, b);
  if (actors === null) return null;
  const score = type + date + place + actors;
  // undated on either side: only the same kind of event at the same named place
  if (!a.date || !b.date) return type >= 0.7 && place >= 0.8 ? score : null;
  // without a place on both sides, or with dates only from publication, demand more agreement
  const weak = !a.place || !b.place || a.date.fromPublication || b.date.fromPublication;
  return weak && score < 2.5 ? null : score;
}

function typeScore(a: Report, b: Report): number | null {
  if (a.type === b.type) return a.subType && a.subType === b.subType ? 1 : 0.7;
  // outlets describe one bombing as an explosion or as an attack on civilians
  if (VIOLENT.has(a.type) && VIOLENT.has(b.type)) return 0.2;
  return null;
}

function dateScore(a: Report, b: Report): number | null {
  if (!a.date || !b.date) return 0;
  const gap = Math.max(daysBetween(a.date.end, b.date.start), daysBetween(b.date.end, a.date.start), 0);
  if (gap > DATE_SLACK_DAYS) return null;
  const bothDays = a.date!.precision === 'day' && b.date!.precision === 'day';
  if (bothDays) return a.date.start === b.date.start ? 1 : 0.6;
  return 0.4;
}

function placeScore(a: Report, b: Report): number | null {
  const p = a.place;
  const q = b.place;
  if (!p || !q) return p?.countryCode && q?.countryCode && p.countryCode !== q.countryCode ? null : 0;
  if (p.countryCode && q.countryCode && p.countryCode !== q.countryCode) return null;
  const coarse = COARSE.has(p.kind ?? '') || COARSE.has(q.kind ?? '');
  if (coarse) {
    if (p.admin1 && q.admin1) return p.admin1 === q.admin1 ? 0.6 : null;
    return 0.3;
  }
  if (p.lat !== null && p.lon !== null && q.lat !== null && q.lon !== null) {
    const km = haversineKm(p.lat, p.lon, q.lat, q.lon);
    if (km > MAX_KM) return null;
    return 1 - km / (MAX_KM * 2);
  }
  return p.name.toLowerCase() === q.name.toLowerCase() ? 1 : p.admin1 && p.admin1 === q.admin1 ? 0.4 : null;
}

/** Named perpetrators that are both linked to the knowledge base and differ: different incidents. */
function actorScore(a: Report, b: Report): number | null {
  const side = (r: Report) => new Set(r.actors.filter((x) => x.actor && (x.role === 'perpetrator' || x.role === 'actor1')).map((x) => x.actor));
  const x = side(a);
  const y = side(b);
  if (x.size && y.size) return [...x].some((id) => y.has(id)) ? 0.5 : null;
  return 0;
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 864e5;
}
