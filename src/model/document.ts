/**
 * The document every extraction stage reads: the cleaned text plus its segmentation.
 * Stages read these layers and earlier stages' output; they never re-tokenise.
 */
import type { Span } from './analysis.js';

export interface Token extends Span {
  /** Universal POS tag from the segmenter (wink-nlp), e.g. "PROPN", "NUM". */
  pos: string;
  /** Index of the sentence that holds this token. */
  sentence: number;
}

export interface Sentence extends Span {
  /** Tokens of this sentence are doc.tokens[tokenStart .. tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph that holds this sentence. */
  paragraph: number;
}

/** A problem found in content, as unified's VFile messages: never a thrown exception. */
export interface Message {
  reason: string;
  rule: string;
  span?: Span;
}

export interface Doc {
  text: string;
  /** Publication date (ISO date or date-time), the anchor for relative dates. */
  published: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
  /** Per-analysis messages; stages append warnings here. */
  messages: Message[];
}

/** Build a Span from offsets, keeping the slice invariant by construction. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** Index of the span holding offset `at` in ordered, non-overlapping spans (paragraphs, sentences), or -1. */
export function indexAt(spans: ReadonlyArray<{ start: number; end: number }>, at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
