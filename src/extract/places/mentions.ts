/**
 * Finding place mentions without an entity layer: capitalised token runs that name a
 * gazetteer entry, plus unknown names the wording marks as places ("the Zhari district",
 * "near Sangin"). Each rule below says what false positive it is there to stop.
 */
import type { PlaceKind } from '../../model/analysis.js';
import type { Doc, Token } from '../../model/document.js';
import { abbreviationKey, foldName } from './fold.js';
import { nameKey } from './lookup.js';
import { CALENDAR_WORDS, CONNECTORS, FREE_BEFORE, GENERIC_PLACE_WORDS, NOT_PLACE_WORDS, ORG_HEADS, STREET_WORDS, UNIT_WORDS } from './mention-words.js';
import type { Gazetteer } from './gazetteer.js';

export interface MentionCandidate {
  start: number;
  end: number;
  /** How it was found: a gazetteer name, or only the wording around an unknown name. */
  source: 'gazetteer' | 'cue';
  /** Kind the wording asks for ("X province" -> admin1), or null. */
  hint: PlaceKind | null;
}

// Words before an unknown capitalised name that make it a place.
const PLACE_CUES_BEFORE = /(?:\bnear|\boutskirts of|\bvillage of|\btown of|\bcity of|\bprovince of|\bdistrict of|\bregion of|\bcounty of)\s+$/;
// Words before a weak match (common word, small town) that vouch for it as a place.
export const LOCATIVE_BEFORE = /(?:\b(?:in|near|outside|around|from|into|across|towards?|at|of|visited|visiting|entered|reached|captured|seized|shelled|bombed)\s+(?:the\s+)?)$/i;
/** Towns smaller than this need a locative cue or a "Town, State" pair to count. */
export const MIN_BARE_POPULATION = 5000;
/** Towns under this are never meant by "the X" ("the Earth"); bigger ones may be ("the Paradise strip"?). */
const THE_TOWN_MAX_POP = 100_000;

const isCapitalised = (t: string) => /^\p{Lu}/u.test(t);
const isWordToken = (t: Token) => /\p{L}/u.test(t.text);

export function findMentions(doc: Doc, gaz: Gazetteer): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const tails = nameTails(doc, gaz);
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const m = isCapitalised(doc.tokens[i]!.text) ? matchAt(doc, gaz, tails, i, s.tokenStart, s.tokenEnd) : null;
      if (m) {
        out.push(m.mention);
        i = m.next;
      } else i++;
    }
  }
  return out;
}

/**
 * Last words of multi-word proper names that are not places ("Tom Jones", "Barack Obama"):
 * later on their own they are the person, not Jones, Oklahoma or Obama, Japan.
 */
function nameTails(doc: Doc, gaz: Gazetteer): Set<string> {
  const tails = new Set<string>();
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    const a = toks[i - 1]!, b = toks[i]!;
    if (a.sentence !== b.sentence || b.start - a.end > 1 || a.pos !== 'PROPN' || b.pos !== 'PROPN') continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(a.text) || !/^\p{Lu}\p{Ll}+$/u.test(b.text)) continue;
    if (FREE_BEFORE.has(a.text.toLowerCase()) || gaz.byName.has(foldName(`${a.text} ${b.text}`))) continue;
    if (ORG_HEADS.has(b.text.toLowerCase()) || STREET_WORDS.has(b.text.toLowerCase()) || UNIT_WORDS[b.text.toLowerCase()]) continue;
    tails.add(b.text);
  }
  return tails;
}

/** The longest acceptable mention starting at token i, or null. */
function matchAt(doc: Doc, gaz: Gazetteer, tails: Set<string>, i: number, first: number, last: number): { mention: MentionCandidate; next: number } | null {
  const toks = doc.tokens;
  if (partOfLongerNameBefore(doc, i, first)) return null;
  let best: { end: number; key: string } | null = null;
  for (let j = i, words = 0; j < last && words < gaz.maxWords + 2; j++) {
    const t = toks[j]!;
    if (j > i && t.start - toks[j - 1]!.end > 1) break; // a gap of more than one space ends a name
    // The segmenter may cut an accented word into pieces ("Jal" "ā" "l" ...): a piece glued
    // to the one before continues the same word, whatever its case.
    const glued = j > i && t.start === toks[j - 1]!.end && /^\p{L}/u.test(t.text) && /\p{L}$/u.test(toks[j - 1]!.text);
    if (!glued && !isCapitalised(t.text) && !CONNECTORS.has(t.text.toLowerCase())) break;
    if (isWordToken(t) && !glued) words++;
    if (!glued && !isCapitalised(t.text)) continue;
    const nextGlued = j + 1 < last && toks[j + 1]!.start === t.end && /^\p{L}/u.test(toks[j + 1]!.text) && /\p{L}$/u.test(t.text);
    if (nextGlued) continue; // only whole words can end a name
    const text = doc.text.slice(toks[i]!.start, t.end);
    // "Minn." may come as "Minn" + "."; abbreviations are indexed with their dot.
    const dotted = doc.text[t.end] === '.' && !text.endsWith('.') && gaz.byName.has(abbreviationKey(text + '.')) ? abbreviationKey(text + '.') : null;
    const key = dotted ?? nameKey(gaz, text);
    if (key) best = { end: dotted ? t.end + 1 : t.end, key };
  }
  if (best) return acceptGazetteerMatch(doc, gaz, tails, i, best.end, best.key);
  return cueMatch(doc, i, last);
}

function acceptGazetteerMatch(doc: Doc, gaz: Gazetteer, tails: Set<string>, i: number, end: number, key: string): { mention: MentionCandidate; next: number } | null {
  const toks = doc.tokens;
  let j = i;
  while (j < toks.length && toks[j]!.end <= end) j++;
  const start = toks[i]!.start;
  // "Cook County" is the unit's name, so the word belongs to the span; in "Kandahar
  // province" the lower-case word only tells the kind, and the name is "Kandahar".
  const unit = j < toks.length ? unitWord(toks[j]!.text) : undefined;
  // "the Canadian city of Toronto": a people's name before "city" or "town" is an adjective.
  if (unit === 'city' && gaz.demonyms.has(key)) return null;
  if (unit && toks[j]!.start - end <= 1) return { mention: { start, end: unitEnd(toks[j]!, end), source: 'gazetteer', hint: unit }, next: j + 1 };
  if (CALENDAR_WORDS.has(key) || NOT_PLACE_WORDS.has(key)) return null;
  // "the Northern District of Texas" (a court's district): the place is the one after "of".
  if (/ district$/.test(key) && /^ of \p{Lu}/u.test(doc.text.slice(end, end + 5))) return null;
  // "University", "City", "East", "Street" alone: words of other names, never the tiny towns so named.
  if (!key.includes(' ') && (ORG_HEADS.has(key) || STREET_WORDS.has(key) || FREE_BEFORE.has(key) || GENERIC_PLACE_WORDS.has(key))) return null;
  if (continuesIntoOtherName(doc, i, j, end)) return null;
  const before = doc.text.slice(Math.max(0, start - 40), start);
  const cands = gaz.byName.get(key)!;
  // "Somali security forces": a people's name before a noun is the people (NORP), not the
  // region of the same name; "the Somali region" took the unit-word path above.
  if (!key.includes(' ') && gaz.demonyms.has(key) && modifiesNoun(doc, j, end)) return null;
  // "Uprisings of the Earth": a town is not named with "the" (The Hague has it in its name),
  // though "the Jordan City Council" or "the Maryville church" name things of the town.
  if (/\bthe\s+$/i.test(before) && endsNounPhrase(doc, j, end) && cands.every((c) => gaz.kind[c] === 'city' && gaz.pop[c]! < THE_TOWN_MAX_POP)) return null;
  const cued = LOCATIVE_BEFORE.test(before) || /,\s*$/.test(before) || /^\s*,\s*\p{Lu}/u.test(doc.text.slice(end, end + 4));
  const single = !key.includes(' ');
  // Sentence-initial "Police" or "Mobile" are words, not towns, unless the wording says place.
  // "of the Federal government", "at the Federal Center": even cued, a common word that goes on
  // into a noun phrase is that phrase's adjective.
  // (A country so spelled, "the U.S. House", is no adjective.)
  if (single && gaz.commonWords.has(key) && (!cued || (goesOnAsNounPhrase(doc, j, end) && !cands.some((c) => gaz.kind[c] === 'country')))) return null;
  if (single && tails.has(toks[i]!.text) && !LOCATIVE_BEFORE.test(before)) return null;
  if (single && toks[i]!.pos !== 'PROPN' && !cued) return null;
  // "UN": short all-capital tokens are acronyms unless they name a country, a state or a union
  // (US, UK, NSW, EU); districts and towns so spelled ("ALMA", "REAL", "BOE") are far more often acronyms.
  if (single && /^[A-Z.]{2,4}$/.test(doc.text.slice(start, end)) && !cands.some((c) => gaz.kind[c] === 'country' || gaz.kind[c] === 'admin1' || gaz.fc[c] === 'RGNE')) return null;
  if (!cued && onlySmallTowns(gaz, cands, key)) return null;
  // "The EU said": a union named as an actor (feature code RGNE) is a place only when the wording says so ("in the EU").
  if (!LOCATIVE_BEFORE.test(before) && actorUnion(gaz, cands)) return null;
  return { mention: { start, end, source: 'gazetteer', hint: null }, next: j };
}

/** Names a union news treats as an actor (RGNE: the EU), beside at most towns (Eu, France). */
function actorUnion(gaz: Gazetteer, cands: number[]): boolean {
  return cands.some((c) => gaz.fc[c] === 'RGNE') && cands.every((c) => gaz.fc[c] === 'RGNE' || gaz.kind[c] === 'city');
}

/**
 * "Dublin Road", "Jackson Smith", "Washington Post": capitalised words right after make a
 * longer name that is not the place, unless an organisation word follows within three
 * words ("Texas Department of Health", "Laurel County High School"), where the place
 * still counts as named.
 */
function continuesIntoOtherName(doc: Doc, i: number, j: number, end: number): boolean {
  const toks = doc.tokens;
  const after = toks[j];
  if (!after || after.sentence !== toks[i]!.sentence || !isCapitalised(after.text) || !isWordToken(after) || after.start - end > 1) return false;
  if (STREET_WORDS.has(after.text.toLowerCase().replace(/\.$/, ''))) return true;
  for (let k = j; k < Math.min(j + 3, toks.length) && toks[k]!.sentence === after.sentence; k++) {
    const w = toks[k]!.text.toLowerCase();
    if (ORG_HEADS.has(w)) return false;
    if (!isCapitalised(toks[k]!.text) && !CONNECTORS.has(w)) break;
  }
  return true;
}

// Capitalised unit words that still name a unit ("Cook County"); "Texas Department" or
// "Ohio State" are organisations, so capitalised Department/State/City do not count.
const CAPITALISED_UNITS = new Set(['county', 'parish', 'province', 'district', 'governorate', 'oblast', 'prefecture', 'borough', 'municipality']);

/** Where a mention followed by a unit word ends: after a capitalised unit, before a lower-case one. */
function unitEnd(unit: Token, nameEnd: number): number {
  return isCapitalised(unit.text) ? unit.end : nameEnd;
}

function unitWord(word: string): PlaceKind | undefined {
  const lower = word.toLowerCase();
  if (word !== lower && !CAPITALISED_UNITS.has(lower)) return undefined;
  return UNIT_WORDS[lower];
}

/** "President Obama", "Chiquita Raquel Henry": a name word right before the match. */
function partOfLongerNameBefore(doc: Doc, i: number, first: number): boolean {
  if (i === first) return false;
  const prev = doc.tokens[i - 1]!;
  if (doc.tokens[i]!.start - prev.end > 1) return false;
  const word = prev.text.replace(/\.$/, '');
  if (!isCapitalised(word) || FREE_BEFORE.has(word.toLowerCase())) return false;
  return i - 1 !== first || prev.pos === 'PROPN';
}

/**
 * Small towns only, admin2 units named without their unit word ("Power" for Power County),
 * or units known only from a secondary list (feature code ADMD, population unknown: "Holy
 * Cross" is also a hospital's name).
 */
function onlySmallTowns(gaz: Gazetteer, candidates: number[], key: string): boolean {
  return candidates.every((c) => (gaz.kind[c] === 'city' && gaz.pop[c]! < MIN_BARE_POPULATION) || (gaz.kind[c] === 'admin2' && foldName(gaz.name[c]!) !== key) || gaz.fc[c] === 'ADMD');
}

/** Nothing after the name continues its noun phrase: punctuation, a verb, a preposition, the end. */
function endsNounPhrase(doc: Doc, j: number, end: number): boolean {
  const next = doc.tokens[j];
  // A glued token ("Watertown-Mayer") continues the name.
  return !next || next.start - end > 1 || (next.start > end && !/^(?:NOUN|PROPN|ADJ|NUM|PART)$/.test(next.pos)) || /^[.,;:)]/.test(next.text);
}

/** A noun (or an adjective and a noun) right after the name: "Federal government", "Federal Center". */
function goesOnAsNounPhrase(doc: Doc, j: number, end: number): boolean {
  const next = doc.tokens[j];
  if (!next || next.start - end > 1) return false;
  if (next.pos === 'NOUN' || next.pos === 'PROPN') return true;
  const after = doc.tokens[j + 1];
  return next.pos === 'ADJ' && !!after && after.start - next.end <= 1 && after.pos === 'NOUN';
}

/** The token after a name is a lower-case noun or adjective it modifies ("Somali security forces"). */
function modifiesNoun(doc: Doc, j: number, end: number): boolean {
  const next = doc.tokens[j];
  return !!next && next.start - end <= 1 && /^\p{Ll}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'ADJ');
}

// "the mostly Sunni Baluch province", "the restive Kurdish region": lower-case words between
// "the" and the name make the capitalised words adjectives of the unit, not its name.
const MODIFIERS_BEFORE = /\bthe\s+(?:\p{Ll}+\s+)+$/u;

/** An unknown capitalised name made a place by its wording: "Zhari district", "near Sangin". */
function cueMatch(doc: Doc, i: number, last: number): { mention: MentionCandidate; next: number } | null {
  const toks = doc.tokens;
  let j = i;
  while (j < last && isCapitalised(toks[j]!.text) && isWordToken(toks[j]!) && toks[j]!.pos === 'PROPN' && (j === i || toks[j]!.start - toks[j - 1]!.end <= 1)) j++;
  if (j === i || UNIT_WORDS[toks[i]!.text.toLowerCase()]) return null;
  const start = toks[i]!.start;
  const end = toks[j - 1]!.end;
  const unit = j < last ? unitWord(toks[j]!.text) : undefined;
  if (unit && unit !== 'city' && toks[j]!.start - end <= 1 && !MODIFIERS_BEFORE.test(doc.text.slice(Math.max(0, start - 40), start))) return { mention: { start, end: unitEnd(toks[j]!, end), source: 'cue', hint: unit }, next: j + 1 };
  if (PLACE_CUES_BEFORE.test(doc.text.slice(Math.max(0, start - 30), start))) return { mention: { start, end, source: 'cue', hint: null }, next: j };
  return null;
}
