/**
 * Checks of the resolver's input and output against the whole article, for mistakes a
 * reader sees at once: a bare "Congo" read as the other Congo right after "the Democratic
 * Republic of Congo", and a small town of a country the article never mentions ("Moura",
 * Portugal, in a story about Mali) chosen only because the gazetteer knows no other.
 */
import type { Place } from '../../model/analysis.js';
import { foldName } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import type { ToponymInput } from './resolve.js';

/**
 * A country's short alias ("Congo", not any country's own name) means the country the
 * article has already named in full, when its full name ends with that alias: "the
 * Democratic Republic of Congo ... eastern Congo". "Sudan" after "South Sudan" is left
 * alone: "Sudan" is a country's own name, and stories name both.
 */
export function preferNamedCountry(gaz: Gazetteer, inputs: ToponymInput[]): ToponymInput[] {
  const named = new Map<string, number>(); // folded full name in the article -> country entry
  for (const t of inputs) {
    const countries = t.candidates.filter((c) => gaz.kind[c] === 'country');
    if (countries.length === 1 && t.key.includes(' ')) named.set(t.key, countries[0]!);
  }
  if (!named.size) return inputs;
  return inputs.map((t) => {
    const own = t.candidates.filter((c) => gaz.kind[c] === 'country');
    if (!own.length || own.some((c) => foldName(gaz.name[c]!) === t.key)) return t;
    const fuller = new Set<number>();
    for (const [key, c] of named) if (key !== t.key && key.endsWith(` ${t.key}`)) fuller.add(c);
    // Both Congos named in full: the alias stays as ambiguous as it was.
    return fuller.size === 1 ? { ...t, candidates: [...fuller] } : t;
  });
}

/** A chosen town or district smaller than this needs its country to be in the article. */
export const FOREIGN_TOWN_POP = 15_000;

/**
 * Chosen small towns, districts and admin1 units (under FOREIGN_TOWN_POP) whose country
 * nothing else in the article points at (no other place, no demonym), while the article is plainly about
 * another country (names it, or two of its places): a Texan "Ranger" in a story about
 * Karachi and Sindh, a Portuguese "Moura" in one about Mali. These are set to -1 in `chosen` (kept as mentions, with no point)
 * and returned. An article with no other place gives no such evidence and keeps its town.
 */
export function dropForeignSmallTowns(gaz: Gazetteer, inputs: ToponymInput[], chosen: number[], countryCounts: Map<string, number>): Set<number> {
  const mentionsByCountry = new Map<string, Set<string>>(); // country -> keys of the places chosen in it
  chosen.forEach((c, n) => {
    const cc = c >= 0 ? gaz.cc[c] : '';
    if (!cc) return;
    const keys = mentionsByCountry.get(cc) ?? new Set<string>();
    keys.add(inputs[n]!.key);
    mentionsByCountry.set(cc, keys);
  });
  // A country the article is about: named as a country, through a demonym, or holding two of
  // its places. One town each in two countries ("Charleston", "Hampton Park") proves nothing.
  const named = new Set(chosen.filter((c) => c >= 0 && gaz.kind[c] === 'country').map((c) => gaz.cc[c]!));
  const established = (cc: string) => named.has(cc) || (countryCounts.get(cc) ?? 0) > 0 || (mentionsByCountry.get(cc)?.size ?? 0) >= 2;
  const establishedElsewhere = (cc: string) => {
    for (const other of mentionsByCountry.keys()) if (other !== cc && established(other)) return true;
    return false;
  };
  const dropped = new Set<number>();
  chosen.forEach((c, n) => {
    // Admin1 units this small are islands and the like ("Saba", the news agency, in a Yemen story).
    if (c < 0 || gaz.kind[c] === 'country' || gaz.kind[c] === 'region' || gaz.kind[c] === 'site' || gaz.pop[c]! >= FOREIGN_TOWN_POP) return;
    const cc = gaz.cc[c]!;
    const key = inputs[n]!.key;
    const keys = mentionsByCountry.get(cc);
    const ownSupport = (keys !== undefined && (keys.size > 1 || !keys.has(key))) || (countryCounts.get(cc) ?? 0) > 0;
    if (!ownSupport && establishedElsewhere(cc)) dropped.add(n);
  });
  for (const n of dropped) chosen[n] = -1;
  return dropped;
}

/**
 * The country most of the article's resolved places are in (more than half of those
 * that have one), or null: the country an unknown name worded as a part of a country
 * ("the Catatumbo region") is most likely in.
 */
export function dominantCountry(gaz: Gazetteer, chosen: number[]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const c of chosen) {
    const cc = c >= 0 ? gaz.cc[c] : '';
    if (!cc) continue;
    counts.set(cc, (counts.get(cc) ?? 0) + 1);
    total++;
  }
  for (const [cc, n] of counts) if (n * 2 > total) return cc;
  return null;
}

/**
 * An unknown name worded as a part of a country ("the Catatumbo region", "Zhari
 * district") takes the country most of the article's places are in; a lower-case
 * "region" after it makes it a region, not an admin unit ("the Tillia area" may be a town).
 */
export function fillUnresolved(text: string, place: Place, articleCountry: string | null): void {
  if (/^ region\b/.test(text.slice(place.end, place.end + 8))) place.kind = 'region';
  if (articleCountry && (place.kind === 'admin1' || place.kind === 'admin2' || place.kind === 'region')) place.countryCode = articleCountry;
}
