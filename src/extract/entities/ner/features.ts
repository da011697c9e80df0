/**
 * Observation features of each token, as strings. Everything here is a pure function of the
 * document's tokens and the gazetteers, so training and tagging see exactly the same features.
 */
import { matchPhrases, type Gazetteer } from './gazetteer.js';

export interface FeatureContext {
  /** Held-out training-split names (see training/ner): learned trust, not blind trust. */
  trainGaz: Gazetteer;
  /** Names from outside the training data (countries, cities, actors), shipped with the model. */
  extGaz: Gazetteer;
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
  return { casing, headline };
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

const POSITION = ['B', 'I', 'L', 'U'];

/** Phrase-match feature per token: "<type mask>:<BILU position>" or undefined. */
function phraseTags(gaz: Gazetteer, lower: string[]): Array<string | undefined> {
  const out = new Array<string | undefined>(lower.length);
  for (const m of matchPhrases(gaz, lower)) {
    for (let i = m.start; i < m.end; i++) {
      const pos = m.end - m.start === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
      out[i] = `${m.mask}:${POSITION[pos]}`;
    }
  }
  return out;
}

/**
 * Features of a word form on its own (identity, shape, affixes, casing elsewhere in the
 * document, gazetteer words). Split from the context features so a tagger can score each
 * distinct word of a document once (WHY: most tokens of a document repeat earlier forms).
 */
export function wordFeatures(w: string, facts: DocFacts, ctx: FeatureContext): string[] {
  const l = w.toLowerCase();
  const sh = shortShape(w);
  const f: string[] = ['b=', 'w=' + w, 'l=' + l, 's=' + sh, 'S=' + longShape(w)];
  for (let k = 1; k <= 4 && k <= l.length; k++) f.push(`p${k}=${w.slice(0, k)}`, `x${k}=${l.slice(-k)}`);
  f.push(`dc=${facts.casing.get(l) ?? 0}|${sh}`);
  const tw = ctx.trainGaz.words.get(l);
  if (tw) f.push('gw=' + tw, `gw=${tw}|${sh}`);
  const xw = ctx.extGaz.words.get(l);
  if (xw) f.push('xw=' + xw, `xw=${xw}|${sh}`);
  const cluster = ctx.clusters?.get(w);
  if (cluster) f.push('c1=' + clusterPrefix(cluster, 1), 'c2=' + clusterPrefix(cluster, 2), 'c3=' + cluster);
  return f;
}

/**
 * Features of every token of sentence `s` that depend on its neighbours and position, as
 * flat [template, value, template, value, ...] lists (WHY: a tagger can look values up per
 * template with strings it already holds, instead of hashing a fresh "template=value" string).
 */
export function contextFeatures(sentences: string[][], s: number, facts: DocFacts, ctx: FeatureContext): string[][] {
  const words = sentences[s]!;
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shortShape);
  const headline = facts.headline[s]!;
  const gp = phraseTags(ctx.trainGaz, lower);
  const gq = phraseTags(ctx.extGaz, lower);
  const at = (arr: string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : arr[i]!);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const l = lower[i]!;
    const sh = shapes[i]!;
    const shBefore = at(shapes, i - 1);
    const shAfter = at(shapes, i + 1);
    const f: string[] = ['l-1', at(lower, i - 1), 'l+1', at(lower, i + 1), 'l-2', at(lower, i - 2), 'l+2', at(lower, i + 2)];
    f.push('s-1', shBefore, 's+1', shAfter);
    f.push('s-1s', `${shBefore}|${sh}`, 'ss+1', `${sh}|${shAfter}`, 's-1ss+1', `${shBefore}|${sh}|${shAfter}`);
    f.push('l-1l', `${at(lower, i - 1)}|${l}`, 'll+1', `${l}|${at(lower, i + 1)}`);
    if (i === 0) f.push('first', '', 'first|s', sh);
    if (headline) f.push('H', '', 'H|l', l, 'H|l-1', at(lower, i - 1), 'H|l+1', at(lower, i + 1));
    if (gp[i]) f.push('gp', gp[i]!);
    if (gq[i]) f.push('gq', gq[i]!, 'gq|s', `${gq[i]}|${sh}`);
    if (ctx.clusters) {
      const before = i > 0 ? ctx.clusters.get(words[i - 1]!) : '<s>';
      const after = i + 1 < n ? ctx.clusters.get(words[i + 1]!) : '</s>';
      if (before) f.push('c-1', clusterPrefix(before, 2));
      if (after) f.push('c+1', clusterPrefix(after, 2));
    }
    out.push(f);
  }
  return out;
}

/** "template=value" strings from a flat [template, value, ...] list. */
export function joinPairs(pairs: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < pairs.length; k += 2) out.push(`${pairs[k]}=${pairs[k + 1]}`);
  return out;
}

/** All static features of every token of sentence `s` (word + context), as training reads them. */
export function sentenceFeatures(sentences: string[][], s: number, facts: DocFacts, ctx: FeatureContext): string[][] {
  const context = contextFeatures(sentences, s, facts, ctx);
  return sentences[s]!.map((w, i) => [...wordFeatures(w, facts, ctx), ...joinPairs(context[i]!)]);
}
