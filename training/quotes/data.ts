/**
 * PolNeAR articles as the quotes tagger sees them: our segmentation (the product's reading
 * units), the quote regions, and each annotator's gold attributions as token ranges.
 * Gold spans are brat extents (first to last character, as eval/polnear.ts scores them);
 * a token belongs to a span when it overlaps it.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../../src/model/document.js';
import { docOf, parseAnn, type Attribution } from '../../eval/polnear.js';
import { findQuoteRegions } from '../../src/extract/quotes/marks.js';
import { tokenRegions } from '../../src/extract/quotes/index.js';
import { sentenceLines } from '../../src/extract/quotes/lines.js';

export type TokenRange = [number, number];

export interface GoldAttribution {
  cue: TokenRange;
  source: TokenRange | null;
  content: TokenRange;
}

export interface Article {
  name: string;
  doc: Doc;
  regionOf: Int32Array;
  /** Reading units [first, last) token ranges, in order. */
  units: TokenRange[];
  /** One list per annotator file, as token ranges. */
  annotations: GoldAttribution[][];
  /** The same as character ranges, for scoring. */
  gold: Attribution[][];
}

export function loadSplit(root: string, split: string, limit = Infinity): Article[] {
  const dir = join(root, 'data', split);
  if (!existsSync(join(dir, 'attributions'))) throw new Error(`polnear: no ${join(dir, 'attributions')}; pass the PolNeAR root`);
  const byArticle = new Map<string, string[]>();
  for (const f of readdirSync(join(dir, 'attributions')).filter((x) => x.endsWith('.ann')).sort()) {
    const a = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    byArticle.set(a, [...(byArticle.get(a) ?? []), f]);
  }
  const out: Article[] = [];
  for (const [name, files] of [...byArticle].slice(0, limit)) {
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    const doc = docOf(text);
    const regionOf = tokenRegions(doc, findQuoteRegions(doc.text, doc.paragraphs));
    const units = [...sentenceLines(doc)].map(([, a, b]) => [a, b] as TokenRange);
    const gold = files.map((f) => parseAnn(readFileSync(join(dir, 'attributions', f), 'utf8'), text));
    const annotations = gold.map((list) =>
      list.flatMap((g) => {
        const cue = tokensOf(doc, g.cue);
        const content = tokensOf(doc, g.content);
        if (!cue || !content) return [];
        return [{ cue, content, source: g.source ? tokensOf(doc, g.source) : null }];
      }),
    );
    out.push({ name, doc, regionOf, units, annotations, gold });
  }
  return out;
}

/** Tokens overlapping the character range [s, e), or null when none does. */
export function tokensOf(doc: Doc, [s, e]: [number, number]): TokenRange | null {
  const toks = doc.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= s) lo = mid + 1;
    else hi = mid;
  }
  let b = lo;
  while (b < toks.length && toks[b]!.start < e) b++;
  return b > lo ? [lo, b] : null;
}

/** Index of the unit holding token t (units are sorted and cover the tokens). */
export function unitOf(units: TokenRange[], t: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (units[mid]![0] <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
