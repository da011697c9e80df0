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
import { CUE_AUXILIARIES, cueWord } from './cues.js';
import { hasHead, isAdverbialModifier, isQuoteToken, npEndingAt, npStartingAt, startsClause, subjectWithModifier } from './phrases.js';
import { clauseEnd, endsQuotation, hasFiniteVerb, trimFinal, type RawAttribution, type SentenceContext } from './context.js';
import { leftContent, rightContent, rightSpan } from './content.js';
import { CHAIN_MARKERS, citationBefore, documentSubject, extendOverApposition, headOf, subjectWithRelative, DOCUMENT_NOUN } from './subjects.js';
import { colonLabel, cueWithAdjuncts, signedQuotation, statementNoun } from './frames.js';

export type { RawAttribution, SentenceContext } from './context.js';

const CUE_POS = new Set(['VERB', 'AUX', 'NOUN', 'ADJ']);
/** Words after which an -ing form can be a cue: "..., saying", "and adding", "while insisting". */
const ING_OPENERS = new Set([',', 'and', 'but', 'while', 'when', 'after', 'before', 'by', 'without', 'in', ':', '—', 'also', 'repeatedly']);

/** "a group calling itself the Front": an -ing form right after a noun, with no auxiliary, modifies it. */
function isReducedRelative(tokens: Token[], c: number, first: number): boolean {
  if (c === first) return false;
  // "The film, called “Homecoming”,", "the so-called zone": naming, not speaking
  if (/^(called|named|dubbed|titled)$/i.test(tokens[c]!.text) && /^[,-]$/.test(tokens[c - 1]!.text)) return true;
  if (!/ing$/i.test(tokens[c]!.text)) return false;
  // "speaking fees", "writing skills": an -ing form modifying the noun after it
  const after = tokens[c + 2];
  const prev = tokens[c - 1]!;
  // ... but not after "is", "were": "is warning voters that ..." is a progressive
  const progressive = BE.has(prev.text.toLowerCase()) || /n[’']t$/i.test(prev.text);
  if (!progressive && tokens[c + 1]?.pos === 'NOUN' && !(after && (after.pos === 'VERB' || after.pos === 'AUX'))) return true;
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
  point: new Set(['out', 'to']),
};

const EVIDENCE = new Set(['show', 'find', 'estimate', 'indicate', 'suggest', 'conclude', 'predict', 'project']);

/** Cue candidates of a sentence, outside quotations, with their attribution shape. */
export function attributionsIn(ctx: SentenceContext): RawAttribution[] {
  const out: RawAttribution[] = [];
  const { tokens, first, last } = ctx;
  const label = colonLabel(ctx);
  if (label) return [label];
  for (let c = first; c < last; c++) {
    if (ctx.regionOf[c]! >= 0) continue;
    const w = tokens[c]!.text.toLowerCase();
    let found: RawAttribution | null = signedQuotation(ctx, c) ?? statementNoun(ctx, c);
    if (found) {
      // a dash-signed quotation: the dash is the cue
    } else if (w === 'according' && tokens[c + 1]?.text.toLowerCase() === 'to' && c + 2 < last) found = accordingTo(ctx, c);
    else {
      const cue = CHAIN_MARKERS.has(w) ? undefined : cueWord(w, ctx.broad);
      // a noun is a cue only where the tagger mistook a verb: not after "the", "a", an adjective
      const nounAfterDet = tokens[c]!.pos === 'NOUN' && (c === first || !['PROPN', 'PRON'].includes(tokens[c - 1]!.pos));
      if (cue && CUE_POS.has(tokens[c]!.pos) && !nounAfterDet && !isReducedRelative(tokens, c, first) && !havingSaidThat(tokens, c, first) && !unansweredRequest(tokens, c, last)) found = verbCue(ctx, c, cue.lemma, cue.strength === 'speech');
      if (!found && cue && out.length) found = participleOfPrevious(ctx, c, cue.lemma, cue.strength === 'speech', out[out.length - 1]!);
    }
    // "called the protest" convened it; "called for a strike" demands one
    if (found && found.lemma === 'call' && /^call/i.test(tokens[found.cueEnd - 1]!.text) && convenesGathering(ctx.text.slice(found.contentStart, found.contentEnd))) found = null;
    if (found) {
      found = cueWithAdjuncts(ctx, found);
      out.push(found);
      c = Math.max(c, found.cueEnd - 1);
    }
  }
  return out;
}

const GATHERING = /^(?:(?:a|an|the|its|their|his|her|new|snap|general|national|mass|nationwide|fresh|early|emergency|special|[\w-]+-day)\s+){0,3}(?:protests?|strikes?|rall(?:y|ies)|march(?:es)?|meetings?|elections?|votes?|referend(?:um|a)|summits?|sessions?|conferences?|talks|boycotts?|sit-ins?|demonstrations?|vigils?|walkouts?|shutdowns?)\b/i;

/** "had called the protest", "called a snap election": a gathering convened, not words spoken. */
export function convenesGathering(content: string): boolean {
  return GATHERING.test(content);
}

const REQUEST_NOUNS = /^(?:requests?|calls?|messages?|emails?|e-mails?|questions?|quer(?:y|ies)|inquir(?:y|ies)|enquir(?:y|ies))$/i;

/** "did not respond to requests for comment": a reply that was not given says nothing. */
export function unansweredRequest(tokens: Token[], c: number, last: number): boolean {
  if (!/^(?:respond|responded|responds|responding|reply|replied|replies|replying)$/i.test(tokens[c]!.text) || tokens[c + 1]?.text.toLowerCase() !== 'to') return false;
  for (let k = c + 2; k < Math.min(last, c + 5); k++) if (REQUEST_NOUNS.test(tokens[k]!.text)) return true;
  return false;
}

/** "Having said that, ...": a discourse phrase, not an attribution. */
function havingSaidThat(tokens: Token[], c: number, first: number): boolean {
  return c > first && tokens[c - 1]!.text.toLowerCase() === 'having' && tokens[c + 1]?.text.toLowerCase() === 'that' && tokens[c + 2]?.text === ',';
}

/** Extend the cue leftwards over auxiliaries and adverbs: "has also said". */
function cueStartOf(tokens: Token[], c: number, floor: number): number {
  let i = c;
  for (;;) {
    while (i - 1 > floor && (CUE_AUXILIARIES.has(tokens[i - 1]!.text.toLowerCase()) || isMannerAdverb(tokens[i - 1]!))) i--;
    // "appeared to suggest", "went on to say", "refused to condemn": the verb before "to" frames the cue
    const to = tokens[i - 1];
    const frame = tokens[i - 2];
    if (i - 2 > floor && to?.text.toLowerCase() === 'to' && frame && (frame.pos === 'VERB' || frame.text.toLowerCase() === 'on') && !cueWord(frame.text)) {
      i -= frame.text.toLowerCase() === 'on' && tokens[i - 3]?.pos === 'VERB' ? 3 : 2;
    } else break;
  }
  return i;
}

/** "cynically dismissed", "frequently mocked", "long debated": an -ly or time adverb inside the cue. */
function isMannerAdverb(t: Token): boolean {
  return t.pos === 'ADV' && /^(\p{Ll}+ly|long|together|not)$/u.test(t.text) && !/^(only|early|likely)$/i.test(t.text);
}

const INTERJECTIONS = new Set(['however', 'meanwhile', 'too', 'though', 'instead', 'also', 'nonetheless', 'moreover', 'though', 'likewise', 'similarly']);

/** "experts, however, said": where the subject ends when an interjection sits before the cue. */
function subjectEnd(tokens: Token[], cs: number, floor: number): number {
  if (cs - 3 > floor && tokens[cs - 1]!.text === ',' && tokens[cs - 3]!.text === ',' && INTERJECTIONS.has(tokens[cs - 2]!.text.toLowerCase())) return cs - 3;
  return cs;
}

/** One cue being read: the sentence, the cue's token range and what kind of cue it is. */
interface CueSite {
  ctx: SentenceContext;
  tokens: Token[];
  first: number;
  /** The cue's head word, its first token (auxiliaries included) and last (particle included). */
  c: number;
  cs: number;
  ce: number;
  lemma: string;
  strong: boolean;
  before: Token | null;
}

function verbCue(ctx: SentenceContext, c: number, lemma: string, strong: boolean): RawAttribution | null {
  const { tokens, first, last } = ctx;
  if (isPassive(tokens, c, first)) return passiveWithAgent(ctx, c, lemma);
  const cs = cueStartOf(tokens, c, first);
  // "called for", "spoke about", "referring to": the particle belongs to the cue
  const ce = PARTICLES[lemma]?.has(tokens[c + 1]?.text.toLowerCase() ?? '') && c + 2 < last ? c + 1 : c;
  const site: CueSite = { ctx, tokens, first, c, cs, ce, lemma, strong, before: cs - 1 >= first ? tokens[cs - 1]! : null };
  const se = subjectEnd(tokens, cs, first);
  const ns = npEndingAt(tokens, se, first);
  return (site.before?.text === ',' ? commaSubject(site) : null) ?? invertedCue(site) ?? trailingSource(site, ns, se) ?? sharedSubject(site) ?? subjectFirst(site, ns, se);
}

/** A comma right before the cue: a citation or a modifier closes the subject. */
function commaSubject(x: CueSite): RawAttribution | null {
  const { ctx, tokens, first, c, cs, ce, lemma, strong } = x;
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
  if (content) return make(tokens, cs, ce + 1, [src, headEnd(tokens, src, cs - 1)], content, lemma);
  // CONTENT, SOURCE, MODIFIER, cue: "“...,” Doug Usher, director of research, said."
  const boundary = src > first ? tokens[src - 1]! : null;
  if (boundary && (boundary.text === ',' || isQuoteToken(boundary))) {
    const left = leftContent(ctx, src - 1);
    if (left) return make(tokens, cs, c + 1, [src, cs - 1], left, lemma);
  }
  return null;
}

/** The source without a participial or prepositional modifier: "Trump[, speaking to veterans,]". */
function headEnd(tokens: Token[], src: number, end: number): number {
  for (let k = src + 1; k < end; k++) if (tokens[k]!.text === ',') return isAdverbialModifier(tokens, k + 1) ? k : end;
  return end;
}

const NEVER_INVERTED = new Set(['claim', 'deny', 'accuse', 'blame', 'condemn', 'reject', 'dismiss', 'urge', 'call', 'criticize', 'criticise', 'praise', 'welcome', 'demand', 'threaten', 'vow', 'pledge', 'promise', 'support', 'oppose']);

/** CONTENT, cue SOURCE: "“...,” said John Smith, a spokesman." */
function invertedCue(x: CueSite): RawAttribution | null {
  const { ctx, tokens, first, c, cs, lemma, before } = x;
  const afterFirst = c + 1 < ctx.last ? tokens[c + 1]! : null;
  const contentLeft = before !== null && (before.text === ',' || isQuoteToken(before));
  const participle = /ing$/i.test(tokens[c]!.text);
  const interjected = subjectEnd(tokens, cs, first) < cs;
  if (!contentLeft || participle || interjected || !afterFirst || !isSubjectStart(afterFirst) || afterFirst.pos === 'PRON' || cueWord(afterFirst.text)) return null;
  // "X, known as IS-K, claimed the bombing": verbs that take an object do not invert ("..., said the minister" does)
  if (NEVER_INVERTED.has(lemma) || EVIDENCE.has(lemma)) return null;
  const srcEnd = trimFinal(tokens, c + 1, clauseEnd(ctx, c + 1));
  const content = leftContent(ctx, cs - 1);
  // unquoted content before an inverted cue must be a clause: "Trump, appearing at the forum, cited ..." is not
  const clause = content && (endsQuotation(ctx, cs - 1) || hasFiniteVerb(tokens, first, cs - 1));
  return content && clause && srcEnd > c + 1 ? make(tokens, cs, c + 1, [c + 1, srcEnd], content, lemma) : null;
}

/** CONTENT, SOURCE cue: "“...,” he said." / "The deal is dead, a spokesman said." */
function trailingSource(x: CueSite, ns: number, se: number): RawAttribution | null {
  const { ctx, tokens, first, c, cs, ce, lemma, strong } = x;
  if (!(ns < se && ns > first)) return null;
  const prev = tokens[ns - 1]!;
  if (prev.text !== ',' && !isQuoteToken(prev)) return null;
  const quoted = endsQuotation(ctx, ns - 1);
  // "On Sunday's show, Pence said his running mate ...": the left part is an intro, not content
  const rightSide = quoted ? null : rightContent(ctx, ce + 1, lemma, strong);
  // "HTS denied any role, a spokesman told reporters, and accused Damascus ...": a conjoined
  // verb after the tag goes on with the sentence's subject; the tag's content is on the left
  const right = rightSide && /^(?:and|but)\b/i.test(ctx.text.slice(rightSide[0], rightSide[0] + 4)) ? null : rightSide;
  if (right && tokens[c + 1]?.text !== ',') return make(tokens, cs, ce + 1, [ns, se], right, lemma);
  const content = leftContent(ctx, ns - 1);
  // "The benefit, it says, would be $300": the content runs on after the cue
  // ... unless what follows is a quotation: "On Israel, Trump added, “Sheldon knows ...”"
  if (right && tokens[c + 1]?.text === ',' && x.ctx.regionOf[c + 2] !== undefined && x.ctx.regionOf[c + 2]! >= 0) return make(tokens, cs, ce + 1, [ns, se], right, lemma);
  if (content && !quoted && tokens[c + 1]?.text === ',' && right) return make(tokens, cs, c + 1, [ns, se], [content[0], right[1]], lemma);
  return content ? make(tokens, cs, c + 1, [ns, se], content, lemma) : null;
}

/** "..., saying CONTENT" / "SUBJECT did this and said CONTENT": the sentence's subject speaks. */
function sharedSubject(x: CueSite): RawAttribution | null {
  const { ctx, tokens, first, c, cs, ce, lemma, strong, before } = x;
  const conjoined = before && (before.text === 'and' || before.text === 'but' || before.text === 'then') && cs - 1 > first;
  const afterComma = before?.text === ',' || (before && isQuoteToken(before) && tokens[cs - 2]?.text === ',');
  if (!((afterComma && /ing$/.test(tokens[c]!.text)) || conjoined)) return null;
  const start = afterIntro(tokens, first, cs);
  const subjEnd = npStartingAt(tokens, start, cs);
  const content = rightContent(ctx, ce + 1, lemma, strong);
  return content && subjEnd > start ? make(tokens, c, ce + 1, [start, subjEnd], content, lemma) : null;
}

/** Where the subject starts after an opening phrase without a verb: "In 1986, [the Supreme Court] blocked ...". */
function afterIntro(tokens: Token[], first: number, limit: number): number {
  if (!['ADP', 'ADV'].includes(tokens[first]!.pos)) return first;
  for (let k = first + 1; k < Math.min(limit, first + 8); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteToken(t)) return first;
    if (t.text === ',') return k + 1;
  }
  return first;
}

/**
 * "“...,” the mayor said, adding that ...": an -ing cue right after the previous attribution
 * of the sentence continues its speaker (the sentence does not open with the subject, so
 * sharedSubject cannot find it).
 */
function participleOfPrevious(ctx: SentenceContext, c: number, lemma: string, strong: boolean, prev: RawAttribution): RawAttribution | null {
  const { tokens, first } = ctx;
  if (!prev.source || !/ing$/i.test(tokens[c]!.text) || c - 1 <= first) return null;
  const before = tokens[c - 1]!;
  const afterComma = (before.text === ',' && ctx.regionOf[c - 1]! < 0) || (isQuoteToken(before) && ctx.regionOf[c - 1]! >= 0);
  if (!afterComma || prev.cueEnd > c || prev.contentEnd > before.end) return null;
  const content = rightContent(ctx, c + 1, lemma, strong);
  return content ? { cueStart: c, cueEnd: c + 1, source: prev.source, contentStart: content[0], contentEnd: content[1], lemma } : null;
}

/** SOURCE cue CONTENT: "The ministry said the army would not withdraw." */
function subjectFirst(x: CueSite, ns: number, se: number): RawAttribution | null {
  const { ctx, tokens, first, cs, ce, lemma, before } = x;
  let strong = x.strong;
  let src = ns < se ? ns : -1;
  // "senators who said": the relative pronoun is the source (PolNeAR's convention; it resolves to "senators")
  if (src >= 0 && se - 1 > src && isRelative(tokens[se - 1]!)) src = se - 1;
  // "Polls show a close race", "The study found higher rates": documents report their findings
  if (src >= 0 && EVIDENCE.has(lemma) && DOCUMENT_NOUN.test(tokens[headOf(tokens, src, se)]!.text)) strong = true;
  if (src < 0 && before?.text === ',') src = subjectWithModifier(tokens, cs - 1, first);
  if (src < 0) src = subjectWithRelative(tokens, cs, first);
  // "A 2014 study by Loyola Law School professor Justin Levitt found ...": a document with its modifiers
  if (EVIDENCE.has(lemma) && (src < 0 || !(startsClause(tokens, src, first) || isRelative(tokens[src]!)))) {
    src = documentSubject(ctx, cs);
    if (src >= 0) strong = true;
  }
  if (src < 0 || !(startsClause(tokens, src, first) || isRelative(tokens[src]!))) return null;
  const content = rightContent(ctx, ce + 1, lemma, strong);
  const srcEnd = se < cs ? se : tokens[cs - 1]!.text === ',' ? cs - 1 : cs;
  return content ? make(tokens, cs, ce + 1, [src, srcEnd], content, lemma) : null;
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
