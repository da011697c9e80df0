/**
 * Subjects that the plain noun-phrase scan misses: a document with its modifiers ("a 2014
 * study by Harvard [found]"), a subject with an unbracketed relative clause, a source
 * that cites another (", citing X,"), and an apposition after "according to".
 */
import type { Token } from '../../model/document.js';
import { hasHead, isQuoteToken, npEndingAt, startsClause } from './phrases.js';
import { hasFiniteVerb, type SentenceContext } from './context.js';

/** "citing", "quoting" mark a chain of sources (the claims stage reads them), not a cue. */
export const CHAIN_MARKERS = new Set(['citing', 'quoting']);

/** Nouns naming documents and measurements, which report findings ("Polls show ..."). */
export const DOCUMENT_NOUN = /\b(polls?|surveys?|stud(?:y|ies)|reports?|data|figures|analys[ie]s|records|documents?|emails|research|census|audit|review|investigation|estimates?|models?|projections?|statistics)\b/i;

/**
 * A document noun opening the subject, followed by its modifiers up to the cue: "A
 * Quinnipiac University poll released in late August [found]", "a 2014 study by Harvard
 * [found]". No finite verb may stand between (a participle or "by"-phrase only).
 */
export function documentSubject(ctx: SentenceContext, cs: number): number {
  const { tokens, first } = ctx;
  for (let k = cs - 1; k >= first && k >= cs - 14; k--) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || t.text === ',' || isQuoteToken(t) || ctx.regionOf[k]! >= 0) return -1;
    if (t.pos === 'VERB' && !/ed$/.test(t.text)) return -1;
    if (t.pos !== 'NOUN' || !DOCUMENT_NOUN.test(t.text)) continue;
    const head = npEndingAt(tokens, k + 1, first);
    return head <= k && startsClause(tokens, head, first) && hasHead(tokens, head, k + 1) ? head : -1;
  }
  return -1;
}

/** The head of a noun phrase: its last word before a preposition ("the man [in the report]"). */
export function headOf(tokens: Token[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) if (tokens[k]!.pos === 'ADP') return k - 1;
  return b - 1;
}

/** The comma before ", citing X," that ends at `comma`, or -1. */
export function citationBefore(tokens: Token[], comma: number, first: number): number {
  for (let k = comma - 1; k > first; k--) {
    const w = tokens[k]!.text.toLowerCase();
    if (w === ',' ) return -1;
    if (CHAIN_MARKERS.has(w)) return tokens[k - 1]!.text === ',' ? k - 1 : -1;
  }
  return -1;
}

/** "A senior official who asked not to be named [said]": a subject with an unbracketed relative clause. */
export function subjectWithRelative(tokens: Token[], cs: number, first: number): number {
  for (let k = cs - 2; k > first && k >= cs - 10; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || isQuoteToken(t)) return -1;
    if (!/^(who|that)$/i.test(t.text)) continue;
    const head = npEndingAt(tokens, k, first);
    return head < k && startsClause(tokens, head, first) && hasHead(tokens, head, k) ? head : -1;
  }
  return -1;
}

/** "according to the governor, Oleksandr Prokudin, at least 12 ...": a verbless phrase between commas is an apposition. */
export function extendOverApposition(tokens: Token[], comma: number, last: number): number {
  if (tokens[comma]?.text !== ',') return comma;
  let next = comma + 1;
  while (next < last && tokens[next]!.text !== ',' && !isQuoteToken(tokens[next]!)) next++;
  if (next >= last || tokens[next]!.text !== ',' || next - comma > 8) return comma;
  return hasFiniteVerb(tokens, comma + 1, next) ? comma : next;
}
