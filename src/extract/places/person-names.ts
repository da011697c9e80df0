/**
 * Where a name is a person's, whatever town shares it: after a kinship noun ("his wife Mary"),
 * or tagged PERSON by the entity layer without the wording or the size of a place.
 */
import type { Entity, Place, Span } from '../../model/analysis.js';
import { foldName } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import { lookupPlace, nameKey } from './lookup.js';
import { LOCATIVE_BEFORE } from './mentions.js';

// "his wife Mary", "his children Elizabeth and Susan", "his widow, Denise": a name after a kinship
// noun is a person, whatever town shares it.
const KIN_BEFORE = /\b(?:wife|husband|sons?|daughters?|child|children|sisters?|brothers?|widow|widower|mother|father|grandsons?|granddaughters?|nephew|niece|uncle|aunt|cousin|fiancée?)\s*,?\s+(?:\p{Lu}\p{Ll}+\s+and\s+)?$/u;

/** True when the text before `start` ends in a kinship noun ("his widow, Denise"). */
export function afterKinNoun(text: string, start: number): boolean {
  return KIN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * A PERSON entity the tagger most likely took from a place: every mention a place name, and
 * the place big ("Tbilisi says ...") or worded as a place somewhere in the article ("the town
 * of Moura", "Greer, S.C.", "Sola in Norway", "Clayton County"). "the Obama administration" is the man, not
 * Obama, Japan.
 */
export function mistakenForPerson(text: string, gaz: Gazetteer, mentions: Span[]): boolean {
  if (!mentions.every((m) => nameKey(gaz, m.text) !== null)) return false;
  const worded = (m: Span) => LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || /\b(?:County|Parish)$/.test(m.text) || PLACE_AFTER.test(text.slice(m.end, m.end + 24));
  if (mentions.some(worded)) return true;
  return mentions.some((m) => lookupPlace(gaz, m.text).candidates.some((c) => (gaz.kind[c] !== 'city' && gaz.kind[c] !== 'admin2') || gaz.pop[c]! >= PERSON_PLACE_MIN_POP));
}

// After a place's name: ", State" or "in Norway", "in the province of".
const PLACE_AFTER = /^(?:,\s*\p{Lu}| in (?:\p{Lu}|the (?:province|state|region|district|county)\b))/u;

/** A town this big, named bare where the tagger saw a person, is more likely the town. */
const PERSON_PLACE_MIN_POP = 100_000;

/**
 * Unresolved places (no point) that the entity layer names a person, an organisation or a
 * people elsewhere ("Paramilitary Rangers" ORG beside "a paramilitary Ranger"), never worded as
 * places: dropped. "the town of Moura" keeps its place, whatever the tagger says.
 */
export function withoutNamesOfOthers(text: string, places: Place[], entities: Entity[]): Place[] {
  const others = new Set<string>();
  for (const e of entities) if (e.type === 'PERSON' || e.type === 'ORG' || e.type === 'NORP') for (const m of e.mentions) others.add(foldName(m.text));
  if (!others.size) return places;
  const key = (p: Place) => foldName(p.text);
  const named = (k: string) => others.has(k) || others.has(`${k}s`);
  const worded = new Set(places.filter((p) => LOCATIVE_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) || PLACE_AFTER.test(text.slice(p.end, p.end + 24))).map(key));
  // Only towns and unknown sites: a unit word ("the city's Abbassiya district") words a place.
  return places.filter((p) => p.lat !== null || (p.kind !== 'city' && p.kind !== 'site') || worded.has(key(p)) || !named(key(p)));
}
