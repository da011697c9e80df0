/**
 * Attribution frames with no cue word, read from punctuation (PolNeAR annotates both):
 *   SPEAKER: CONTENT            transcripts and headlines: "PENCE: Well, look, ..." / "Pence: Flowers won't be at debate"
 *   “QUOTATION” ― SPEAKER       a quotation signed with a dash: "“Maybe we can build a wall.” ― Steve Quinlan"
 * The punctuation mark is the cue. Both need a name as the speaker (proper nouns or an
 * all-capitals word), so "Update: ..." or "Note: ..." are not quotes of anyone.
 */
import type { Token } from '../../model/document.js';
import { isQuoteToken } from './phrases.js';
import { rightSpan, TIME_WORDS } from './content.js';
import type { RawAttribution, SentenceContext } from './context.js';

/** Longest speaker label before a colon or after a signing dash, in tokens. */
const MAX_LABEL = 5;
const SIGN_DASHES = new Set(['―', '—', '–', '--', '-']);

/** A name: proper nouns (with initials' periods and hyphens between), at least one capitalised. */
function isNameRun(tokens: Token[], a: number, b: number): boolean {
  if (b <= a || b - a > MAX_LABEL) return false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    const capsWord = /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text);
    const joiner = (t.text === '.' || t.text === '-') && k > a;
    if (!(t.pos === 'PROPN' || capsWord || joiner)) return false;
  }
  return /^\p{Lu}/u.test(tokens[a]!.text);
}

/** Editorial labels, not speakers: "Correction: ...", "UPDATE: ...". */
const EDITORIAL = /^(correction|clarification|update|updated|editor|note|related|watch|read|photo|video|listen|breaking|disclosure|advertisement|source|sources|credit)$/i;

/**
 * "PENCE: Well, ..." at the start of a line: the label speaks the rest of the line (its
 * paragraph: a transcript turn runs over several sentences). A transcript printed as one
 * long quotation opens each turn with a quote mark: '"WALLACE: Let's start ...'.
 */
export function colonLabel(ctx: SentenceContext): RawAttribution | null {
  const { tokens, last } = ctx;
  const opener = isQuoteToken(tokens[ctx.first]!) && ctx.first + 1 < last ? ctx.first + 1 : ctx.first;
  const first = opener;
  for (let k = first + 1; k <= first + MAX_LABEL && k + 1 < last; k++) {
    if (tokens[k]!.text !== ':') continue;
    const quotedLabel = ctx.regionOf[k]! >= 0 && !(opener > ctx.first && ctx.regionOf[k] === ctx.regionOf[ctx.first]);
    if (quotedLabel || !isNameRun(tokens, first, k) || EDITORIAL.test(tokens[first]!.text)) return null;
    const content = opener > ctx.first ? [tokens[k + 1]!.start, tokens[k + 1]!.start] as [number, number] : rightSpan(ctx, k + 1);
    if (!content) return null;
    // a one-sentence line ends before its final stop (PolNeAR's headlines); a turn of
    // several sentences runs to the end of its line, stops included
    const lineEnd = endOfLine(ctx.text, tokens[k]!.end);
    const more = /[\p{L}\p{N}]/u.test(ctx.text.slice(content[1], lineEnd));
    return { cueStart: k, cueEnd: k + 1, source: [first, k], contentStart: content[0], contentEnd: more ? lineEnd : content[1], lemma: ':' };
  }
  return null;
}

/** End of the text's line holding `from`, before trailing spaces and an unclosed quote mark. */
function endOfLine(text: string, from: number): number {
  let e = text.indexOf('\n', from);
  if (e < 0) e = text.length;
  while (e > from && /[\s"“]/.test(text[e - 1]!)) e--;
  return e;
}

/** "“...” ― Steve Quinlan": a dash right after a quotation, then a name ending the line. */
export function signedQuotation(ctx: SentenceContext, c: number): RawAttribution | null {
  const { tokens, last } = ctx;
  if (!SIGN_DASHES.has(tokens[c]!.text) || c === 0) return null;
  const region = ctx.regionOf[c - 1]!;
  if (region < 0 || !isQuoteToken(tokens[c - 1]!)) return null;
  let end = c + 1;
  while (end < last && !hasLineBreak(ctx.text, tokens[end - 1]!.end, tokens[end]!.start) && end - c <= MAX_LABEL) end++;
  if (end < last && !hasLineBreak(ctx.text, tokens[end - 1]!.end, tokens[end]!.start)) return null;
  // "― Carla Sanchez." : the full stop closing the line is not part of the name
  const nameEnd = end - 1 > c + 1 && tokens[end - 1]!.text === '.' ? end - 1 : end;
  if (!isNameRun(tokens, c + 1, nameEnd)) return null;
  const r = ctx.regions[region]!;
  return { cueStart: c, cueEnd: c + 1, source: [c + 1, nameEnd], contentStart: r.start, contentEnd: r.end, lemma: '―' };
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('\n');
}

/**
 * PolNeAR's cue takes in a colon or a day between the cue word and content on its right:
 * "said: “...”", "said Friday that ...". (Wider adjuncts — "said in an interview",
 * "told Reuters" — are in the cue only sometimes; taking them lowered dev cue F1.)
 */
export function cueWithAdjuncts(ctx: SentenceContext, a: RawAttribution): RawAttribution {
  const { tokens, last } = ctx;
  let k = a.cueEnd;
  if (k >= last) return a;
  if (tokens[k]!.start >= a.contentStart) return trailingAdjuncts(ctx, a);
  while (k < last && tokens[k]!.end <= a.contentStart && TIME_WORDS.test(tokens[k]!.text.toLowerCase())) k++;
  if (k < last && tokens[k]!.text === ':' && tokens[k]!.end <= a.contentStart) k++;
  return k > a.cueEnd && k < last && tokens[k]!.start >= a.contentStart ? { ...a, cueEnd: k } : a;
}

/** Where a statement was made: "in an interview", "at a briefing", "during a rally in Ohio". */
const OCCASION = /^(interview|statement|email|e-mail|speech|briefing|rally|conference|call|hearing|appearance|op-ed|post|tweet|letter|memo|interviews|address|debate|event|town|forum|gaggle|release)$/i;
const TIME_NOUN = /^(week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "“...,” he said Thursday morning." / "..., she said in an interview with CNN.": with the
 * content before "SOURCE cue", PolNeAR's cue runs on over the day, a manner adverb and
 * the occasion, when they close the sentence.
 */
function trailingAdjuncts(ctx: SentenceContext, a: RawAttribution): RawAttribution {
  const { tokens, last } = ctx;
  if (a.contentEnd > tokens[a.cueStart]!.start || (a.source && a.source[1] > a.cueStart)) return a;
  let k = a.cueEnd;
  const time = () => {
    while (k < last && (TIME_WORDS.test(tokens[k]!.text.toLowerCase()) || TIME_NOUN.test(tokens[k]!.text) || (/^(last|this|next)$/i.test(tokens[k]!.text) && TIME_NOUN.test(tokens[k + 1]?.text ?? '')))) k++;
  };
  time();
  if (k < last && tokens[k]!.pos === 'ADV' && /ly$/.test(tokens[k]!.text)) k++;
  time();
  if (k < last && /^(in|at|during)$/i.test(tokens[k]!.text)) {
    let j = k + 1;
    while (j < last && j - k <= 5 && ['DET', 'ADJ', 'NOUN', 'PRON', 'PROPN', 'PART', 'PUNCT'].includes(tokens[j]!.pos) && !OCCASION.test(tokens[j]!.text) && !/^[.,!?]$/.test(tokens[j]!.text)) j++;
    if (j < last && OCCASION.test(tokens[j]!.text)) {
      k = j + 1;
      time();
      if (k < last && /^(on|with)$/i.test(tokens[k]!.text)) {
        let m = k + 1;
        while (m < last && !/^[.,!?;:]$/.test(tokens[m]!.text) && !isQuoteToken(tokens[m]!) && ctx.regionOf[m]! < 0 && tokens[m]!.pos !== 'VERB') m++;
        if (m >= last || /^[.!?]$/.test(tokens[m]!.text)) k = m;
      }
    }
  }
  // "said Thursday morning on Fox News": a further place is not in PolNeAR's cue
  const closes = k >= last || /^[.!?]$/.test(tokens[k]!.text) || ctx.regionOf[k]! >= 0 || (tokens[k]!.pos === 'ADP' && TIME_NOUN.test(tokens[k - 1]!.text));
  return closes && k > a.cueEnd ? { ...a, cueEnd: k } : a;
}

/** Nouns that name a statement and take a that-clause: "Trump’s claim that ...". */
const STATEMENT_NOUNS = new Set([
  'claim', 'claims', 'report', 'reports', 'assertion', 'allegation', 'allegations', 'suggestion', 'statement',
  'argument', 'promise', 'pledge', 'warning', 'belief', 'insistence', 'emphasis', 'view', 'charge', 'charges',
  'accusation', 'accusations', 'contention', 'announcement', 'prediction', 'admission', 'assurance', 'boast',
  'complaint', 'conclusion', 'finding', 'findings', 'hope', 'fear', 'fears', 'insinuation', 'theory', 'vow',
]);

/**
 * A statement noun with its author and a that-clause: "Donald Trump’s claim that ...",
 * "a New York Times report that ...". The author must be written (a possessive or a name
 * before the noun), so "the claim that ..." alone is not anyone's quote.
 */
export function statementNoun(ctx: SentenceContext, c: number): RawAttribution | null {
  const { tokens, first, last } = ctx;
  const t = tokens[c]!;
  if (t.pos !== 'NOUN' || !STATEMENT_NOUNS.has(t.text.toLowerCase())) return null;
  if (tokens[c + 1]?.text.toLowerCase() !== 'that' || c + 2 >= last || !clauseFollows(tokens, c + 2, last)) return null;
  let cs = c;
  while (cs - 1 > first && (tokens[cs - 1]!.pos === 'ADJ' || isMannerAdverb(tokens[cs - 1]!))) cs--;
  const source = authorBefore(tokens, cs, first);
  if (!source) return null;
  const content = rightSpan(ctx, c + 1);
  if (!content) return null;
  return { cueStart: cs, cueEnd: c + 1, source, contentStart: content[0], contentEnd: content[1], lemma: t.text.toLowerCase() };
}

function isMannerAdverb(t: Token): boolean {
  return t.pos === 'ADV' && /ly$/.test(t.text);
}

/** "Donald Trump’s" (possessive kept, as PolNeAR does) or "a New York Times" (a name before the noun). */
function authorBefore(tokens: Token[], cs: number, first: number): [number, number] | null {
  const prev = tokens[cs - 1];
  if (!prev) return null;
  const possessive = prev.text === '’s' || prev.text === "'s" || /^(his|her|their|its)$/i.test(prev.text);
  let s = cs - 1;
  if (/^(his|her|their|its)$/i.test(prev.text)) return [s, cs];
  if (possessive) {
    // "Donald Trump’s", "the mayor’s": any noun phrase can own a claim
    s--;
    while (s - 1 >= first && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[s - 1]!.pos)) s--;
    if (s < first || !['PROPN', 'NOUN'].includes(tokens[cs - 2]?.pos ?? '')) return null;
    if (s - 1 >= first && tokens[s - 1]!.pos === 'DET') s--;
    return [s, cs];
  }
  while (s - 1 >= first && tokens[s]!.pos === 'PROPN' && tokens[s - 1]!.pos === 'PROPN') s--;
  if (s < first || tokens[s]!.pos !== 'PROPN') return null;
  if (!/^(a|an|the)$/i.test(tokens[s - 1]?.text ?? '')) return null;
  s--;
  return [s, cs];
}

/** A finite verb soon after "that": a clause, not "that day". */
function clauseFollows(tokens: Token[], from: number, last: number): boolean {
  for (let j = from; j < Math.min(last, from + 10); j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.text))) return j > from;
    if (t.text === ',' || t.text === '.') return false;
  }
  return false;
}
