/**
 * Weapons named in an event's sentences ("a car bomb", "dynamite", "machineguns",
 * "rifles"): the instrument slot of MUC-style templates. Case-insensitive, so it reads
 * upper- and lower-case wire text alike. Compound names are kept whole ("car bomb",
 * "explosive device"); determiners and counts are left out.
 */
import type { Span } from '../../model/analysis.js';
import { spanOf } from '../../model/document.js';

const WEAPONS = [
  'car[- ]bombs?', 'truck bombs?', 'letter bombs?', 'pipe bombs?', 'roadside bombs?', 'bombs?',
  'dynamite(?: (?:charges?|sticks?))?', 'sticks? of dynamite', 'charges? of dynamite', 'explosive (?:devices?|charges?)', 'explosives?',
  'improvised explosive devices?', 'ieds?', 'landmines?', 'land mines?', 'mines?', 'grenades?', 'hand grenades?',
  'rocket-propelled grenades?', 'rpgs?', 'rockets?', 'missiles?', 'mortars?(?: (?:shells?|rounds?))?', 'artillery', 'shells?',
  'machine ?-?guns?', 'submachine ?-?guns?', 'rifles?', 'assault rifles?', 'automatic (?:weapons|rifles)', 'firearms?', 'guns?', 'pistols?',
  'revolvers?', 'ak-47s?', 'ak-m rifles?', 'm-16s?', 'knives', 'knife', 'machetes?', 'molotov cocktails?', 'incendiary (?:devices?|bombs?)',
  'tnt', 'an-fo', 'c-4', 'booby[- ]traps?', 'drones?', 'barrel bombs?', 'chlorine', 'sarin', 'suicide vests?', 'bullets?',
];
const WEAPON_RE = new RegExp(`\\b(?:(?:powerful|large|small|homemade|home-made|high-power|highpower|heavy|light|medium-sized)\\s+)?(?:${WEAPONS.sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

/** Weapon phrases in text[from, to), left to right, without overlaps. */
export function findWeapons(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  WEAPON_RE.lastIndex = 0;
  for (let m = WEAPON_RE.exec(slice); m; m = WEAPON_RE.exec(slice)) {
    // "mine" in "gold mine", "shells" of buildings: only weapon senses near an attack word are kept by the caller
    out.push(spanOf(text, from + m.index, from + m.index + m[0].length));
  }
  return out;
}
