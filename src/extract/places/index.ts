/**
 * The places stage: find place mentions (entities of type GPE/LOC/FAC when the entity
 * layer has them, gazetteer names in capitalised text, and names the wording marks as
 * places), resolve each to a gazetteer entry with the article as context, and return
 * them as Place spans. A mention that cannot be resolved is kept with null coordinates.
 */
import type { Entity, Place, PlaceKind, Span } from '../../model/analysis.js';
import { spanOf, type Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';
import { foldName } from './fold.js';
import { gazetteer, type Gazetteer } from './gazetteer.js';
import { lookupPlace } from './lookup.js';
import { plausibleEntityPlace } from './entity-places.js';
import { findMentions } from './mentions.js';
import { afterKinNoun, mistakenForPerson, withoutNamesOfOthers } from './person-names.js';
import { fallbackLookup } from './fallback.js';
import { withTownHints } from './municipal.js';
import { resolveToponyms, WEIGHTS, type ToponymInput, type Weights } from './resolve.js';
import { organisationSpans } from './org-names.js';
import { dominantCountry, dropForeignSmallTowns, fillUnresolved, preferNamedCountry } from './article-checks.js';

export interface PlaceOptions {
  /** Also return demonyms ("Afghan", "Turkish") as country mentions. Off in the pipeline: they are NORP. */
  demonyms?: boolean;
}

const PLACE_ENTITY_TYPES = new Set(['GPE', 'LOC', 'FAC']);

export function extractPlaces(doc: Doc, layers: Partial<Layers>): Place[] {
  return findPlaces(doc, layers, {});
}

export function findPlaces(doc: Doc, layers: Partial<Layers>, options: PlaceOptions): Place[] {
  const gaz = gazetteer();
  const mentions = collectMentions(doc, gaz, layers.entities ?? [], options);
  const places = resolveMentions(gaz, doc.text, mentions, options, WEIGHTS, paragraphOfDoc(doc));
  return withoutNamesOfOthers(doc.text, places, layers.entities ?? []);
}

interface Mention extends Span {
  hint: PlaceKind | null;
  entity: string | null;
}

/** Given spans (gold toponyms in the scorer, or mentions found here): one Place each, in order. */
export function resolveSpans(text: string, spans: Array<Pick<Span, 'start' | 'end'>>, options: PlaceOptions = {}, weights: Weights = WEIGHTS): Place[] {
  const gaz = gazetteer();
  const mentions = spans.map((s) => ({ ...spanOf(text, s.start, s.end), hint: null, entity: null }));
  return resolveMentions(gaz, text, mentions, { demonyms: true, ...options }, weights);
}

function resolveMentions(
  gaz: Gazetteer, text: string, mentions: Mention[], options: PlaceOptions, weights: Weights = WEIGHTS,
  paragraphOf: (offset: number) => number = paragraphIndex(text),
): Place[] {
  const order = mentions.map((_, k) => k).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const inputs: ToponymInput[] = [];
  // Inputs whose candidates came from a loose second look-up (fallback.ts).
  const loose = new Set<number>();
  for (const k of order) {
    const m = mentions[k]!;
    // Without the demonyms option a demonym finds no candidate (the pipeline leaves them to NORP).
    const lookupOptions = { demonyms: options.demonyms === true };
    let found = lookupPlace(gaz, m.text, lookupOptions);
    if (!found.candidates.length) {
      const second = fallbackLookup(gaz, m.text, lookupOptions);
      if (second) (found = second), second.loose && loose.add(inputs.length);
    }
    inputs.push({ start: m.start, end: m.end, key: found.key, candidates: found.candidates, hint: m.hint ?? found.hint ?? unitWordHint(text, m) ?? regionHint(gaz, text, m, found.candidates) });
  }
  const countryCounts = demonymCountries(gaz, text);
  const checked = preferNamedCountry(gaz, withTownHints(text, inputs));
  const chosen = resolveToponyms(gaz, checked, { text, countryCounts, paragraphOf }, weights);
  dropUnsupported(gaz, chosen, loose, countryCounts);
  const before = [...chosen];
  const foreign = dropForeignSmallTowns(gaz, checked, chosen, countryCounts);
  const articleCountry = dominantCountry(gaz, chosen);
  const byMention: Place[] = [];
  order.forEach((k, n) => {
    const place = toPlace(gaz, mentions[k]!, chosen[n]!, inputs[n]!.hint);
    // A town the gazetteer knows only abroad stays a town, with no point and no country.
    if (foreign.has(n)) place.kind = gaz.kind[before[n]!]!;
    else if (chosen[n]! < 0) fillUnresolved(text, place, articleCountry);
    byMention[k] = place;
  });
  return byMention;
}

/**
 * A loose look-up's choice stands only when another place of the article (found the
 * ordinary way) or a demonym is in the same country: "Kitaakita" in a story about Akita,
 * not "Central Plateau" (Haiti) read as Plateau State, Nigeria.
 */
function dropUnsupported(gaz: Gazetteer, chosen: number[], loose: Set<number>, countryCounts: Map<string, number>): void {
  if (!loose.size) return;
  const countries = new Set(countryCounts.keys());
  chosen.forEach((c, n) => {
    if (c >= 0 && !loose.has(n) && gaz.cc[c]) countries.add(gaz.cc[c]!);
  });
  for (const n of loose) if (chosen[n]! >= 0 && !countries.has(gaz.cc[chosen[n]!]!)) chosen[n] = -1;
}

// Lower-case unit words around a name: "Washington state", "the state of Washington", "Nyanza province".
const UNIT_WORD_AFTER = /^ (state|province|governorate|oblast|prefecture|county|district|parish)\b/;
const UNIT_WORD_BEFORE = /\b(state|province|county|district) of $/;
const UNIT_WORD_KIND: Record<string, PlaceKind> = {
  state: 'admin1', province: 'admin1', governorate: 'admin1', oblast: 'admin1', prefecture: 'admin1',
  county: 'admin2', district: 'admin2', parish: 'admin2',
};

/** The kind a lower-case unit word next to the span asks for (the span itself has none). */
function unitWordHint(text: string, m: Span): PlaceKind | null {
  const word = UNIT_WORD_AFTER.exec(text.slice(m.end, m.end + 16))?.[1] ?? UNIT_WORD_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1];
  return word ? UNIT_WORD_KIND[word]! : null;
}

/** "the Sahel", "the Caucasus": with the article, a name that is also a curated region is the region. */
function regionHint(gaz: Gazetteer, text: string, m: Span, candidates: number[]): PlaceKind | null {
  if (!/\bthe\s$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) return null;
  return candidates.some((c) => gaz.kind[c] === 'region') ? 'region' : null;
}

function toPlace(gaz: Gazetteer, m: Mention, entry: number, hint: PlaceKind | null): Place {
  if (entry < 0) {
    // Unknown to the gazetteer: kept, never guessed. "site" is the most general kind we have.
    return {
      start: m.start, end: m.end, text: m.text, name: m.text, kind: hint ?? 'site',
      geonameId: null, countryCode: null, admin1: null, lat: null, lon: null, entity: m.entity,
    };
  }
  return {
    start: m.start, end: m.end, text: m.text, name: gaz.name[entry]!, kind: gaz.kind[entry]!, geonameId: gaz.id[entry]!,
    countryCode: gaz.cc[entry] || null, admin1: gaz.admin1[entry]!, lat: gaz.lat[entry]!, lon: gaz.lon[entry]!, entity: m.entity,
  };
}

/**
 * Entity mentions of place types first; gazetteer and cue mentions fill the gaps. A
 * PERSON entity blocks gazetteer matches inside its mentions ("Jackson" of "Jesse
 * Jackson"), unless each of its mentions is itself a place name: then the tagger has
 * most likely mistaken a place ("Tbilisi says ..."). Organisations do not block: "Texas"
 * in "Texas Department of Health" and "Atlanta" in "United Way of Metropolitan Atlanta"
 * are toponyms too, and a town tagged ORG as a whole is more often the town.
 */
function collectMentions(doc: Doc, gaz: Gazetteer, entities: Entity[], options: PlaceOptions): Mention[] {
  const found = findMentions(doc, gaz);
  // Places inside a longer name ("Huntsville High School"): towns and the like, not a unit known
  // only from a secondary list ("Holy Cross" of "Holy Cross Hospital"; see onlySmallTowns).
  const inside = (s: number, e: number) => found.filter((m) => m.start >= s && m.end <= e && !onlySecondaryUnits(gaz, doc.text.slice(m.start, m.end)));
  const out: Mention[] = [];
  const placeSpans: Array<[number, number]> = [];
  const personSpans: Array<[number, number]> = [];
  // "Islamic State West Africa Province": a place word inside an armed group's name is a label.
  const orgSpans = organisationSpans(gaz, entities);
  // "the mostly Sunni Baluch province": a name found only by its wording that the tagger calls
  // a people is not a place (persons are not: the tagger takes "the village of Achguara" for one).
  const otherNameSpans = entities.filter((e) => e.type === 'NORP').flatMap((e) => e.mentions.map((m): [number, number] => [m.start, m.end]));
  const overlaps = (list: Array<[number, number]>, s: number, e: number) => list.some(([a, b]) => s < b && a < e);
  for (const ent of entities) {
    if (ent.type === 'PERSON' && !mistakenForPerson(doc.text, gaz, ent.mentions)) {
      for (const span of ent.mentions) personSpans.push([span.start, span.end]);
    }
    if (!PLACE_ENTITY_TYPES.has(ent.type)) continue;
    for (const span of ent.mentions) {
      const trimmed = trimThe(doc.text, span);
      if (!looksLikeName(trimmed.text)) continue;
      const { span: s, hint: unitHint } = withUnitWord(doc.text, trimmed);
      if (overlaps(orgSpans, s.start, s.end)) continue;
      // The tagger split "Newfoundland and Labrador": the gazetteer's longer name wins.
      if (found.some((m) => m.start <= s.start && m.end >= s.end && m.end - m.start > s.end - s.start)) continue;
      const resolvable = lookupPlace(gaz, s.text).candidates.length > 0;
      // "Huntsville High School", "Kabul airport": unknown as a whole, but the town inside
      // is known; give the town (with the entity's id) rather than a place with no point.
      if (!resolvable && inside(s.start, s.end).length) {
        for (const m of inside(s.start, s.end)) out.push({ ...spanOf(doc.text, m.start, m.end), hint: m.hint, entity: ent.id });
      } else if (plausibleEntityPlace(doc.text, s, ent.type, gaz, resolvable)) {
        out.push({ ...s, hint: unitHint ?? (ent.type === 'FAC' ? 'site' : null), entity: ent.id });
      } else continue; // neither a known place nor worded like one: the gazetteer finder may still take it
      placeSpans.push([s.start, s.end]);
    }
  }
  const blocked = (s: number, e: number) => overlaps(placeSpans, s, e) || overlaps(personSpans, s, e) || overlaps(orgSpans, s, e);
  for (const m of found) {
    if (m.source === 'cue' && overlaps(otherNameSpans, m.start, m.end)) continue;
    if (!blocked(m.start, m.end)) out.push({ ...spanOf(doc.text, m.start, m.end), hint: m.hint, entity: null });
  }
  if (options.demonyms) {
    for (const m of demonymMentions(doc, gaz)) if (!overlaps(placeSpans, m.start, m.end) && !out.some((o) => m.start < o.end && o.start < m.end)) out.push(m);
  }
  return out
    .filter((m) => !NOT_THE_PLACE_AFTER.test(doc.text.slice(m.end, m.end + 8)) && !afterKinNoun(doc.text, m.start))
    .sort((a, b) => a.start - b.start);
}

// "Marburg virus", "West Nile virus", "Lassa fever": a disease named after a place, not the
// place; "Amazon.com": a web address.
const NOT_THE_PLACE_AFTER = /^(?: (?:virus|fever)\b|\.(?:com|org|net)\b)/i;

function onlySecondaryUnits(gaz: Gazetteer, text: string): boolean {
  const candidates = lookupPlace(gaz, text).candidates;
  return candidates.length > 0 && candidates.every((c) => gaz.fc[c] === 'ADMD');
}

// Entity-layer spans that cannot be a place name: function words, dates, addresses.
const NOT_NAMES = /^(?:the|a|an|i|i'm|i’m|you|we|it|of|in|more|instead|area|city|state|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

function looksLikeName(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !NOT_NAMES.test(text) && !/[@\d]/.test(text);
}

// A unit word right after an entity's name: "Kandahar province", "the Zhari district".
const UNIT_AFTER = /^ (province|district|county|parish|governorate|oblast|region|prefecture|municipality)\b/i;
const UNIT_KIND: Record<string, PlaceKind> = {
  province: 'admin1', governorate: 'admin1', oblast: 'admin1', region: 'admin1', prefecture: 'admin1',
  district: 'admin2', county: 'admin2', parish: 'admin2', municipality: 'admin2',
};

/**
 * The kind a following unit word asks for; a capitalised one ("Cook County") is part of
 * the name and joins the span, a lower-case one ("Kandahar province") only gives the kind.
 */
function withUnitWord(text: string, span: Span): { span: Span; hint: PlaceKind | null } {
  const m = UNIT_AFTER.exec(text.slice(span.end, span.end + 16));
  if (!m) return { span, hint: null };
  const hint = UNIT_KIND[m[1]!.toLowerCase()]!;
  if (!/^\p{Lu}/u.test(m[1]!)) return { span, hint };
  if (!/^(County|Parish|Province|District|Governorate|Oblast)$/.test(m[1]!)) return { span, hint: null };
  return { span: spanOf(text, span.start, span.end + m[0].length), hint };
}

function trimThe(text: string, span: Span): Span {
  const m = /^the\s+/i.exec(span.text);
  return m ? spanOf(text, span.start + m[0].length, span.end) : spanOf(text, span.start, span.end);
}

/** "Afghan", "Sri Lankan": one or two capitalised tokens that name a country's people. */
function demonymMentions(doc: Doc, gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!/^\p{Lu}/u.test(toks[i]!.text)) continue;
    const two = i + 1 < toks.length && /^\p{Lu}\p{Ll}/u.test(toks[i + 1]!.text) && toks[i + 1]!.start - toks[i]!.end <= 1 ? spanOf(doc.text, toks[i]!.start, toks[i + 1]!.end) : null;
    const span = two && isDemonym(gaz, two.text) ? two : isDemonym(gaz, toks[i]!.text) ? spanOf(doc.text, toks[i]!.start, toks[i]!.end) : null;
    if (!span) continue;
    // "American Electric Power", "French fries" are not about the country's people here.
    const next = toks.find((t) => t.start >= span.end);
    if (next && next.start - span.end <= 1 && (/^\p{Lu}/u.test(next.text) || next.text === '-')) continue;
    out.push({ ...span, hint: 'country', entity: null });
    if (span === two) i++;
  }
  return out;
}

function isDemonym(gaz: Gazetteer, text: string): boolean {
  const key = foldName(text);
  return gaz.demonyms.has(key) || (key.endsWith('s') && gaz.demonyms.has(key.slice(0, -1)));
}

/** Paragraph number of an offset, from the segmenter's paragraphs. */
function paragraphOfDoc(doc: Doc): (offset: number) => number {
  const starts = doc.paragraphs.map((p) => p.start);
  return (offset) => {
    let lo = 0, hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  };
}

/** Paragraph number of an offset in a bare text (the scorer's): a newline starts a paragraph. */
function paragraphIndex(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) breaks.push(at);
  return (offset) => {
    let lo = 0, hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Countries the article points at through demonyms ("Afghan forces"): context, not places. */
function demonymCountries(gaz: Gazetteer, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b[A-Z][a-z]+\b/g)) {
    // Demonyms are plain ASCII words, so lower-casing is their folded key.
    const key = m[0].toLowerCase();
    const country = gaz.demonyms.get(key) ?? (key.endsWith('s') ? gaz.demonyms.get(key.slice(0, -1)) : undefined);
    if (country !== undefined) {
      const cc = gaz.cc[country]!;
      counts.set(cc, (counts.get(cc) ?? 0) + 0.5);
    }
  }
  return counts;
}
