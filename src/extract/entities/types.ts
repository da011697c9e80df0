/**
 * Contract types for name mentions: the tagger's PER/ORG/LOC/MISC and the KB's actor kinds
 * become PERSON, ORG, GPE, LOC, NORP, FAC or MISC.
 *  - LOC is GPE when the place lexicon knows it (countries, cities, provinces) unless a
 *    geographic head word says it is a region or feature ("Nile River", "Sinai Peninsula").
 *  - MISC is NORP when every word is a demonym, religion or ethnic group ("Syrian", "Sunni Muslims").
 *  - Any name ending in a facility word ("Al-Shifa Hospital", "Evin Prison") is FAC.
 */
import type { EntityType } from '../../model/analysis.js';
import { aliasKey, aliasPieces } from './normalize.js';
import { typingLexicon } from './lexicon.js';

export type TaggerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

export const FACILITY_WORDS = new Set(
  `airport airbase base port harbour harbor hospital clinic prison jail mosque church cathedral synagogue temple shrine
  bridge dam stadium market bazaar palace embassy consulate hotel station refinery plant checkpoint crossing
  university college school academy camp barracks compound complex tower square museum library courthouse
  terminal pipeline mine mall gate`
    .split(/\s+/)
    .filter(Boolean),
);

const REGION_WORDS = new Set(
  `river rivers mountain mountains mount mt valley desert sea ocean gulf bay strait lake peninsula basin plateau
  region coast island islands delta canal corridor highlands lowlands forest range hills plain plains horn`
    .split(/\s+/)
    .filter(Boolean),
);

/** Broad regions the place lexicon does not hold but news names as places. */
const REGIONS = new Set(
  ['Sahel', 'Middle East', 'Near East', 'Maghreb', 'Levant', 'Balkans', 'Caucasus', 'Horn of Africa', 'Sub-Saharan Africa', 'West Africa', 'East Africa', 'Central Africa', 'North Africa', 'Southern Africa', 'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'Latin America', 'Central America', 'South America', 'North America', 'Europe', 'Asia', 'Africa', 'Arctic', 'Antarctica', 'Donbas', 'Donbass', 'Kashmir', 'Sinai', 'Darfur', 'Kurdistan', 'Patagonia', 'Siberia', 'Scandinavia', 'Mesopotamia'].map(aliasKey),
);

const STATE_KINDS = new Set(['state']);

export function isFacilityName(text: string): boolean {
  const pieces = aliasPieces(text);
  const words = text.split(/\s+/);
  // "Al-Shifa Hospital", "Mogadishu port": a facility noun closing a name of two or more pieces
  return pieces.length > 1 && FACILITY_WORDS.has(pieces[pieces.length - 1]!) && words.length > 1;
}

/** The contract type of a name the tagger labelled (and the KB may know). */
export function contractType(text: string, label: TaggerLabel | null, actorKind: string | null): EntityType {
  if (isFacilityName(text)) return 'FAC';
  if (actorKind && label !== 'PER') return STATE_KINDS.has(actorKind) ? 'GPE' : 'ORG';
  switch (label) {
    case 'PER':
      return personOrOther(text);
    case 'ORG':
      return isGroupName(text) ? 'NORP' : 'ORG';
    case 'LOC':
      return placeType(text);
    case 'MISC':
      return isGroupName(text) ? 'NORP' : 'MISC';
    default:
      return 'MISC';
  }
}

/**
 * The tagger's PER over a name the lexicons know otherwise: a place of two or more words
 * ("Khyber Pakhtunkhwa") or group words only ("Sunni Baluch"). One-word places stay people:
 * "Jordan" and "Chad" are also given names.
 */
function personOrOther(text: string): EntityType {
  const pieces = aliasPieces(text);
  if (pieces.length >= 2 && typingLexicon().gpe.has(pieces.join(' '))) return 'GPE';
  return isGroupName(text) ? 'NORP' : 'PERSON';
}

export function placeType(text: string): 'GPE' | 'LOC' {
  const pieces = aliasPieces(text);
  if (pieces.some((p) => REGION_WORDS.has(p))) return 'LOC';
  const key = pieces.join(' ');
  if (REGIONS.has(key)) return 'LOC';
  return typingLexicon().gpe.has(key) ? 'GPE' : 'LOC';
}

/** "Syrian", "Sunni Muslims", "Kurdish": every piece a group word. */
export function isGroupName(text: string): boolean {
  const pieces = aliasPieces(text);
  const norp = typingLexicon().norp;
  return pieces.length > 0 && (norp.has(pieces.join(' ')) || pieces.every((p) => norp.has(p)));
}
