/**
 * Noun-phrase extents from part-of-speech tags, for finding who is speaking: the words
 * next to a cue that can form a source ("Spokeswoman Haley Morris", "a senior official
 * who asked not to be named", "he", "the ministry"). No parser: runs of noun-phrase
 * tags, joined over "of", possessives and "and", and over an appositive or relative
 * clause set off by commas (PolNeAR counts those as part of the source).
 */
import type { Token } from '../../model/document.js';
import { cueWord } from './cues.js';

const NP_POS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM']);
const NP_LINKS = new Set(["'s", '’s', "'", '’', 'of', 'for', 'at', '-', '–', '&', '(', ')', 'and']);
/** Capitalised function words are not names: "But Flynn said", "And Clinton said". */
const FUNCTION_POS = new Set(['CCONJ', 'SCONJ', 'ADP', 'ADV', 'PART', 'INTJ']);
const INNER_PREPS = new Set(['on', 'in', 'from', 'with', 'to', 'inside', 'within']);
const NOT_SUBJECT = new Set(['that', 'this', 'there', 'what', 'it’s', "it's", 'which', 'whom', 'whose']);
const DEGREE = new Set(['even', 'nearly', 'about', 'almost', 'only', 'roughly', 'just', 'some', 'approximately', 'over', 'fewer', 'more']);
const QUOTE_CHARS = /^["“”‘’«»']+$/;

export function isQuoteToken(t: Token): boolean {
  return QUOTE_CHARS.test(t.text);
}

/** Adjectives that take a complement inside a source phrase: "sources close to the talks". */
const COMPLEMENT_ADJ = new Set(['close', 'familiar', 'loyal', 'opposed', 'allied', 'linked', 'related', 'near', 'connected', 'briefed']);

function isNpToken(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = i > 0 ? tokens[i - 1]! : null;
  // a possessive apostrophe after a plural: "the farmers' union"
  if ((t.text === "'" || t.text === '’') && prev && /s$/i.test(prev.text) && prev.end === t.start) return true;
  if (isQuoteToken(t)) return false;
  // hyphenated modifiers: "little-known", "state-owned"
  if (prev && (prev.text === '-' || prev.text === '–') && prev.end === t.start) return true;
  if ((t.text === 'to' || t.text === 'with' || t.text === 'on') && prev && COMPLEMENT_ADJ.has(prev.text.toLowerCase())) return true;
  if (NP_POS.has(t.pos)) return true;
  // an abbreviation's period closing a parenthesis: "Rep. Gwen Moore (D-Wis.)"
  if (t.text === '.' && prev?.pos === 'PROPN' && tokens[i + 1]?.text === ')') return true;
  // the tagger calls some names verbs ("Ted/VERB Cruz", "spokesman Josh/VERB Earnest"):
  // a capitalised word next to a name is part of it
  const next = tokens[i + 1];
  if (/^\p{Lu}/u.test(t.text) && !FUNCTION_POS.has(t.pos) && ((prev && prev.pos === 'PROPN') || next?.pos === 'PROPN')) return true;
  // a surname the tagger reads as a verb right before a speech verb: "Lynch/VERB said"
  if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && next && cueWord(next.text)?.strength === 'speech' && next.start > t.end) return true;
  const w = t.text.toLowerCase();
  // a spaced dash separates ("NAIROBI (Reuters) - Ukraine said"); only a joined one links ("al-Sham")
  if ((w === '-' || w === '–') && !(prev && prev.end === t.start && next && next.start === t.end)) return false;
  if (NP_LINKS.has(w)) return true;
  // "a delegate on the Cruz slate", "six in 10 voters": a preposition between two nouns
  return INNER_PREPS.has(w) && !!prev && !!next && ['NOUN', 'PROPN', 'NUM'].includes(prev.pos) && ['DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(next.pos);
}

/** True when token i opens a relative clause or an appositive after a comma. */
const IRREGULAR_PARTICIPLES = new Set(['known', 'seen', 'given', 'taken', 'shown', 'written', 'born', 'led', 'held', 'made', 'built', 'found', 'sent', 'left', 'kept', 'brought', 'thought', 'hit', 'set', 'run']);

function opensModifier(tokens: Token[], i: number): boolean {
  const w = tokens[i]!.text.toLowerCase();
  if (w === 'who' || w === 'whose' || w === 'which' || w === 'citing' || w === 'quoting') return true;
  // a participial phrase: "Trump, speaking to a veterans group in Virginia, said ..."
  if (isAdverbialModifier(tokens, i)) return true;
  // a reduced relative: "The report, published by the group on Monday, found ..."
  // (irregular participles too: "The affiliate, known as IS-K, claimed ...")
  if (tokens[i]!.pos === 'VERB' && (/ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w))) return true;
  return ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[i]!.pos);
}

/**
 * A participial or prepositional phrase set off by commas: "Trump, speaking to veterans,
 * said" / "Clinton, at a later press gaggle, said". PolNeAR leaves it out of the source.
 */
export function isAdverbialModifier(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next) return false;
  if (t.pos === 'VERB' && /ing$/.test(t.text)) return ['ADP', 'DET'].includes(next.pos);
  return t.pos === 'ADP' && /^(at|in|during|on|after|before|speaking|while)$/i.test(t.text) && ['DET', 'ADJ', 'PRON', 'PROPN'].includes(next.pos);
}

/**
 * The noun phrase that ends just before `end` (exclusive), not reaching below `floor`.
 * Returns its first token index, or `end` when there is none.
 */
export function npEndingAt(tokens: Token[], end: number, floor: number): number {
  let i = end;
  for (;;) {
    // "Rep. Alma Fenwick (D-N.C.)": a bracketed affiliation after a name belongs to it
    const open = bracketStartBefore(tokens, i, floor);
    if (open >= 0) {
      i = open;
      continue;
    }
    if (i > floor && isNpToken(tokens, i - 1)) {
      i--;
      continue;
    }
    // "a group calling itself the Front": a participle between a noun and its object
    const verb = tokens[i - 1];
    if (i - 1 > floor && i < end && verb?.pos === 'VERB' && /ing$/.test(verb.text) && ['NOUN', 'PROPN'].includes(tokens[i - 2]!.pos)) i--;
    else break;
  }
  // links cannot start a phrase: "of the party" alone is not a subject; nor can a relative
  // pronoun before another word ("which he [said]" -> "he")
  while (i < end && ((NP_LINKS.has(tokens[i]!.text.toLowerCase()) && tokens[i]!.pos !== 'PROPN') || (i + 1 < end && /^(which|that|who|whom)$/i.test(tokens[i]!.text)))) i++;
  if (i < end && NOT_SUBJECT.has(tokens[i]!.text.toLowerCase()) && i + 1 === end) return end;
  // "Nearly half", "About four in 10": a degree adverb belongs to the phrase
  if (i < end && i > floor && DEGREE.has(tokens[i - 1]!.text.toLowerCase())) i--;
  return i;
}

/** When tokens[i - 1] closes a short bracket right after a name ("Fenwick (D-N.C.)"), the index of its "("; else -1. */
function bracketStartBefore(tokens: Token[], i: number, floor: number): number {
  if (i - 1 <= floor || tokens[i - 1]!.text !== ')') return -1;
  for (let j = i - 2; j > floor && j >= i - 8; j--) {
    const w = tokens[j]!.text;
    if (w === ')' || w === ',') return -1;
    if (w === '(') return j > floor && tokens[j - 1]!.pos === 'PROPN' ? j : -1;
  }
  return -1;
}

/**
 * A subject with a modifier set off by commas, ending just before `comma` (a "," token):
 * "Ann Compton, who covered the White House for 40 years, [said]". Returns the first
 * token index of the whole source, or -1 when the shape does not fit.
 */
export function subjectWithModifier(tokens: Token[], comma: number, floor: number): number {
  for (let k = comma - 2; k > floor; k--) {
    const t = tokens[k]!;
    if (isQuoteToken(t) || t.text === ';' || t.text === ':') return -1;
    if (t.text !== ',') continue;
    if (!opensModifier(tokens, k + 1)) return -1;
    const head = npEndingAt(tokens, k, floor);
    if (head === k) return -1;
    const headHasName = tokens.slice(head, k).some((x) => x.pos === 'PROPN' || x.pos === 'NOUN' || x.pos === 'PRON');
    return headHasName ? head : -1;
  }
  return -1;
}

const SUBORDINATORS = new Set(['that', 'because', 'while', 'as', 'when', 'after', 'before', 'since', 'until', 'if', 'although', 'though', 'whereas', 'once', 'unless', 'where']);
const INTRO_WORDS = new Set(['but', 'and', 'so', 'yet', 'however', 'meanwhile', 'still', 'now', 'instead', 'also', 'then', 'or']);

/** True when token i starts a clause: sentence start, or after a conjunction or intro phrase. */
export function startsClause(tokens: Token[], i: number, floor: number): boolean {
  if (i <= floor) return true;
  const prev = tokens[i - 1]!;
  const w = prev.text.toLowerCase();
  if (INTRO_WORDS.has(w) || SUBORDINATORS.has(w) || prev.pos === 'SCONJ') return true;
  if (w === ':' || w === ';' || w === '—' || w === '–' || w === '--' || w === '-') return true;
  if (w === ',' || isQuoteToken(prev)) {
    // "On Monday, the minister said ..." / "But, ...": everything before is an intro without a verb
    for (let k = floor; k < i - 1; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
    return true;
  }
  return false;
}

/** The noun phrase that starts at `start`, extended over a trailing appositive to `limit`. */
export function npStartingAt(tokens: Token[], start: number, limit: number): number {
  let i = start;
  while (i < limit && (isNpToken(tokens, i) || (tokens[i]!.text === ',' && i + 1 < limit && opensModifier(tokens, i + 1) && i > start))) {
    if (tokens[i]!.text === ',' && tokens[i + 1]!.text.toLowerCase() === 'who') break;
    i++;
  }
  while (i > start && (tokens[i - 1]!.text === ',' || NP_LINKS.has(tokens[i - 1]!.text.toLowerCase()) && tokens[i - 1]!.pos !== 'PROPN')) i--;
  return i;
}

/** True when tokens [a, b) have a head word: a noun, name, pronoun or number, not just "the". */
export function hasHead(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (['NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos) || (t.pos !== 'DET' && /^\p{Lu}/u.test(t.text))) return true;
  }
  return false;
}

/** The hearer after "told": "told Reuters", "told the BBC", "told him" (not "told reporters there was"). */
export function hearerEnd(tokens: Token[], k: number, limit: number): number {
  if (k >= limit) return k;
  const possessive = /^(her|his|their|its|our|my|your)$/i.test(tokens[k]!.text) && tokens[k + 1]?.pos === 'NOUN';
  if (tokens[k]!.pos === 'PRON' && !possessive) return /^(it|there|this|that)$/i.test(tokens[k]!.text) ? k : k + 1;
  let i = k;
  if (possessive) i++;
  while (i < limit && isNpToken(tokens, i) && !(tokens[i]!.pos === 'PRON' && i > k)) i++;
  while (i > k && NP_LINKS.has(tokens[i - 1]!.text.toLowerCase()) && tokens[i - 1]!.pos !== 'PROPN') i--;
  return i;
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which']);
