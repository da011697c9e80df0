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
import { findMentions, type MentionCandidate } from './mentions.js';
import { resolveToponyms, WEIGHTS, type ToponymInput, type Weights } from './resolve.js';

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
  return resolveMentions(gaz, doc.text, mentions, options);
}

interface Mention extends Span {
  hint: PlaceKind | null;
  entity: string | null;
}

/** Given spans (gold toponyms in the scorer, or mentions found here): one Place each, in order. */
export function resolveSpans(text: string, spans: Array<Pick<Span, 'start' | 'end'>>, options: PlaceOptions = {}, weights: Weights = WEIGHTS): Place[] {
  const gaz = gazetteer();
  const mentions = spans.map((s) => ({ ...spanOf(text, s.start, s.end), hint: null, entity: null }));
  return resolveMentions(gaz, text, mentions, { demonyms: true, ...options }, true, weights);
}

function resolveMentions(gaz: Gazetteer, text: string, mentions: Mention[], options: PlaceOptions, keepAll = false, weights: Weights = WEIGHTS): Place[] {
  const order = mentions.map((_, k) => k).sort((a, b) => mentions[a]!.start - mentions[b]!.start);
  const inputs: ToponymInput[] = [];
  const demonymFlags: boolean[] = [];
  for (const k of order) {
    const m = mentions[k]!;
    const found = lookupPlace(gaz, m.text, { demonyms: options.demonyms === true });
    inputs.push({ start: m.start, end: m.end, key: foldName(m.text), candidates: found.candidates, hint: m.hint ?? found.hint });
    demonymFlags.push(found.demonym);
  }
  const chosen = resolveToponyms(gaz, inputs, { text, countryCounts: demonymCountries(gaz, text) }, weights);
  const byMention: Place[] = new Array(mentions.length);
  order.forEach((k, n) => (byMention[k] = toPlace(gaz, mentions[k]!, chosen[n]!, inputs[n]!.hint)));
  if (keepAll || options.demonyms) return byMention;
  const isDemonym: boolean[] = new Array(mentions.length);
  order.forEach((k, n) => (isDemonym[k] = demonymFlags[n]!));
  return byMention.filter((_, k) => !isDemonym[k]);
}

function toPlace(gaz: Gazetteer, m: Mention, entry: number, hint: PlaceKind | null): Place {
  const base = { start: m.start, end: m.end, text: m.text, entity: m.entity };
  if (entry < 0) {
    // Unknown to the gazetteer: kept, never guessed. "site" is the most general kind we have.
    return { ...base, name: m.text, kind: hint ?? 'site', geonameId: null, countryCode: null, admin1: null, lat: null, lon: null };
  }
  return {
    ...base, name: gaz.name[entry]!, kind: gaz.kind[entry]!, geonameId: gaz.id[entry]!,
    countryCode: gaz.cc[entry] || null, admin1: gaz.admin1[entry]!, lat: gaz.lat[entry]!, lon: gaz.lon[entry]!,
  };
}

/** Entity mentions of place types first; gazetteer and cue mentions fill the gaps they leave. */
function collectMentions(doc: Doc, gaz: Gazetteer, entities: Entity[], options: PlaceOptions): Mention[] {
  const out: Mention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  for (const ent of entities) {
    for (const span of ent.mentions) {
      taken.push([span.start, span.end]); // any entity, place or not, blocks gazetteer guesses there
      if (PLACE_ENTITY_TYPES.has(ent.type)) out.push({ ...trimThe(doc.text, span), hint: ent.type === 'FAC' ? 'site' : null, entity: ent.id });
    }
  }
  for (const m of findMentions(doc, gaz) as MentionCandidate[]) {
    if (overlaps(m.start, m.end)) continue;
    out.push({ ...spanOf(doc.text, m.start, m.end), hint: m.hint, entity: null });
  }
  if (options.demonyms) out.push(...demonymMentions(doc, gaz).filter((m) => !overlaps(m.start, m.end)));
  return out.sort((a, b) => a.start - b.start);
}

function trimThe(text: string, span: Span): Span {
  const m = /^the\s+/i.exec(span.text);
  return m ? spanOf(text, span.start + m[0].length, span.end) : spanOf(text, span.start, span.end);
}

function demonymMentions(doc: Doc, gaz: Gazetteer): Mention[] {
  return doc.tokens
    .filter((t) => /^\p{Lu}/u.test(t.text) && gaz.demonyms.has(foldName(t.text)))
    .map((t) => ({ ...spanOf(doc.text, t.start, t.end), hint: 'country' as PlaceKind, entity: null }));
}

/** Countries the article points at through demonyms ("Afghan forces"): context, not places. */
function demonymCountries(gaz: Gazetteer, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}+(?:s)?\b/gu)) {
    const key = foldName(m[0]);
    const country = gaz.demonyms.get(key) ?? (key.endsWith('s') ? gaz.demonyms.get(key.slice(0, -1)) : undefined);
    if (country !== undefined) {
      const cc = gaz.cc[country]!;
      counts.set(cc, (counts.get(cc) ?? 0) + 0.5);
    }
  }
  return counts;
}
