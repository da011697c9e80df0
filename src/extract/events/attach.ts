/**
 * Arguments an event takes from the layers beneath: its date (a time expression in the
 * same clause, never the publication date by default), its place (a place in the same
 * clause, the most specific one nearest the trigger), who claimed it and who reported it.
 */
import type { Claim, EventPlace, Place, Precision, Ref, Span, TimeExpression } from '../../model/analysis.js';

export interface EventDate {
  value: string | null;
  precision: Precision | null;
}

const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(?:-WE)?)?(?:T.*)?$/;

/** Precision of a TIMEX3 date value; null for values that name no calendar date (PAST_REF, P3D). */
export function precisionOf(value: string): Precision | null {
  const m = DATE_VALUE.exec(value);
  if (!m) return null;
  if (m[3]) return 'day';
  if (m[4]) return 'week';
  if (m[2]) return 'month';
  return 'year';
}

/** The calendar date part of a value ("2024-03-10T14:00" -> "2024-03-10"; a weekend, "2024-W24-WE", -> its week). */
function dateOnly(value: string): string {
  return value.replace(/T.*$/, '').replace(/-WE$/, '');
}

const REPORTING_BEFORE = /\b(?:said|says|told(?: \w+){0,3}|reported|announced|confirmed|added|stated|released|published|concluded|issued|tweeted|wrote)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;

/** The time expression of the clause nearest the trigger that names a calendar date. */
export function dateFor(text: string, times: TimeExpression[], clause: Span, trigger: Span): { date: EventDate; span: Span | null } {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of times) {
    if (t.start < clause.start || t.end > clause.end) continue;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (!precisionOf(t.value)) continue;
    // "officials said on Tuesday", "a report released on Monday": the date of the telling, not of the event
    if (REPORTING_BEFORE.test(text.slice(Math.max(clause.start, t.start - 40), t.start))) continue;
    const distance = t.start >= trigger.end ? t.start - trigger.end : trigger.start - t.end;
    // a date after the trigger ("killed ... on Sunday") is the usual English order: prefer it a little
    const weighted = t.start >= trigger.end ? distance : distance * 1.5;
    if (weighted < bestDistance) {
      best = t;
      bestDistance = weighted;
    }
  }
  if (!best) return { date: { value: null, precision: null }, span: null };
  const value = dateOnly(best.value);
  return { date: { value, precision: precisionOf(value) }, span: best };
}

const KIND_RANK: Record<Place['kind'], number> = { site: 5, city: 4, admin2: 3, admin1: 2, region: 1, country: 0 };

const LOCATIVE = /\b(?:in|at|near|outside|inside|around|across|from|of|into|on|to|towards?|outskirts of|city of|town of|village of|province of|district of)\s+(?:the\s+)?$/i;

/** Whether a place is introduced as a location ("in Owo", "near Goma"), not as a modifier or a name part. */
export function isLocative(text: string, p: Place): boolean {
  return LOCATIVE.test(text.slice(Math.max(0, p.start - 25), p.start));
}

/** The place of the clause: introduced by a locative preposition first, then the most specific, then the nearest. */
export function placeFor(text: string, places: Place[], clause: Span, trigger: Span): Place | null {
  let best: Place | null = null;
  let bestScore = -Infinity;
  for (const p of places) {
    if (p.start < clause.start || p.end > clause.end) continue;
    // "a Britain-based monitor", "Saudi-led forces": the name qualifies an actor, it does not place the event
    if (/^[-\u2010\u2011]\p{Ll}/u.test(text.slice(p.end, p.end + 2))) continue;
    const distance = Math.min(Math.abs(p.start - trigger.end), Math.abs(trigger.start - p.end));
    const score = (isLocative(text, p) ? 10_000 : 0) + KIND_RANK[p.kind] * 1000 - distance;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

export function eventPlace(p: Place, within: Place | null = null): EventPlace {
  const base = { text: p.text, entity: p.entity ?? null, name: p.name };
  if (within) return { ...base, countryCode: within.countryCode, lat: within.lat, lon: within.lon, within: within.name };
  return { ...base, countryCode: p.countryCode, lat: p.lat, lon: p.lon };
}

/**
 * The resolved place an unresolved one lies in, by the sentence that names it: "the Hayat Hotel
 * in Mogadishu", "Seytenga, a town in Seno province", "the Tillia area of Niger's Tahoua region".
 * The nearest town or province after it first (English puts the container after), then before
 * it, and a country only when the sentence names nothing finer.
 */
const AWAY_FROM = /\b(?:border with|borders? of|near|towards?|from|into|to|outside|beyond|across)\s+(?:the\s+)?$/i;

export function containingPlace(text: string, p: Place, places: Place[], sentence: Span): Place | null {
  if (p.lat !== null) return null;
  let best: Place | null = null;
  let bestScore = Infinity;
  for (const q of places) {
    if (q === p || q.lat === null || q.start < sentence.start || q.end > sentence.end) continue;
    // a site holds nothing ("near the Baron Hotel ..., the Pentagon said"); "the border with Venezuela" is outside
    if (q.kind === 'site' || q.name === p.name || AWAY_FROM.test(text.slice(Math.max(0, q.start - 30), q.start))) continue;
    const distance = q.start >= p.end ? q.start - p.end : (p.start - q.end) * 3;
    const score = (q.kind === 'country' || q.kind === 'region' ? 100_000 : 0) + distance;
    if (score < bestScore) {
      best = q;
      bestScore = score;
    }
  }
  return best;
}

/** Claims whose span overlaps any of the spans. */
export function claimsOver(claims: Claim[], spans: Span[]): Claim[] {
  return claims.filter((c) => spans.some((s) => c.start < s.end && s.start < c.end));
}

/** Who claimed responsibility, from claim-responsibility claims over the event's sentences. */
export function claimedByFrom(claims: Claim[]): Ref | null {
  const c = claims.find((x) => x.stance === 'claim-responsibility' && x.claimant);
  return c?.claimant ? { text: c.claimant.text, entity: c.claimant.entity } : null;
}

/** Who the article says reported the event: the cited sources of its claims, then claimants. */
export function sourcesFrom(claims: Claim[]): Ref[] {
  const out: Ref[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    if (c.stance === 'claim-responsibility') continue;
    const refs = c.sources.length ? c.sources : c.claimant ? [c.claimant] : [];
    for (const r of refs) {
      const key = (r.entity ?? r.text).toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ text: r.text, entity: r.entity });
    }
  }
  return out;
}
