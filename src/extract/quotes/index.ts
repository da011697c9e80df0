/**
 * The quotes stage: who said what, with the cue and the speaker.
 * 1. direct-quote regions from quotation marks (marks.ts);
 * 2. per sentence, attributions around cue words (patterns.ts);
 * 3. quotations with no cue of their own that continue the previous speaker's turn;
 * 4. speakers named, given roles and linked to entities (speaker.ts).
 * Works without the entities layer (speaker.entity stays null then).
 */
import type { Entity, Quote, QuoteKind } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import { spanOf } from '../../model/document.js';
import type { Layers } from '../layers.js';
import { findQuoteRegions, type QuoteRegion } from './marks.js';
import { attributionsIn, type RawAttribution } from './patterns.js';
import { speakerOf, type Speaker } from './speaker.js';
import { sentenceLines } from './lines.js';
import { quotesModel } from './model/load.js';
import { atomsOf, type Atoms } from './model/atoms.js';
import { clustersFor, unitAttributions } from './model/attributions.js';
import { extentOf, isTaken, mergeAttributions } from './merge.js';

/** How far back (in paragraphs) a previous speaker can be the referent of a pronoun. */
const PRONOUN_REACH = 3;

export function extractQuotes(doc: Doc, layers: Partial<Layers>): Quote[] {
  return extractAttributions(doc, layers, { broad: false });
}

export interface AttributionOptions {
  /**
   * Also take the cue words learned from PolNeAR (models/quote-cues.json): attitudes and
   * evidence ("defended", "endorsed", "showed") as well as speech. For PolNeAR scoring.
   */
  broad: boolean;
  /** false: the rules alone (tests of the rule engine). */
  model?: boolean;
}

/** Quotes and, with `broad`, the wider attributions PolNeAR annotates. */
export function extractAttributions(doc: Doc, layers: Partial<Layers>, options: AttributionOptions): Quote[] {
  const regions = findQuoteRegions(doc.text, doc.paragraphs);
  const regionOf = tokenRegions(doc, regions);
  const entities: Entity[] = layers.entities ?? [];
  const quotes: Quote[] = [];
  const covered = new Set<number>();
  let previous: { speaker: Speaker; paragraph: number } | null = null;

  const model = options.model === false ? null : quotesModel();
  const lines = [...sentenceLines(doc)];
  const atoms = model ? atomsOf(doc, regionOf, lines.map(([, a, b]) => [a, b]), clustersFor(model)) : null;
  for (const [sentence, first, last] of lines) {
    let found = attributionsIn({ text: doc.text, tokens: doc.tokens, first, last, regions, regionOf, broad: options.broad });
    if (model && atoms) {
      const rules = found;
      const settledMask = settledTokens(doc, atoms, regionOf, rules, first, last);
      const settled = (k: number) => settledMask[k - first] === 1;
      found = mergeAttributions(doc, rules, unitAttributions(doc, atoms, first, last, model, (cue) => isTaken(doc, rules, cue), settled), regions, regionOf);
    }
    for (const raw of found) {
      const near = previous && sentence.paragraph - previous.paragraph <= PRONOUN_REACH ? previous.speaker : null;
      const quote = toQuote(doc, raw, regions, entities, near);
      markCovered(regions, quote, covered);
      quotes.push(quote);
      // "she added" continues the last quoted speaker: attitudes the tagger found in between
      // ("Her deputy had argued for a summary") do not take the turn
      if (quote.speaker && !raw.fromModel) previous = { speaker: quote.speaker as Speaker, paragraph: sentence.paragraph };
    }
  }
  addContinuations(doc, regions, covered, quotes);
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Tokens of the unit [first, last) settled as no cue, so not scored (WHY: speed): inside a
 * rule attribution, inside a quotation or sentence punctuation (on dev, 1.2% of gold cues
 * touch those). mask[k - first] === 1.
 */
function settledTokens(doc: Doc, atoms: Atoms, regionOf: Int32Array, rules: RawAttribution[], first: number, last: number): Uint8Array {
  const mask = new Uint8Array(last - first);
  for (let k = first; k < last; k++) {
    const p = atoms.punct[k];
    if (regionOf[k]! >= 0 || atoms.quoteMark[k] === 1 || p === 1 || p === 3) mask[k - first] = 1;
  }
  for (const r of rules) {
    const [s, e] = extentOf(doc, r);
    for (let k = first; k < last; k++) if (doc.tokens[k]!.start < e && s < doc.tokens[k]!.end) mask[k - first] = 1;
  }
  return mask;
}

export function tokenRegions(doc: Doc, regions: QuoteRegion[]): Int32Array {
  const out = new Int32Array(doc.tokens.length).fill(-1);
  let r = 0;
  doc.tokens.forEach((t, i) => {
    while (r < regions.length && regions[r]!.end <= t.start) r++;
    if (r < regions.length && regions[r]!.start <= t.start && t.end <= regions[r]!.end) out[i] = r;
  });
  return out;
}

function toQuote(doc: Doc, raw: RawAttribution, regions: QuoteRegion[], entities: Entity[], previous: Speaker | null): Quote {
  const content = spanOf(doc.text, raw.contentStart, raw.contentEnd);
  const cue = spanOf(doc.text, doc.tokens[raw.cueStart]!.start, doc.tokens[raw.cueEnd - 1]!.end);
  const speaker = raw.source ? speakerOf({ text: doc.text, tokens: doc.tokens, entities }, raw.source[0], raw.source[1], previous) : null;
  return { ...content, kind: kindOf(content.start, content.end, regions), cue, speaker };
}

/** direct: the content is a quotation; mixed: it holds quoted fragments; else indirect. */
function kindOf(start: number, end: number, regions: QuoteRegion[]): QuoteKind {
  let quoted = 0;
  for (const r of regions) {
    const overlap = Math.min(end, r.end) - Math.max(start, r.start);
    if (overlap > 0) quoted += overlap;
  }
  if (quoted === 0) return 'indirect';
  return quoted >= 0.85 * (end - start) ? 'direct' : 'mixed';
}

function markCovered(regions: QuoteRegion[], quote: Quote, covered: Set<number>): void {
  regions.forEach((r, i) => {
    if (r.start < quote.end && quote.start < r.end) covered.add(i);
  });
}

/**
 * Quotations with no attribution of their own: a sentence-long quotation right after a
 * quote in the same or the next paragraph continues that speaker's turn (same cue and
 * speaker). Short quoted phrases ("scare quotes") are not quotes of anyone.
 */
function addContinuations(doc: Doc, regions: QuoteRegion[], covered: Set<number>, quotes: Quote[]): void {
  const byStart = [...quotes].sort((a, b) => a.start - b.start);
  let chained: Quote | null = null;
  regions.forEach((r, i) => {
    if (covered.has(i) || !isSentenceLike(doc.text, r)) return;
    const attributed = lastBefore(byStart, r.start);
    const before = chained && (!attributed || chained.start > attributed.start) ? chained : attributed;
    if (!before || !before.speaker || paragraphGap(doc, before.end, r.start) > 1) return;
    chained = { ...spanOf(doc.text, r.start, r.end), kind: 'direct', cue: before.cue, speaker: before.speaker, continues: true };
    quotes.push(chained);
  });
}

/** A quotation that opens a sentence and ends one: "“We're America.”", not a scare-quoted phrase. */
function isSentenceLike(text: string, r: QuoteRegion): boolean {
  const inner = text.slice(r.innerStart, r.innerEnd);
  let p = r.start - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  const opensSentence = p < 0 || /[.!?\n"”’']/.test(text[p]!);
  return opensSentence && /[.!?,;]\s*$/.test(inner) && /\p{L}/u.test(inner);
}

function lastBefore(quotes: Quote[], at: number): Quote | null {
  let best: Quote | null = null;
  for (const q of quotes) if (q.end <= at) best = q;
  return best;
}

function paragraphGap(doc: Doc, a: number, b: number): number {
  return paragraphIndex(doc, b) - paragraphIndex(doc, a);
}

/** Index of the last paragraph starting at or before `at` (binary search). */
function paragraphIndex(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
