/**
 * Extra names for gazetteer rows: countries' official names and spellings, curated region
 * aliases, admin units without their unit word ("Rapides" for "Rapides Parish"), "North X"
 * for GeoNames' "Northern X", towns without a parenthesis, exonyms, abbreviations, demonyms.
 */
import { abbreviationKey, foldName } from '../../src/extract/places/fold.js';
import { KIND_CODES } from '../../src/extract/places/gazetteer-format.js';
import type { Layout, Row, Sources } from './sources.js';

const ADMIN_SUFFIXES = /\s+(County|Parish|Province|District|Governorate|Region|Oblast|State|Prefecture|Department|Municipality|Borough|Division)$/i;
// GeoNames' admin2 names with a unit word in front: "Province of Pangasinan", "Provincia di Roma",
// and local ones: "Kabupaten Karo" (Indonesian regency), "Huyện" (Vietnamese district), "Comuna"
// (Romanian commune). Not "City of", "Municipio de", "Kota", "Gemeente": those are towns' own
// units, and the town is the reading.
const ADMIN_PREFIXES = /^(?:(?:Province|Provincia|Provincie|Departamento|Département|Distrito|Partido|County|Région|Region|Governorate|State|Prefecture) (?:of|de|di|du|do|da|del|de la|des)|Kabupaten|Huyện|Amphoe|Powiat|Okres|Shahrestān-e|Comuna|Markaz|Obshtina|Srŏk|Politischer Bezirk|Landkreis) /i;
// Extra country names news uses that world-countries lacks.
const COUNTRY_EXTRAS: Array<[string, string]> = [
  ['U.S.', 'US'], ['U.S.A.', 'US'], ['America', 'US'], ['United States of America', 'US'],
  ['Britain', 'GB'], ['Great Britain', 'GB'], ['U.K.', 'GB'], ['UK', 'GB'],
  ['Holland', 'NL'], ['the Netherlands', 'NL'], ['Czech Republic', 'CZ'],
  ['Democratic Republic of Congo', 'CD'], ['Democratic Republic of the Congo', 'CD'], ['DRC', 'CD'],
  ['Congo-Kinshasa', 'CD'], ['Congo-Brazzaville', 'CG'], ['Ivory Coast', 'CI'], ["Cote d'Ivoire", 'CI'],
  ['Palestinian territories', 'PS'], ['UAE', 'AE'], ['Burma', 'MM'], ['East Timor', 'TL'], ['Swaziland', 'SZ'],
  ['Macedonia', 'MK'], ['Turkey', 'TR'], ['Turkiye', 'TR'], ['Czechia', 'CZ'], ['Cape Verde', 'CV'], ['Vatican', 'VA'], ['Russian Federation', 'RU'],
];

/** [folded alias or abbreviation key, row index], each pair once, never a row's own name. */
export function buildAliases(s: Sources, rows: Row[], layout: Layout): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const seen = new Set<string>();
  const alias = (name: string, i: number) => {
    const key = foldName(name);
    if (key && !seen.has(`${key}|${i}`) && key !== foldName(rows[i]!.name)) {
      seen.add(`${key}|${i}`);
      out.push([key, i]);
    }
  };
  nameVariants(s, rows, layout, alias);
  const missing = curatedAliases(s, rows, layout, alias);
  // Abbreviations keep their dots in the key ("calif.", "w.va."): folded, "Ill." or "Ind."
  // would collide with ordinary words.
  for (const [abbr, unit, cc] of s.abbreviations) {
    const i = findByName(rows, unit, cc, layout.a1Start, layout.cityStart);
    if (i < 0) missing.push(`${abbr} -> ${unit}`);
    else out.push([abbreviationKey(abbr), i]);
  }
  if (missing.length) console.warn(`curated aliases with no target (left out): ${missing.join('; ')}`);
  return out;
}

function nameVariants(s: Sources, rows: Row[], layout: Layout, alias: (name: string, i: number) => void): void {
  for (const c of s.countries) {
    const i = layout.countryIndex.get(c.cca2)!;
    alias(c.name.official, i);
    for (const a of c.altSpellings) if (a.length >= 4 && /^[\p{L} .'-]+$/u.test(a)) alias(a, i);
  }
  for (const [name, cc] of COUNTRY_EXTRAS) if (layout.countryIndex.has(cc)) alias(name, layout.countryIndex.get(cc)!);
  s.regions.forEach((r, k) => r.aliases.forEach((a) => alias(a.replace(/^the /, ''), layout.regionStart + k)));
  for (let i = layout.a1Start; i < layout.cityStart; i++) {
    const stripped = rows[i]!.name.replace(ADMIN_SUFFIXES, '');
    if (stripped !== rows[i]!.name && stripped.length > 2) alias(stripped, i);
  }
  for (let i = layout.a1Start; i < layout.cityStart; i++) {
    const m = ADMIN_PREFIXES.exec(rows[i]!.name);
    if (m && rows[i]!.name.length - m[0].length > 2) alias(rows[i]!.name.slice(m[0].length), i);
  }
  // GeoNames writes "Northern Darfur", news "North Darfur".
  for (let i = layout.a1Start; i < layout.cityStart; i++) {
    const m = /^(North|South|East|West)(?:ern) (.+)$/.exec(rows[i]!.name);
    if (m) alias(`${m[1]} ${m[2]}`, i);
  }
  cityWithoutCityWord(rows, layout, alias);
  withoutRiverQualifier(rows, layout, alias);
  partsOfPair(rows, layout, alias);
  for (const [name, i] of layout.stateAliases) alias(name, i);
  // "Halle (Saale)" is written "Halle" in news.
  for (let i = layout.cityStart; i < rows.length; i++) if (rows[i]!.name.includes('(')) alias(rows[i]!.name.replace(/\s*\(.*?\)/g, ''), i);
}

/**
 * GeoNames' "Cabanatuan City" is "Cabanatuan" in news; but "Kansas City" is not Kansas
 * and "Mexico City" not Mexico, so only when no other entry has the shorter name.
 */
function cityWithoutCityWord(rows: Row[], layout: Layout, alias: (name: string, i: number) => void): void {
  const names = new Set(rows.map((r) => foldName(r.name)));
  for (let i = layout.cityStart; i < rows.length; i++) {
    const m = /^(.{3,}) City$/.exec(rows[i]!.name);
    if (m && !names.has(foldName(m[1]!))) alias(m[1]!, i);
  }
}

/**
 * "Ludwigshafen am Rhein", "Newcastle upon Tyne", "Châlons-en-Champagne" are written
 * "Ludwigshafen", "Newcastle", "Châlons" in news; a city of 100,000 or more always, a smaller
 * town only when no entry has the short name, and only for towns big enough to be named in news at all (a village's short form is more
 * often a word or a first name: "Billy" of "Billy-sur-Aisne").
 */
function withoutRiverQualifier(rows: Row[], layout: Layout, alias: (name: string, i: number) => void): void {
  const names = new Set(rows.map((r) => foldName(r.name)));
  for (let i = layout.cityStart; i < rows.length; i++) {
    const m = /^(.{5,}?)[ -](?:am|an der|upon|on|sur|bei)[ -]\p{Lu}.{2,}$/u.exec(rows[i]!.name);
    // A short form ending in s reads as a plural word as often as a town ("Romans", "Champs").
    // A city ("Newcastle upon Tyne") competes for its short name with the namesakes; a town only takes a free one.
    if (m && rows[i]!.pop >= SHORT_FORM_MIN_POP && !m[1]!.endsWith('s') && (rows[i]!.pop >= SHORT_FORM_CITY_POP || !names.has(foldName(m[1]!)))) alias(m[1]!, i);
  }
}

const SHORT_FORM_MIN_POP = 10_000;

/**
 * "Newfoundland and Labrador", "Antigua and Barbuda", "Saint Vincent and the Grenadines" are
 * often named by their first part alone: an alias when no entry has that name. The second
 * part too ("Baluchestan" for Sistan and Baluchestan, "Barbuda"), under the same condition,
 * and the two parts joined by a hyphen ("Sistan-Baluchestan"), as news often writes them.
 */
function partsOfPair(rows: Row[], layout: Layout, alias: (name: string, i: number) => void): void {
  const names = new Set(rows.map((r) => foldName(r.name)));
  // Not a plural-looking part: "Turks" are people before they are the islands.
  const free = (part: string) => !part.endsWith('s') && !names.has(foldName(part));
  for (let i = 0; i < layout.cityStart; i++) {
    const r = rows[i]!;
    if (r.kind !== KIND_CODES.country && r.kind !== KIND_CODES.admin1) continue;
    const m = /^(.{4,}?) and (the )?(\p{Lu}.{3,})$/u.exec(r.name);
    if (!m) continue;
    if (free(m[1]!)) alias(m[1]!, i);
    if (free(m[3]!)) alias(m[3]!, i);
    if (!m[2]) alias(`${m[1]}-${m[3]}`, i);
  }
}
const SHORT_FORM_CITY_POP = 100_000;

/** Exonyms point at the most populous town (else admin unit) of that name in that country. */
function curatedAliases(s: Sources, rows: Row[], layout: Layout, alias: (name: string, i: number) => void): string[] {
  const missing: string[] = [];
  for (const [from, to, cc] of s.exonyms) {
    let i = findByName(rows, to, cc, layout.cityStart, rows.length);
    if (i < 0) i = findByName(rows, to, cc, layout.a1Start, layout.cityStart);
    if (i < 0) missing.push(`${from} -> ${to} (${cc})`);
    else alias(from, i);
  }
  return missing;
}

function findByName(rows: Row[], name: string, cc: string, from: number, to: number): number {
  const key = foldName(name);
  let best = -1;
  for (let i = from; i < to; i++) {
    const r = rows[i]!;
    if (r.cc === cc && foldName(r.name) === key && (best < 0 || r.pop > rows[best]!.pop)) best = i;
  }
  return best;
}

/** [folded demonym, country or region row]: "afghan" -> Afghanistan, "abkhaz" -> Abkhazia. */
export function buildDemonyms(s: Sources, layout: Layout): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const c of s.countries) {
    const d = c.demonyms?.eng;
    if (!d) continue;
    for (const form of new Set([d.m, d.f])) if (form) out.push([foldName(form), layout.countryIndex.get(c.cca2)!]);
  }
  const taken = new Set(out.map(([k]) => k));
  s.regions.forEach((r, k) => {
    for (const form of r.demonyms ?? []) if (!taken.has(foldName(form))) out.push([foldName(form), layout.regionStart + k]);
  });
  return out;
}
