/**
 * From a mention's text to gazetteer candidates: the folded name first, then the
 * spellings news uses for the same place ("St." for "Saint", "Loudon Co." for "Loudon
 * County", "the Sahel", "Kandahar province"). A suffix that names a unit kind becomes a
 * hint the resolver uses to prefer that kind.
 */
import type { PlaceKind } from '../../model/analysis.js';
import { abbreviationKey, foldName } from './fold.js';
import type { Gazetteer } from './gazetteer.js';

export interface Lookup {
  /** Candidate entry indices (may be empty). */
  candidates: number[];
  /** Kind the wording asks for ("X province" -> admin1), or null. */
  hint: PlaceKind | null;
  /** True when the text is a demonym ("Afghan"), resolved to its country. */
  demonym: boolean;
  /** The folded text (one sense per discourse is kept per key). */
  key: string;
}

// Unit words after a name, and the kind they ask for.
const UNIT_SUFFIXES: Array<[RegExp, PlaceKind]> = [
  [/ (province|governorate|oblast|state|prefecture|region|territory)$/, 'admin1'],
  [/ (county|co|parish|district|municipality|borough|department|raion)$/, 'admin2'],
  [/ (city|town|village)$/, 'city'],
];
const UNIT_PREFIXES: Array<[RegExp, PlaceKind]> = [
  [/^(province|state|region|governorate) of /, 'admin1'],
  [/^(county|district|parish) of /, 'admin2'],
  [/^(city|town|village) of /, 'city'],
];
const AFFIXES = [...UNIT_SUFFIXES, ...UNIT_PREFIXES];
// Short forms of leading words ("St. Cloud" = "Saint Cloud").
const SHORT_FORMS: Array<[RegExp, string]> = [
  [/^st /, 'saint '], [/^ste /, 'sainte '], [/^ft /, 'fort '], [/^mt /, 'mount '], [/^pt /, 'port '],
];

export function lookupPlace(gaz: Gazetteer, text: string, options: { demonyms?: boolean } = {}): Lookup {
  if (text.includes('.')) {
    const abbr = gaz.byName.get(abbreviationKey(text));
    if (abbr) return { candidates: abbr, hint: null, demonym: false, key: abbreviationKey(text) };
  }
  const key = foldName(text).replace(/^the /, '').replace(/ s$/, '');
  const none: Lookup = { candidates: [], hint: null, demonym: false, key };
  if (!key) return none;
  const direct = variants(gaz, key);
  // "Canadian" is Canada's people before it is Canadian, Texas: when demonyms are wanted,
  // a demonym outranks names that are only towns or districts.
  if (direct.length && options.demonyms !== false && direct.every((c) => gaz.kind[c] === 'city' || gaz.kind[c] === 'admin2')) {
    const country = gaz.demonyms.get(key);
    if (country !== undefined) return { candidates: [country], hint: 'country', demonym: true, key };
  }
  if (direct.length) return { candidates: direct, hint: null, demonym: false, key };
  for (const [re, kind] of AFFIXES) {
    if (!re.test(key)) continue;
    // "the Gay Village" is a neighbourhood's name, not a town called Gay: a common word left
    // alone by the unit word names nothing.
    if (gaz.commonWords.has(key.replace(re, ''))) continue;
    const found = variants(gaz, key.replace(re, ''));
    if (found.length) return { candidates: found, hint: kind, demonym: false, key };
  }
  if (options.demonyms !== false) {
    const country = gaz.demonyms.get(key) ?? gaz.demonyms.get(key.replace(/s$/, ''));
    if (country !== undefined) return { candidates: [country], hint: 'country', demonym: true, key };
  }
  return none;
}

/** The index key under which `text` names an entry as written (no suffix stripping), or null. */
export function nameKey(gaz: Gazetteer, text: string): string | null {
  if (text.endsWith('.') && gaz.byName.has(abbreviationKey(text))) return abbreviationKey(text);
  const key = foldName(text);
  if (gaz.byName.has(key)) return key;
  for (const [re, long] of SHORT_FORMS) if (re.test(key) && gaz.byName.has(key.replace(re, long))) return key.replace(re, long);
  return null;
}

function variants(gaz: Gazetteer, key: string): number[] {
  const exact = gaz.byName.get(key);
  if (exact) return exact;
  for (const [re, long] of SHORT_FORMS) if (re.test(key)) return gaz.byName.get(key.replace(re, long)) ?? [];
  return [];
}
