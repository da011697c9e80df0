/**
 * Where the content of an attribution lies: after the cue (past the hearer, adjuncts and
 * citations, up to the next speaker's clause) or before the source (the quotation or the
 * clause that ends at the boundary), without wire datelines and intro words.
 */
import type { Token } from '../../model/document.js';
import { HEARER_VERBS, INTENTION_VERBS, cueWord } from './cues.js';
import { hearerEnd, isQuoteToken, npEndingAt, npStartingAt } from './phrases.js';
import { hasWordsBefore, isFinite, trimFinal, type SentenceContext } from './context.js';

export const THAT_OR_CLAUSE = new Set(['that', ':', 'whether', 'if', 'why', 'how', 'what', 'when', 'who', 'where']);

/**
 * The content to the left of a boundary token (a comma or closing quote before the
 * source): the quotation that ends there, or the clause from the sentence start.
 */
export function leftContent(ctx: SentenceContext, boundary: number): [number, number] | null {
  const { tokens, first } = ctx;
  let start = first;
  for (let k = boundary; k >= Math.max(first, boundary - 1); k--) {
    const r = ctx.regionOf[k]!;
    if (r < 0) continue;
    const region = ctx.regions[r]!;
    // the quotation alone, unless the sentence has words of its own before it (mixed)
    if (region.start <= tokens[first]!.start || !hasWordsBefore(ctx, region.start)) return [region.start, region.end];
    return [tokens[skipLeading(tokens, first, boundary)]!.start, region.end];
  }
  start = skipLeading(tokens, first, boundary);
  let end = boundary;
  while (end > start && (tokens[end - 1]!.text === ',' || isQuoteToken(tokens[end - 1]!))) end--;
  if (end - start < 3) return null;
  return [tokens[start]!.start, tokens[end - 1]!.end];
}

/** The content after a cue: skip the hearer ("told Reuters"), require a clause for weak cues. */
export function rightContent(ctx: SentenceContext, i: number, lemma: string, strong: boolean): [number, number] | null {
  const { tokens, last } = ctx;
  let k = i;
  let request = false;
  if (HEARER_VERBS.has(lemma)) {
    const np = hearerEnd(tokens, k, last);
    // "asked her to call", "urged Congress to act": a request, the infinitive is its content
    request = np > k && tokens[np]?.text.toLowerCase() === 'to' && tokens[np + 1]?.pos === 'VERB';
    if (np > k && !(tokens[np]?.text.toLowerCase() === 'to' && !request)) k = np;
  }
  k = skipAdjuncts(ctx, k);
  k = skipCitation(ctx, k);
  if (k >= last) return null;
  const next = tokens[k]!;
  const clauseLike = request || THAT_OR_CLAUSE.has(next.text.toLowerCase()) || ctx.regionOf[k]! >= 0 || bareClause(tokens, k, last) || intention(ctx, k, lemma);
  if (!strong && !clauseLike) return null;
  // "said it so quietly that ...": "it" as an object, not the subject of a reported clause
  if (/^(it|this)$/i.test(next.text) && !hasFiniteSoon(tokens, k + 1, last)) return null;
  if (next.pos === 'ADP' && !THAT_OR_CLAUSE.has(next.text.toLowerCase()) && !intention(ctx, k, lemma)) return null; // "said on Monday", "told to"
  return rightSpan(ctx, k);
}

/** From token k to the end of the sentence, or of the quotation that starts there. */
export function rightSpan(ctx: SentenceContext, k: number): [number, number] | null {
  const { tokens } = ctx;
  if (k >= ctx.last) return null;
  const r = ctx.regionOf[k]!;
  const last = participleCueAfter(ctx, k);
  let end = trimFinal(tokens, k, last);
  if (end <= k) return null;
  let endChar = tokens[end - 1]!.end;
  // a quotation that runs on past the sentence end is taken whole
  const lastRegion = last === ctx.last ? ctx.regionOf[last - 1]! : -1;
  if (lastRegion >= 0 && ctx.regions[lastRegion]!.end > endChar) endChar = ctx.regions[lastRegion]!.end;
  if (r >= 0 && ctx.regions[r]!.end > endChar) endChar = ctx.regions[r]!.end;
  return [tokens[k]!.start, endChar];
}

export function skipLeading(tokens: Token[], first: number, boundary: number): number {
  let start = afterDateline(tokens, first, boundary);
  while (start < boundary && (isQuoteToken(tokens[start]!) || tokens[start]!.pos === 'CCONJ')) start++;
  return start;
}

export const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|today|yesterday|tonight|earlier|later|recently)$/;
const ADJUNCT_PREPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'with', 'to', 'from', 'last', 'this', 'earlier', 'later', 'privately', 'publicly', 'recently', 'today', 'yesterday', 'again', 'also']);

/**
 * Skip what sits between a cue and its content: "said [in a statement] [on Monday] that",
 * "said [on Twitter], “...”". Only taken when a that-clause, colon or quotation follows,
 * so "said on Monday" alone is not read as content.
 */
export function skipAdjuncts(ctx: SentenceContext, i: number): number {
  const { tokens, last } = ctx;
  let k = i;
  const punct = () => {
    while (k < last && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;
  };
  punct();
  const start = k;
  for (let hops = 0; hops < 4 && k < last; hops++) {
    const w = tokens[k]!.text.toLowerCase();
    if (TIME_WORDS.test(w)) k++;
    else if (ADJUNCT_PREPS.has(w)) k = Math.max(npStartingAt(tokens, k + 1, thatAfter(tokens, k + 1, last)), k + 1);
    else break;
    while (k < last && TIME_WORDS.test(tokens[k]!.text.toLowerCase())) k++;
    punct();
  }
  if (k === start) return k;
  const w = tokens[k]?.text.toLowerCase() ?? '';
  if (k >= last) return start;
  // "says at a campaign stop in Toledo, Ohio, that ...": a longer adjunct, then ", that"
  const that = commaThatAfter(ctx, k);
  if (that > 0) return that;
  // after the adjuncts: a that-clause, a quotation, a colon, or an object ("announced on Friday the arrest of ...")
  const objectLike = ['DET', 'PRON', 'PROPN', 'NUM'].includes(tokens[k]!.pos) && !/^(it|this)$/.test(w);
  return w === 'that' || ctx.regionOf[k]! >= 0 || tokens[k - 1]!.text === ':' || objectLike ? k : start;
}

export const CITING = new Set(['citing', 'quoting']);

/** "reported, citing two diplomats, that ...": the content starts after the citation. */
export function skipCitation(ctx: SentenceContext, k: number): number {
  const { tokens, last } = ctx;
  if (k >= last || !CITING.has(tokens[k]!.text.toLowerCase())) return k;
  let i = k + 1;
  while (i < last && tokens[i]!.text !== ',') i++;
  if (i >= last) return k;
  i++;
  return i < last ? i : k;
}

/** A following participle cue of the same speaker ends the content: "claimed the attack, saying ...". */
export function participleCueAfter(ctx: SentenceContext, k: number): number {
  const { tokens, last } = ctx;
  let finite = false;
  const startsClauseWord = /^(that|whether|if)$/i.test(tokens[k]?.text ?? '') || ctx.regionOf[k]! >= 0;
  for (let i = k + 1; i + 1 < last; i++) {
    if (isFinite(tokens[i - 1]!)) finite = true;
    // "promised to stay and said she would ...": the same speaker's next statement
    if ((tokens[i]!.text === 'and' || tokens[i]!.text === 'but') && cueWord(tokens[i + 1]!.text)?.strength === 'speech' && isFinite(tokens[i + 1]!) && ctx.regionOf[i]! < 0) return i;
    // an object, not a clause: "acknowledged the reality of climate change, which makes him ..."
    if (!finite && !startsClauseWord && tokens[i]!.text === ',' && ctx.regionOf[i]! < 0 && i > k + 1 && MODIFIER_START.test(tokens[i + 1]!.text)) return i;
    // "..., but offered no evidence": the subject's next act, not part of what was said
    if (tokens[i]!.text === ',' && /^(but|and)$/.test(tokens[i + 1]!.text) && tokens[i + 2] && isFinite(tokens[i + 2]!) && tokens[i + 2]!.pos === 'VERB') return i;
    // "...: “... successful,” adding that ...": the quotation ends the content, the same speaker goes on
    if (ctx.regionOf[i]! >= 0 && ctx.regionOf[i + 1]! < 0 && isQuoteToken(tokens[i]!) && i > k && /ing$/i.test(tokens[i + 1]!.text) && cueWord(tokens[i + 1]!.text)) return i + 1;
    if (ctx.regionOf[i]! >= 0 || tokens[i]!.text !== ',') continue;
    const next = tokens[i + 1]!.text.toLowerCase();
    // a finished clause, then ", but ...", ", though ...": the writer’s addition (PolNeAR dev: ", which" and ", -ing" tails are in the content as often as not)
    if (finite && ctx.regionOf[k]! < 0 && CLAUSE_TAIL.test(next)) return i;
    if (/ing$/.test(next) && cueWord(next)) return i;
    if ((next === 'and' || next === 'but' || next === 'while') && newSpeakerClause(tokens, i + 2, last)) return i;
    if (trailingAttribution(tokens, i + 1, last)) return i;
    // "..., according to a report by the UN": the outer source, not content
    if (tokens[i + 1]!.text.toLowerCase() === 'according' && tokens[i + 2]?.text.toLowerCase() === 'to') return i;
  }
  return last;
}

/** "..., and a rebel commander insisted ...": a clause with its own subject and cue. */
export function newSpeakerClause(tokens: Token[], from: number, last: number): boolean {
  for (let j = from; j < Math.min(last, from + 8); j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return j > from && cueWord(t.text)?.strength === 'speech';
  }
  return false;
}

/** ", the police chief said." at the end of a sentence: another speaker's attribution, not content. */
export function trailingAttribution(tokens: Token[], from: number, last: number): boolean {
  const end = trimFinal(tokens, from, last);
  const cue = tokens[end - 1];
  if (!cue || end - from < 2 || end - from > 12 || cueWord(cue.text)?.strength !== 'speech') return false;
  return npEndingAt(tokens, end - 1, from) === from;
}

/** "NAIROBI (Reuters) - ...", "WASHINGTON, May 3 — ...": content starts after a wire dateline. */
export function afterDateline(tokens: Token[], first: number, boundary: number): number {
  for (let k = first; k < Math.min(boundary, first + 10); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return first;
    const spacedDash = /^(-|–|—|--)$/.test(t.text) && k > first && tokens[k - 1]!.end < t.start;
    if (spacedDash) return k + 1;
  }
  return first;
}

/** ", that" within a few tokens of k with no auxiliary or quotation between, or -1. */
function commaThatAfter(ctx: SentenceContext, k: number): number {
  const { tokens, last } = ctx;
  for (let j = k; j < Math.min(last - 1, k + 12); j++) {
    if (tokens[j]!.pos === 'AUX' || ctx.regionOf[j]! >= 0) return -1;
    if (tokens[j]!.text === ',' && tokens[j + 1]!.text.toLowerCase() === 'that') return j + 1;
  }
  return -1;
}

/** The first "that" from i (the start of a that-clause an adjunct must not swallow), or `last`. */
export function thatAfter(tokens: Token[], i: number, last: number): number {
  for (let k = i; k < last; k++) if (tokens[k]!.text.toLowerCase() === 'that') return k;
  return last;
}

/** "believe the deal could collapse": a subject and a finite verb soon after, a clause without "that". */
export function bareClause(tokens: Token[], k: number, last: number): boolean {
  if (!['DET', 'PRON', 'PROPN', 'NUM'].includes(tokens[k]!.pos) || /^(it|this|that|so)$/i.test(tokens[k]!.text)) return false;
  for (let j = k + 1; j < Math.min(last, k + 7); j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))) return true;
    if (t.text === ',' || t.pos === 'ADP' && j === k + 1) return false;
  }
  return false;
}

/**
 * Verbs of intention with an infinitive: "Trump wants to build a wall" (PolNeAR's
 * attributions of intention). Only for PolNeAR scoring (broad): a plan is not a quote.
 */
function intention(ctx: SentenceContext, k: number, lemma: string): boolean {
  return ctx.broad && (INTENTION_VERBS.includes(lemma) || INTENTION_VERBS.some((v) => lemma.startsWith(v))) && ctx.tokens[k]!.text.toLowerCase() === 'to' && ctx.tokens[k + 1]?.pos === 'VERB';
}

/** Words after a comma that add the writer's own clause to a finished reported one. */
const CLAUSE_TAIL = /^(but|though|although|whereas)$/;

const MODIFIER_START = /^(which|who|whom|whose|including|a|an|the|where|when)$/i;

function hasFiniteSoon(tokens: Token[], from: number, last: number): boolean {
  for (let j = from; j < Math.min(last, from + 3); j++) if (isFinite(tokens[j]!)) return true;
  return false;
}
