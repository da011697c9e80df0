/**
 * Attribution shapes inside one sentence, found around a cue:
 *   SOURCE cue CONTENT          "The ministry said the army would not withdraw."
 *   CONTENT, SOURCE cue         "“We will stay,” he said." / "The deal is dead, a spokesman said."
 *   CONTENT, cue SOURCE         "“We will stay,” said Gen. John Smith, the army chief."
 *   ..., cue-ing CONTENT        "Trump defended the plan, saying it would work."
 *   according to SOURCE, CONTENT / CONTENT, according to SOURCE
 * Offsets are token indices into doc.tokens; content is a character range so that a
 * quotation running past the sentence can be taken whole.
 */
import type { Token } from '../../model/document.js';
import { CUE_AUXILIARIES, HEARER_VERBS, cueWord } from './cues.js';
import type { QuoteRegion } from './marks.js';
import { hasHead, hearerEnd, isQuoteToken, npEndingAt, npStartingAt, startsClause, subjectWithModifier } from './phrases.js';

export interface RawAttribution {
  /** Token range of the cue, [cueStart, cueEnd). */
  cueStart: number;
  cueEnd: number;
  /** Token range of the source, or null when the text names none. */
  source: [number, number] | null;
  /** Character range of the content. */
  contentStart: number;
  contentEnd: number;
  lemma: string;
}

export interface SentenceContext {
  text: string;
  tokens: Token[];
  /** Tokens of the sentence: [first, last). */
  first: number;
  last: number;
  regions: QuoteRegion[];
  /** For each token of the document, the index of the quote region holding it, or -1. */
  regionOf: Int32Array;
  /** Use the learned PolNeAR cue words too (attitudes and evidence), not only speech verbs. */
  broad: boolean;
}

/** "citing", "quoting" mark a chain of sources (the claims stage reads them), not a cue. */
const CHAIN_MARKERS = new Set(['citing', 'quoting']);
const CUE_POS = new Set(['VERB', 'AUX', 'NOUN', 'ADJ']);
/** Words after which an -ing form can be a cue: "..., saying", "and adding", "while insisting". */
const ING_OPENERS = new Set([',', 'and', 'but', 'while', 'when', 'after', 'before', 'by', 'without', 'in', ':', '—', 'also', 'repeatedly']);

/** "a group calling itself the Front": an -ing form right after a noun, with no auxiliary, modifies it. */
function isReducedRelative(tokens: Token[], c: number, first: number): boolean {
  if (c === first) return false;
  // "The film, called “Homecoming”,", "the so-called zone": naming, not speaking
  if (/^(called|named|dubbed|titled)$/i.test(tokens[c]!.text) && /^[,-]$/.test(tokens[c - 1]!.text)) return true;
  if (!/ing$/i.test(tokens[c]!.text)) return false;
  const prev = tokens[c - 1]!;
  return !ING_OPENERS.has(prev.text.toLowerCase()) && !CUE_AUXILIARIES.has(prev.text.toLowerCase());
}

const PARTICLES: Record<string, Set<string>> = {
  call: new Set(['for', 'on']),
  speak: new Set(['about', 'of']),
  talk: new Set(['about', 'of']),
  refer: new Set(['to']),
  respond: new Set(['to']),
  complain: new Set(['about', 'of']),
  warn: new Set(['of', 'about', 'against']),
  boast: new Set(['about', 'of']),
  joke: new Set(['about']),
  testify: new Set(['about', 'to']),
  hint: new Set(['at']),
  speculate: new Set(['about', 'on']),
  comment: new Set(['on']),
};

const EVIDENCE = new Set(['show', 'find', 'estimate', 'indicate', 'suggest', 'conclude', 'predict', 'project']);
const DOCUMENT_NOUN = /\b(polls?|surveys?|stud(?:y|ies)|reports?|data|figures|analys[ie]s|records|documents?|emails|research|census|audit|review|investigation|estimates?|models?|projections?|statistics)\b/i;

const THAT_OR_CLAUSE = new Set(['that', ':', 'whether', 'if', 'why', 'how', 'what', 'when', 'who', 'where']);
const FINAL = /^[.!?]+$/;

/** Cue candidates of a sentence, outside quotations, with their attribution shape. */
export function attributionsIn(ctx: SentenceContext): RawAttribution[] {
  const out: RawAttribution[] = [];
  const { tokens, first, last } = ctx;
  for (let c = first; c < last; c++) {
    if (ctx.regionOf[c]! >= 0) continue;
    const w = tokens[c]!.text.toLowerCase();
    let found: RawAttribution | null = null;
    if (w === 'according' && tokens[c + 1]?.text.toLowerCase() === 'to' && c + 2 < last) found = accordingTo(ctx, c);
    else {
      const cue = CHAIN_MARKERS.has(w) ? undefined : cueWord(w, ctx.broad);
      // a noun is a cue only where the tagger mistook a verb: not after "the", "a", an adjective
      const nounAfterDet = tokens[c]!.pos === 'NOUN' && (c === first || !['PROPN', 'PRON'].includes(tokens[c - 1]!.pos));
      if (cue && CUE_POS.has(tokens[c]!.pos) && !nounAfterDet && !isReducedRelative(tokens, c, first)) found = verbCue(ctx, c, cue.lemma, cue.strength === 'speech');
    }
    if (found) {
      out.push(found);
      c = Math.max(c, found.cueEnd - 1);
    }
  }
  return out;
}

/** Extend the cue leftwards over auxiliaries and adverbs: "has also said". */
function cueStartOf(tokens: Token[], c: number, floor: number): number {
  let i = c;
  while (i - 1 > floor && CUE_AUXILIARIES.has(tokens[i - 1]!.text.toLowerCase())) i--;
  return i;
}

const INTERJECTIONS = new Set(['however', 'meanwhile', 'too', 'though', 'instead', 'also', 'nonetheless', 'moreover', 'though', 'likewise', 'similarly']);

/** "experts, however, said": where the subject ends when an interjection sits before the cue. */
function subjectEnd(tokens: Token[], cs: number, floor: number): number {
  if (cs - 3 > floor && tokens[cs - 1]!.text === ',' && tokens[cs - 3]!.text === ',' && INTERJECTIONS.has(tokens[cs - 2]!.text.toLowerCase())) return cs - 3;
  return cs;
}

function verbCue(ctx: SentenceContext, c: number, lemma: string, strongCue: boolean): RawAttribution | null {
  let strong = strongCue;
  const { tokens, first, last } = ctx;
  const cs = cueStartOf(tokens, c, first);
  const before = cs - 1 >= first ? tokens[cs - 1]! : null;
  const afterFirst = c + 1 < last ? tokens[c + 1]! : null;
  const contentLeft = before !== null && (before.text === ',' || isQuoteToken(before));
  if (isPassive(tokens, c, first)) return passiveWithAgent(ctx, c, lemma);
  // "called for", "spoke about", "referring to": the particle belongs to the cue
  const ce = PARTICLES[lemma]?.has(tokens[c + 1]?.text.toLowerCase() ?? '') && c + 2 < last ? c + 1 : c;

  if (before?.text === ',') {
    // SOURCE, citing X, cue CONTENT: "The newspaper, citing an official, said ..."
    const cited = citationBefore(tokens, cs - 1, first);
    if (cited > first) {
      const head = npEndingAt(tokens, cited, first);
      const content = head < cited && startsClause(tokens, head, first) ? rightContent(ctx, ce + 1, lemma, strong) : null;
      if (content) return make(tokens, cs, ce + 1, [head, cited], content, lemma);
    }
    const src = subjectWithModifier(tokens, cs - 1, first);
    // SOURCE, MODIFIER, cue CONTENT: "Ann Compton, who covered the White House, said ..."
    const content = src >= 0 && startsClause(tokens, src, first) ? rightContent(ctx, ce + 1, lemma, strong) : null;
    if (content) return make(tokens, cs, ce + 1, [src, cs - 1], content, lemma);
    // CONTENT, SOURCE, MODIFIER, cue: "“...,” Doug Usher, director of research, said."
    const boundary = src > first ? tokens[src - 1]! : null;
    if (boundary && (boundary.text === ',' || isQuoteToken(boundary))) {
      const left = leftContent(ctx, src - 1);
      if (left) return make(tokens, cs, c + 1, [src, cs - 1], left, lemma);
    }
  }
  // CONTENT, cue SOURCE: "“...,” said John Smith, a spokesman."
  const participle = /ing$/i.test(tokens[c]!.text);
  const interjected = subjectEnd(tokens, cs, first) < cs;
  if (contentLeft && !participle && !interjected && afterFirst && isSubjectStart(afterFirst) && afterFirst.pos !== 'PRON' && !cueWord(afterFirst.text)) {
    const srcEnd = trimFinal(tokens, c + 1, clauseEnd(ctx, c + 1));
    const content = leftContent(ctx, cs - 1);
    // unquoted content before an inverted cue must be a clause: "Trump, appearing at the forum, cited ..." is not
    const clause = content && (endsQuotation(ctx, cs - 1) || hasFiniteVerb(tokens, first, cs - 1));
    if (content && clause && srcEnd > c + 1) return make(tokens, cs, c + 1, [c + 1, srcEnd], content, lemma);
  }
  // CONTENT, SOURCE cue: "“...,” he said." / "The deal is dead, a spokesman said."
  const se = subjectEnd(tokens, cs, first);
  const ns = npEndingAt(tokens, se, first);
  if (ns < se && ns > first) {
    const prev = tokens[ns - 1]!;
    if (prev.text === ',' || isQuoteToken(prev)) {
      const quoted = endsQuotation(ctx, ns - 1);
      // "On Sunday's show, Pence said his running mate ...": the left part is an intro, not content
      const right = quoted ? null : rightContent(ctx, ce + 1, lemma, strong);
      if (right && tokens[c + 1]?.text !== ',') return make(tokens, cs, ce + 1, [ns, se], right, lemma);
      const content = leftContent(ctx, ns - 1);
      // "The benefit, it says, would be $300": the content runs on after the cue
      if (content && !quoted && tokens[c + 1]?.text === ',' && right) return make(tokens, cs, c + 1, [ns, se], [content[0], right[1]], lemma);
      if (content) return make(tokens, cs, c + 1, [ns, se], content, lemma);
    }
  }
  // ..., cue-ing CONTENT / SUBJECT did this and cue CONTENT: the subject is the sentence's
  const conjoined = before && (before.text === 'and' || before.text === 'but' || before.text === 'then') && cs - 1 > first;
  const afterComma = before?.text === ',' || (before && isQuoteToken(before) && tokens[cs - 2]?.text === ',');
  if ((afterComma && /ing$/.test(tokens[c]!.text)) || conjoined) {
    const subjEnd = npStartingAt(tokens, first, cs);
    const content = rightContent(ctx, ce + 1, lemma, strong);
    if (content && subjEnd > first) return make(tokens, c, ce + 1, [first, subjEnd], content, lemma);
    return null;
  }
  // SOURCE cue CONTENT
  let src = ns < se ? ns : -1;
  // "senators who said": the relative pronoun is the source (PolNeAR's convention; it resolves to "senators")
  if (src >= 0 && se - 1 > src && isRelative(tokens[se - 1]!)) src = se - 1;
  // "Polls show a close race", "The study found higher rates": documents report their findings
  if (src >= 0 && EVIDENCE.has(lemma) && DOCUMENT_NOUN.test(ctx.text.slice(tokens[src]!.start, tokens[se - 1]!.end))) strong = true;
  if (src < 0 && before?.text === ',') src = subjectWithModifier(tokens, cs - 1, first);
  if (src < 0) src = subjectWithRelative(tokens, cs, first);
  if (src >= 0 && (startsClause(tokens, src, first) || isRelative(tokens[src]!))) {
    const content = rightContent(ctx, ce + 1, lemma, strong);
    const srcEnd = se < cs ? se : tokens[cs - 1]!.text === ',' ? cs - 1 : cs;
    if (content) return make(tokens, cs, ce + 1, [src, srcEnd], content, lemma);
  }
  return null;
}

function isRelative(t: Token): boolean {
  const w = t.text.toLowerCase();
  return w === 'who' || w === 'which';
}

function isSubjectStart(t: Token): boolean {
  return ['PROPN', 'PRON', 'DET', 'NOUN', 'ADJ', 'NUM'].includes(t.pos) && !['that', 'it', 'this'].includes(t.text.toLowerCase());
}

function accordingTo(ctx: SentenceContext, c: number): RawAttribution | null {
  const { tokens, first, last } = ctx;
  const srcStart = c + 2;
  let srcEnd = srcStart;
  while (srcEnd < last && tokens[srcEnd]!.text !== ',' && !isQuoteToken(tokens[srcEnd]!)) srcEnd++;
  srcEnd = extendOverApposition(tokens, srcEnd, last);
  srcEnd = trimFinal(tokens, srcStart, srcEnd);
  if (srcEnd === srcStart) return null;
  if (startsClause(tokens, c, first)) {
    // According to X, CONTENT.
    if (srcEnd >= last || tokens[srcEnd]!.text !== ',') return null;
    const content = rightSpan(ctx, srcEnd + 1);
    return content ? make(tokens, c, c + 2, [srcStart, srcEnd], content, 'according to') : null;
  }
  // CONTENT, according to X.
  const content = leftContent(ctx, tokens[c - 1]!.text === ',' ? c - 1 : c);
  return content ? make(tokens, c, c + 2, [srcStart, srcEnd], content, 'according to') : null;
}

/** An attribution, provided its source has a head word ("the" alone is not a speaker). */
function make(tokens: Token[], cueStart: number, cueEnd: number, source: [number, number], content: [number, number], lemma: string): RawAttribution | null {
  if (!hasHead(tokens, source[0], source[1])) return null;
  return { cueStart, cueEnd, source, contentStart: content[0], contentEnd: content[1], lemma };
}

/** End (exclusive) of the clause starting at i: the sentence end or an opening quotation. */
function clauseEnd(ctx: SentenceContext, i: number): number {
  let k = i;
  while (k < ctx.last && !(ctx.regionOf[k]! >= 0 && k > i)) k++;
  return k;
}

function trimFinal(tokens: Token[], from: number, end: number): number {
  let e = end;
  while (e > from && (FINAL.test(tokens[e - 1]!.text) || tokens[e - 1]!.text === ',' || tokens[e - 1]!.text === ':')) e--;
  return e;
}

/**
 * The content to the left of a boundary token (a comma or closing quote before the
 * source): the quotation that ends there, or the clause from the sentence start.
 */
function leftContent(ctx: SentenceContext, boundary: number): [number, number] | null {
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
function rightContent(ctx: SentenceContext, i: number, lemma: string, strong: boolean): [number, number] | null {
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
  const clauseLike = request || THAT_OR_CLAUSE.has(next.text.toLowerCase()) || ctx.regionOf[k]! >= 0 || bareClause(tokens, k, last);
  if (!strong && !clauseLike) return null;
  if (next.pos === 'ADP' && next.text.toLowerCase() !== 'that') return null; // "said on Monday", "told to"
  return rightSpan(ctx, k);
}

/** From token k to the end of the sentence, or of the quotation that starts there. */
function rightSpan(ctx: SentenceContext, k: number): [number, number] | null {
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

function skipLeading(tokens: Token[], first: number, boundary: number): number {
  let start = afterDateline(tokens, first, boundary);
  while (start < boundary && (isQuoteToken(tokens[start]!) || tokens[start]!.pos === 'CCONJ')) start++;
  return start;
}

/** True when the sentence has unquoted words before `at`. */
function hasWordsBefore(ctx: SentenceContext, at: number): boolean {
  for (let k = ctx.first; k < ctx.last && ctx.tokens[k]!.start < at; k++) {
    if (ctx.regionOf[k]! < 0 && /[\p{L}\p{N}]/u.test(ctx.tokens[k]!.text)) return true;
  }
  return false;
}

const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|today|yesterday|tonight|earlier|later|recently)$/;
const ADJUNCT_PREPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'with', 'to', 'from', 'last', 'this', 'earlier', 'later', 'privately', 'publicly', 'recently', 'today', 'yesterday', 'again', 'also']);

/**
 * Skip what sits between a cue and its content: "said [in a statement] [on Monday] that",
 * "said [on Twitter], “...”". Only taken when a that-clause, colon or quotation follows,
 * so "said on Monday" alone is not read as content.
 */
function skipAdjuncts(ctx: SentenceContext, i: number): number {
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
  // after the adjuncts: a that-clause, a quotation, a colon, or an object ("announced on Friday the arrest of ...")
  const objectLike = ['DET', 'PRON', 'PROPN', 'NUM'].includes(tokens[k]!.pos) && !/^(it|this)$/.test(w);
  return w === 'that' || ctx.regionOf[k]! >= 0 || tokens[k - 1]!.text === ':' || objectLike ? k : start;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** "was told", "is said to", "were asked": the subject is the hearer or the topic, not the speaker. */
function isPassive(tokens: Token[], c: number, first: number): boolean {
  const w = tokens[c]!.text.toLowerCase();
  if (!/(ed|told|said|written|known|shown|thought|found|seen)$/.test(w)) return false;
  for (let k = c - 1; k >= first && k >= c - 3; k--) {
    const x = tokens[k]!.text.toLowerCase();
    if (BE.has(x)) return x !== "'s" && x !== '’s' ? true : tokens[k - 1]?.pos === 'PRON';
    if (tokens[k]!.pos !== 'ADV' && tokens[k]!.pos !== 'PART') return false;
  }
  return false;
}

/** "The move was first reported by MSNBC": content = the subject, source = the agent. */
function passiveWithAgent(ctx: SentenceContext, c: number, lemma: string): RawAttribution | null {
  const { tokens, first, last } = ctx;
  if (tokens[c + 1]?.text.toLowerCase() !== 'by' || c + 2 >= last) return null;
  const srcEnd = trimFinal(tokens, c + 2, clauseEnd(ctx, c + 2));
  const cs = cueStartOf(tokens, c, first);
  const subj = npEndingAt(tokens, cs, first);
  if (srcEnd <= c + 2 || subj >= cs || !startsClause(tokens, subj, first)) return null;
  return make(tokens, subj === cs ? cs : cs, c + 2, [c + 2, srcEnd], [tokens[subj]!.start, tokens[cs - 1]!.end], lemma);
}

const CITING = new Set(['citing', 'quoting']);

/** "reported, citing two diplomats, that ...": the content starts after the citation. */
function skipCitation(ctx: SentenceContext, k: number): number {
  const { tokens, last } = ctx;
  if (k >= last || !CITING.has(tokens[k]!.text.toLowerCase())) return k;
  let i = k + 1;
  while (i < last && tokens[i]!.text !== ',') i++;
  if (i >= last) return k;
  i++;
  return i < last ? i : k;
}

/** A following participle cue of the same speaker ends the content: "claimed the attack, saying ...". */
function participleCueAfter(ctx: SentenceContext, k: number): number {
  const { tokens, last } = ctx;
  let finite = false;
  for (let i = k + 1; i + 1 < last; i++) {
    if (isFinite(tokens[i - 1]!)) finite = true;
    // "promised to stay and said she would ...": the same speaker's next statement
    if ((tokens[i]!.text === 'and' || tokens[i]!.text === 'but') && cueWord(tokens[i + 1]!.text)?.strength === 'speech' && ctx.regionOf[i]! < 0) return i;
    // an object, not a clause: "acknowledged the reality of climate change, which makes him ..."
    if (!finite && tokens[i]!.text === ',' && ctx.regionOf[i]! < 0 && i > k + 1) return i;
    // "..., but offered no evidence": the subject's next act, not part of what was said
    if (tokens[i]!.text === ',' && /^(but|and)$/.test(tokens[i + 1]!.text) && tokens[i + 2] && isFinite(tokens[i + 2]!) && tokens[i + 2]!.pos === 'VERB') return i;
    if (ctx.regionOf[i]! >= 0 || tokens[i]!.text !== ',') continue;
    const next = tokens[i + 1]!.text.toLowerCase();
    if (/ing$/.test(next) && cueWord(next)) return i;
    if ((next === 'and' || next === 'but' || next === 'while') && newSpeakerClause(tokens, i + 2, last)) return i;
    if (trailingAttribution(tokens, i + 1, last)) return i;
  }
  return last;
}

/** "..., and a rebel commander insisted ...": a clause with its own subject and cue. */
function newSpeakerClause(tokens: Token[], from: number, last: number): boolean {
  for (let j = from; j < Math.min(last, from + 8); j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return j > from && cueWord(t.text)?.strength === 'speech';
  }
  return false;
}


/** The comma before ", citing X," that ends at `comma`, or -1. */
function citationBefore(tokens: Token[], comma: number, first: number): number {
  for (let k = comma - 1; k > first; k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (w === ',' ) return -1;
    if (CHAIN_MARKERS.has(w)) return tokens[k - 1]!.text === ',' ? k - 1 : -1;
  }
  return -1;
}

/** "A senior official who asked not to be named [said]": a subject with an unbracketed relative clause. */
function subjectWithRelative(tokens: Token[], cs: number, first: number): number {
  for (let k = cs - 2; k > first && k >= cs - 10; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || isQuoteToken(t)) return -1;
    if (!/^(who|that)$/i.test(t.text)) continue;
    const head = npEndingAt(tokens, k, first);
    return head < k && startsClause(tokens, head, first) && hasHead(tokens, head, k) ? head : -1;
  }
  return -1;
}

/** ", the police chief said." at the end of a sentence: another speaker's attribution, not content. */
function trailingAttribution(tokens: Token[], from: number, last: number): boolean {
  const end = trimFinal(tokens, from, last);
  const cue = tokens[end - 1];
  if (!cue || end - from < 2 || end - from > 12 || cueWord(cue.text)?.strength !== 'speech') return false;
  return npEndingAt(tokens, end - 1, from) === from;
}

/** True when a quotation ends at (or just before) the boundary token. */
function endsQuotation(ctx: SentenceContext, boundary: number): boolean {
  for (let k = boundary; k >= Math.max(ctx.first, boundary - 1); k--) if (ctx.regionOf[k]! >= 0) return true;
  return false;
}

function isFinite(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text));
}

function hasFiniteVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isFinite(tokens[k]!)) return true;
  return false;
}

/** "NAIROBI (Reuters) - ...", "WASHINGTON, May 3 — ...": content starts after a wire dateline. */
function afterDateline(tokens: Token[], first: number, boundary: number): number {
  for (let k = first; k < Math.min(boundary, first + 10); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return first;
    const spacedDash = /^(-|–|—|--)$/.test(t.text) && k > first && tokens[k - 1]!.end < t.start;
    if (spacedDash) return k + 1;
  }
  return first;
}

/** "according to the governor, Oleksandr Prokudin, at least 12 ...": a verbless phrase between commas is an apposition. */
function extendOverApposition(tokens: Token[], comma: number, last: number): number {
  if (tokens[comma]?.text !== ',') return comma;
  let next = comma + 1;
  while (next < last && tokens[next]!.text !== ',' && !isQuoteToken(tokens[next]!)) next++;
  if (next >= last || tokens[next]!.text !== ',' || next - comma > 8) return comma;
  return hasFiniteVerb(tokens, comma + 1, next) ? comma : next;
}

/** The first "that" from i (the start of a that-clause an adjunct must not swallow), or `last`. */
function thatAfter(tokens: Token[], i: number, last: number): number {
  for (let k = i; k < last; k++) if (tokens[k]!.text.toLowerCase() === 'that') return k;
  return last;
}

/** "believe the deal could collapse": a subject and a finite verb soon after, a clause without "that". */
function bareClause(tokens: Token[], k: number, last: number): boolean {
  if (!['DET', 'PRON', 'PROPN', 'NUM'].includes(tokens[k]!.pos) || /^(it|this|that|so)$/i.test(tokens[k]!.text)) return false;
  for (let j = k + 1; j < Math.min(last, k + 7); j++) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))) return true;
    if (t.text === ',' || t.pos === 'ADP' && j === k + 1) return false;
  }
  return false;
}
