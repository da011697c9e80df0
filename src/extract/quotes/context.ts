/**
 * The shapes shared by the attribution patterns: a raw attribution (token ranges, a
 * character range for content) and the sentence being read, with small token tests.
 */
import type { Token } from '../../model/document.js';
import type { QuoteRegion } from './marks.js';

const FINAL = /^[.!?]+$/;

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
  /** Found by the trained tagger (not the rules): often an attitude or intention, not speech. */
  fromModel?: boolean;
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

/** End (exclusive) of the clause starting at i: the sentence end or an opening quotation. */
export function clauseEnd(ctx: SentenceContext, i: number): number {
  let k = i;
  while (k < ctx.last && !(ctx.regionOf[k]! >= 0 && k > i)) k++;
  return k;
}

export function trimFinal(tokens: Token[], from: number, end: number): number {
  let e = end;
  while (e > from && (FINAL.test(tokens[e - 1]!.text) || tokens[e - 1]!.text === ',' || tokens[e - 1]!.text === ':')) e--;
  return e;
}

/** True when the sentence has unquoted words before `at`. */
export function hasWordsBefore(ctx: SentenceContext, at: number): boolean {
  for (let k = ctx.first; k < ctx.last && ctx.tokens[k]!.start < at; k++) {
    if (ctx.regionOf[k]! < 0 && /[\p{L}\p{N}]/u.test(ctx.tokens[k]!.text)) return true;
  }
  return false;
}

/** True when a quotation ends at (or just before) the boundary token. */
export function endsQuotation(ctx: SentenceContext, boundary: number): boolean {
  for (let k = boundary; k >= Math.max(ctx.first, boundary - 1); k--) if (ctx.regionOf[k]! >= 0) return true;
  return false;
}

export function isFinite(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text));
}

export function hasFiniteVerb(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (isFinite(tokens[k]!)) return true;
  return false;
}
