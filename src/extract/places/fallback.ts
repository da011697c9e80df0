/**
 * Second-chance look-ups for a mention the gazetteer does not know as written. Each is a
 * spelling news uses for a known place: an abbreviation without its last dot ("Calif"),
 * a name written with a space the gazetteer joins or hyphenates ("Kitaakita" for
 * "Kita-Akita"), a part of a place ("North Dallas", "the Greater Toronto Area"), or a people named after a state, continent or city ("Texan",
 * "Ohioans", "Londoner", "European"), or another romanisation of a name written in another
 * script ("Menoufia" for "Monufia", "Daqahliya" for "Dakahlia"). Looser than lookupPlace,
 * so the joined, part and romanisation kinds are marked `loose`: the caller keeps such a
 * choice only when the article's other places point at the same country.
 */
import { abbreviationKey, foldName } from './fold.js';
import type { Gazetteer } from './gazetteer.js';
import { lookupPlace, type Lookup } from './lookup.js';

export interface FallbackLookup extends Lookup {
  /** Found through a looser key: keep it only when the article's context agrees (see above). */
  loose: boolean;
}

export function fallbackLookup(gaz: Gazetteer, text: string, options: { demonyms?: boolean } = {}): FallbackLookup | null {
  return abbreviationWithoutDot(gaz, text) ?? partOfPlace(gaz, text) ?? joinedName(gaz, text) ?? (options.demonyms ? peopleOfPlace(gaz, text) : null) ?? transliterated(gaz, text);
}

/** "Calif", "N.Y": an AP abbreviation whose last dot the span left out. */
function abbreviationWithoutDot(gaz: Gazetteer, text: string): FallbackLookup | null {
  if (!/^\p{Lu}[\p{L}.]{1,6}$/u.test(text) || text.endsWith('.')) return null;
  const key = abbreviationKey(`${text}.`);
  const found = gaz.byName.get(key);
  return found ? { candidates: found, hint: null, demonym: false, key, loose: false } : null;
}

// Words around a known name that narrow it to a part: the part's point is within a town's or
// a state's reach of the whole. Not for countries: "northern Kenya" is far from Kenya's point.
const PART_PREFIX = /^(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest|greater|downtown|upper|lower|metro|metropolitan) (.{3,})$/;
// "Township" is a coin toss: on the first halves four townships were placed at the town of
// that name within 161 km ("Oakport Township") and three at a namesake in another state.
const PART_SUFFIX = /^(.{3,}?) (?:area|metro area|metropolitan area|township|twp|suburbs)$/;
const PART_KINDS = new Set(['city', 'admin1', 'admin2']);

function partOfPlace(gaz: Gazetteer, text: string): FallbackLookup | null {
  let rest = foldName(text).replace(/^the /, '');
  const key = rest;
  let changed = false;
  for (const re of [PART_PREFIX, PART_SUFFIX]) {
    const m = re.exec(rest);
    if (m) (rest = m[1]!), (changed = true);
  }
  if (!changed) return null;
  const all = lookupPlace(gaz, rest, { demonyms: false }).candidates;
  const found = all.filter((c) => PART_KINDS.has(gaz.kind[c]!));
  // A bare common word ("Creek", "Plateau") says too little to stand for the place; and when
  // the name is also a country or a region ("South Pacific"), its towns are not what is meant.
  if (!found.length || found.length < all.length || gaz.commonWords.has(rest)) return null;
  return { candidates: found, hint: null, demonym: false, key, loose: true };
}

// Built on first use per gazetteer (few mentions get here); keyed by gazetteer so a test's own
// gazetteer never reads another's entry numbers.
const joinedIndexes = new WeakMap<Gazetteer, Map<string, number[]>>();
const romanisedIndexes = new WeakMap<Gazetteer, Map<string, number[]>>();

/** Folded names with their spaces removed -> entries. */
function joinedIndex(gaz: Gazetteer): Map<string, number[]> {
  const built = joinedIndexes.get(gaz);
  if (built) return built;
  const map = new Map<string, number[]>();
  for (let i = 0; i < gaz.size; i++) {
    const name = gaz.name[i]!;
    if (!/[\s-]/.test(name)) continue;
    const key = foldName(name).replace(/ /g, '');
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  }
  joinedIndexes.set(gaz, map);
  return map;
}

/** "Kitaakita" for "Kita-Akita", "Dogu Beyazit" style splits of one-word names too. */
function joinedName(gaz: Gazetteer, text: string): FallbackLookup | null {
  const key = foldName(text).replace(/^the /, '');
  const flat = key.replace(/ /g, '');
  if (flat.length < 6) return null;
  const found = (key.includes(' ') ? gaz.byName.get(flat) : undefined) ?? joinedIndex(gaz).get(flat);
  return found ? { candidates: found, hint: null, demonym: false, key, loose: true } : null;
}

// "Californian" -> California, "Ohioan" -> Ohio, "Texan" -> Texas, "Londoner" -> London,
// "Parisian" -> Paris: the endings English adds to a place's name for its people.
const PEOPLE_ENDINGS: Array<[RegExp, string]> = [[/n$/, ''], [/an$/, ''], [/ian$/, ''], [/n$/, 's'], [/er$/, ''], [/ite$/, '']];
// Only places big enough to have a name for their people: states, continents, regions, big cities.
const PEOPLE_MIN_CITY_POP = 100_000;

function peopleOfPlace(gaz: Gazetteer, text: string): FallbackLookup | null {
  const key = foldName(text).replace(/s$/, '');
  if (key.length < 5 || key.includes(' ')) return null;
  for (const [re, add] of PEOPLE_ENDINGS) {
    if (!re.test(key)) continue;
    const stem = key.replace(re, add);
    const found = (gaz.byName.get(stem) ?? []).filter((c) => {
      const kind = gaz.kind[c]!;
      return kind === 'admin1' || kind === 'region' || kind === 'country' || (kind === 'city' && gaz.pop[c]! >= PEOPLE_MIN_CITY_POP);
    });
    if (found.length) return { candidates: found, hint: null, demonym: true, key, loose: false };
  }
  return null;
}

// Countries whose names are romanised from another script, so one place has several Latin
// spellings in news; elsewhere two spellings that look alike are more often two places.
const ROMANISED = new Set([
  'AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE', 'IR', 'AF',
  'PK', 'IN', 'BD', 'NP', 'LK', 'CN', 'TW', 'HK', 'JP', 'KR', 'KP', 'TH', 'MM', 'LA', 'KH', 'RU', 'UA', 'BY', 'BG', 'RS',
  'MK', 'KZ', 'KG', 'TJ', 'MN', 'GE', 'AM', 'IL', 'GR', 'ET', 'ER',
]);
const SIMILAR_MIN = 0.75;

/** Spelling differences romanisations make, undone: q/k, ph/f, ou/u, y/i, doubled letters, spaces. */
function romanKey(name: string): string {
  return foldName(name).replace(/[^a-z]/g, '').replace(/ph/g, 'f').replace(/q/g, 'k').replace(/ou|oo/g, 'u').replace(/ee/g, 'i').replace(/y/g, 'i').replace(/(.)\1/g, '$1');
}

/** Consonants only: the bucket a romanised spelling is compared within. */
function skeleton(key: string): string {
  return key[0] + key.slice(1).replace(/[aeiouh]/g, '');
}

/** Consonant skeletons of names in ROMANISED countries -> entries. */
function romanisedIndex(gaz: Gazetteer): Map<string, number[]> {
  const built = romanisedIndexes.get(gaz);
  if (built) return built;
  const map = new Map<string, number[]>();
  for (let i = 0; i < gaz.size; i++) {
    if (!ROMANISED.has(gaz.cc[i]!)) continue;
    const sk = skeleton(romanKey(gaz.name[i]!));
    if (sk.length < 3) continue;
    const list = map.get(sk);
    if (list) list.push(i);
    else map.set(sk, [i]);
  }
  romanisedIndexes.set(gaz, map);
  return map;
}

function transliterated(gaz: Gazetteer, text: string): FallbackLookup | null {
  const key = romanKey(text);
  if (key.length < 5) return null;
  const found = (romanisedIndex(gaz).get(skeleton(key)) ?? []).filter((c) => similarity(key, romanKey(gaz.name[c]!)) >= SIMILAR_MIN);
  return found.length ? { candidates: found, hint: null, demonym: false, key: foldName(text), loose: true } : null;
}

/** 1 - Levenshtein distance / longer length. */
export function similarity(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[b.length]! / Math.max(a.length, b.length, 1);
}
