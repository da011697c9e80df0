/**
 * Observation features of each token, as integer keys (hashing.ts). Everything here is a pure function of the
 * document's tokens and the gazetteers, so training and tagging see exactly the same features.
 */
import { matchPhrases, type GazetteerLookup } from './gazetteer.js';
import { AFTER, BEFORE, F, hashRange, hashString, key1, key2, key3 } from './hashing.js';

export interface FeatureContext {
  /** Held-out training-split names (see training/ner): learned trust, not blind trust. */
  trainGaz: GazetteerLookup;
  /** Names from outside the training data (countries, cities, actors), shipped with the model. */
  extGaz: GazetteerLookup;
  /** Word form -> distributional cluster path "a.b.c" learned from unlabelled news text. */
  clusters?: Map<string, string>;
}

/** The first `levels` steps of a cluster path ("3.14.2", 2 -> "3.14"). */
function clusterPrefix(path: string, levels: number): string {
  let cut = -1;
  for (let k = 0; k < levels; k++) {
    cut = path.indexOf('.', cut + 1);
    if (cut < 0) return path;
  }
  return path.slice(0, cut);
}

/** Per-document facts: how each lower-cased word is cased where case is informative. */
export interface DocFacts {
  casing: Map<string, number>;
  headline: boolean[];
  /** Capitalised word form -> hashes of the lower-cased words before / after its occurrences. */
  neighbours: Map<string, { before: Set<number>; after: Set<number> }>;
}
const SEEN_CAPITALISED = 1;
const SEEN_LOWER = 2;

export function isHeadline(tokens: string[]): boolean {
  let letters = 0;
  for (const t of tokens) {
    if (/[a-z]/.test(t)) return false;
    if (/[A-Z]/.test(t)) letters++;
  }
  return letters >= 1;
}

/** Casing seen for each word away from sentence starts and all-caps lines (WHY: there case is a clue). */
export function docFacts(sentences: string[][]): DocFacts {
  const casing = new Map<string, number>();
  const headline = sentences.map(isHeadline);
  sentences.forEach((tokens, s) => {
    if (headline[s]) return;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const c = t.charCodeAt(0);
      const bit = c >= 65 && c <= 90 ? SEEN_CAPITALISED : c >= 97 && c <= 122 ? SEEN_LOWER : 0;
      if (bit) casing.set(t.toLowerCase(), (casing.get(t.toLowerCase()) ?? 0) | bit);
    }
  });
  return { casing, headline, neighbours: neighboursOf(sentences) };
}

/** At most this many distinct neighbours per side feed the aggregated-context features. */
const MAX_NEIGHBOURS = 6;

/**
 * Context aggregation (Ratinov & Roth 2009): a capitalised word sees the words around ALL its
 * occurrences in the document, so "Okonjo" in "Okonjo said" learns from "Ms Okonjo" elsewhere.
 */
function neighboursOf(sentences: string[][]): DocFacts['neighbours'] {
  const out: DocFacts['neighbours'] = new Map();
  for (const tokens of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const c = tokens[i]!.charCodeAt(0);
      if (!(c >= 65 && c <= 90)) continue;
      let entry = out.get(tokens[i]!);
      if (!entry) out.set(tokens[i]!, (entry = { before: new Set(), after: new Set() }));
      if (i > 0 && entry.before.size < MAX_NEIGHBOURS) entry.before.add(hashString(tokens[i - 1]!.toLowerCase()));
      if (i + 1 < tokens.length && entry.after.size < MAX_NEIGHBOURS) entry.after.add(hashString(tokens[i + 1]!.toLowerCase()));
    }
  }
  return out;
}

/** "Xxxxx" -> "Xx", "1996-08-22" -> "d-d-d": character classes with runs collapsed. */
export function shortShape(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const ch = charClass(word.charCodeAt(i), word[i]!);
    if (ch !== last) out += ch;
    last = ch;
  }
  return out;
}

/** Shape keeping lengths up to 4 of each run ("Xxxxx" -> "Xxxxx", "ABCDEFG" -> "XXXX"). */
export function longShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = charClass(word.charCodeAt(i), word[i]!);
    run = ch === last ? run + 1 : 1;
    if (run <= 4) out += ch;
    last = ch;
  }
  return out;
}

function charClass(code: number, ch: string): string {
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code > 127) return ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
  return ch;
}

/** Phrase-match code per token: 1 + 4 * type mask + BILU position, or 0 outside matches. */
function phraseCodes(gaz: GazetteerLookup, lower: string[]): Int32Array {
  const out = new Int32Array(lower.length);
  for (const m of matchPhrases(gaz, lower)) {
    for (let i = m.start; i < m.end; i++) {
      const pos = m.end - m.start === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
      out[i] = 1 + 4 * m.mask + pos;
    }
  }
  return out;
}

/**
 * Keys of a word form on its own (identity, shapes, affixes, casing elsewhere in the document,
 * gazetteer words, cluster). Split from the context keys so a tagger can score each distinct
 * word of a document once (WHY: most tokens of a document repeat earlier forms).
 */
export function wordKeys(w: string, facts: DocFacts, ctx: FeatureContext, out: number[]): number[] {
  const l = w.toLowerCase();
  const hs = hashString(shortShape(w));
  out.push(key1(F.bias, 0), key1(F.word, hashString(w)), key1(F.lower, hashString(l)), key1(F.shape, hs), key1(F.longShape, hashString(longShape(w))));
  for (let k = 1; k <= 4 && k <= l.length; k++) {
    out.push(key1(F.prefix + k - 1, hashRange(w, 0, k)), key1(F.suffix + k - 1, hashRange(l, l.length - k, l.length)));
  }
  out.push(key2(F.casing, facts.casing.get(l) ?? 0, hs));
  const tw = ctx.trainGaz.words.get(l);
  if (tw) out.push(key1(F.trainWord, tw), key2(F.trainWordShape, tw, hs));
  const xw = ctx.extGaz.words.get(l);
  if (xw) out.push(key1(F.extWord, xw), key2(F.extWordShape, xw, hs));
  const around = facts.neighbours.get(w);
  if (around) {
    for (const h of around.before) out.push(key1(F.aggregatedBefore, h));
    for (const h of around.after) out.push(key1(F.aggregatedAfter, h));
  }
  const cluster = ctx.clusters?.get(w);
  if (cluster) for (let k = 1; k <= 3; k++) out.push(key2(F.cluster, k, hashString(clusterPrefix(cluster, k))));
  return out;
}

/** Keys of every token of sentence `s` that depend on its neighbours and position. */
export function contextKeys(sentences: string[][], s: number, facts: DocFacts, ctx: FeatureContext): number[][] {
  const words = sentences[s]!;
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const hl = lower.map(hashString);
  const hs = words.map((w) => hashString(shortShape(w)));
  const headline = facts.headline[s]!;
  const gp = phraseCodes(ctx.trainGaz, lower);
  const gq = phraseCodes(ctx.extGaz, lower);
  const hc = ctx.clusters ? words.map((w) => { const c = ctx.clusters!.get(w); return c ? hashString(clusterPrefix(c, 2)) : -1; }) : null;
  const at = (arr: ArrayLike<number>, i: number) => (i < 0 ? BEFORE : i >= n ? AFTER : arr[i]!);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const l = hl[i]!;
    const sh = hs[i]!;
    const lp = at(hl, i - 1);
    const ln = at(hl, i + 1);
    const sp = at(hs, i - 1);
    const sn = at(hs, i + 1);
    const f = [
      key1(F.lowerPrev, lp), key1(F.lowerNext, ln), key1(F.lowerPrev2, at(hl, i - 2)), key1(F.lowerNext2, at(hl, i + 2)),
      key1(F.shapePrev, sp), key1(F.shapeNext, sn), key2(F.shapePrevCur, sp, sh), key2(F.shapeCurNext, sh, sn),
      key3(F.shapeTriple, sp, sh, sn), key2(F.lowerPrevCur, lp, l), key2(F.lowerCurNext, l, ln),
    ];
    if (i === 0) f.push(key1(F.first, 0), key1(F.firstShape, sh));
    if (headline) f.push(key1(F.headline, 0), key1(F.headlineLower, l), key1(F.headlinePrev, lp), key1(F.headlineNext, ln));
    if (gp[i]) f.push(key1(F.trainPhrase, gp[i]!));
    if (gq[i]) f.push(key1(F.extPhrase, gq[i]!), key2(F.extPhraseShape, gq[i]!, sh));
    if (hc) {
      const before = i > 0 ? hc[i - 1]! : BEFORE;
      const after = i + 1 < n ? hc[i + 1]! : AFTER;
      if (before !== -1) f.push(key1(F.clusterPrev, before));
      if (after !== -1) f.push(key1(F.clusterNext, after));
    }
    out.push(f);
  }
  return out;
}

/** Key of "the tagger labelled this word `label` (0 = O, 1..4 = NER_LABELS) earlier in the document". */
export function earlierLabelKey(label: number): number {
  return key1(F.earlierLabel, label);
}

/** All static keys of every token of sentence `s` (word + context), as training reads them. */
export function sentenceKeys(sentences: string[][], s: number, facts: DocFacts, ctx: FeatureContext): number[][] {
  const context = contextKeys(sentences, s, facts, ctx);
  return sentences[s]!.map((w, i) => wordKeys(w, facts, ctx, []).concat(context[i]!));
}
