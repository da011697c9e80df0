/**
 * Content that runs past its reading unit, as PolNeAR marks it: a quotation that goes on
 * after the sentence, a transcript turn ("PENCE: Well, look, ... ") to the end of its
 * paragraph, and a cue closing its line with a colon ("He said:") whose content is the
 * next paragraph (or the quotation, over several paragraphs, that opens it).
 */
import { indexAt, type Doc } from '../../model/document.js';
import type { QuoteRegion } from './marks.js';

export interface UnitSpan {
  /** First and last (exclusive) token of the reading unit. */
  first: number;
  last: number;
}

/** Index of the paragraph holding offset `at`, or -1. */
function paragraphAt(doc: Doc, at: number): number {
  return indexAt(doc.paragraphs, at);
}

/** The next paragraph after offset `at`, or the multi-paragraph quotation it opens. */
export function contentAfterColon(doc: Doc, at: number, regions: QuoteRegion[]): [number, number] | null {
  const p = doc.paragraphs.findIndex((x) => x.start >= at);
  if (p < 0) return null;
  const para = doc.paragraphs[p]!;
  const region = regions.find((r) => r.start === para.start);
  return region && region.end > para.end ? [region.start, region.end] : [para.start, para.end];
}

/** Content reaching the end of its unit, taken on to the end of the quotation it is in. */
export function quotationEnd(regions: QuoteRegion[], regionOf: Int32Array, lastToken: number, end: number): number {
  const r = regionOf[lastToken]!;
  return r >= 0 && regions[r]!.end > end ? regions[r]!.end : end;
}

/** A transcript turn: "PENCE: ..." goes on to the end of its paragraph. */
export function paragraphEnd(doc: Doc, at: number): number {
  const p = paragraphAt(doc, at);
  return p >= 0 ? doc.paragraphs[p]!.end : at;
}
