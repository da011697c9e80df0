/**
 * Per-token facts the tagger's features combine, computed once per document as hashes
 * (int32: see keys.ts)
 * (WHY: features are integer keys mixed from these, no per-feature strings at run time).
 */
import type { Doc } from '../../../model/document.js';
import { hashString } from '../../entities/ner/hashing.js';
import { cueWordOfLower } from '../cues.js';
import { UNKNOWN_CLUSTER, type WordClusters } from './clusters.js';

export interface Atoms {
  lower: Int32Array;
  lemma: Int32Array;
  pos: Int32Array;
  posName: string[];
  /** The token's reading unit holds a quotation (set by unitFacts). */
  unitQuoted: Uint8Array;
  shape: Int32Array;
  suffix: Int32Array;
  /** 0 none, 1 speech cue, 2 clause-only cue (product lexicon); +4 when the broad lexicon has it. */
  lexicon: Uint8Array;
  /** Token is inside a quotation (quote region), or is itself a quote mark. */
  quoted: Uint8Array;
  quoteMark: Uint8Array;
  /** Kind of punctuation: 0 none, 1 comma, 2 colon, 3 final, 4 dash, 5 bracket. */
  punct: Uint8Array;
  /** Token is "that" or a wh-/if/whether clause opener. */
  clauseOpener: Uint8Array;
  /** Token is a finite verb (AUX, or VERB not in -ing). */
  finite: Uint8Array;
  /** Word cluster hashes (fine "a.b" and coarse "a"), or null for a model trained without clusters. */
  cluster: Int32Array | null;
  coarse: Int32Array | null;
  /** Prefix sums over the document: sums.x[k] = tokens before k with property x. */
  sums: Record<'comma' | 'colon' | 'final' | 'quoteMark' | 'clauseOpener' | 'finite' | 'sconj' | 'verb', Int32Array>;
}

/** Word shape with runs collapsed ("McCain" -> "XxXx"), first 6 classes; char codes, no regex (hot path). */
function shapeOf(w: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < w.length && out.length < 6; i++) {
    const ch = w[i]!;
    const code = w.charCodeAt(i);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== prev) out += c;
    prev = c;
  }
  return out;
}

const QUOTE = /^["“”‘’«»'`]+$/;
const QUOTE_START = new Set(['"', '“', '”', '‘', '’', '«', '»', "'", '`']);
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'why', 'how', 'what', 'when', 'who', 'where', 'which']);

/** Regular de-inflection, good enough to group forms of a verb for features ("claims" = "claimed"). */
export function lemmaish(lower: string): string {
  const n = lower.length;
  if (n <= 4) return lower;
  // WHY the tests on the last letter first: most words end in none of d, g, s and need no regex
  const last = lower[n - 1];
  if (last === 'd' || last === 's') {
    if (lower.endsWith('ies') || lower.endsWith('ied')) return lower.slice(0, -3) + 'y';
  }
  if ((last === 'd' || last === 'g') && DOUBLED_SUFFIX.test(lower)) return lower.replace(DOUBLED_SUFFIX, '$1');
  if (last === 'g' && lower.endsWith('ing')) return lower.slice(0, -3);
  if (last === 'd' && lower.endsWith('ed')) return dropFinalE(lower.slice(0, lower.endsWith('eed') ? -1 : -2));
  if (last === 's') {
    if (lower.endsWith('es') && /(s|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2);
    if (!lower.endsWith('ss')) return dropFinalE(lower.slice(0, -1));
  }
  return dropFinalE(lower);
}

const DOUBLED_SUFFIX = /([^aeiou])\1(ed|ing)$/;
const dropFinalE = (w: string) => (w.endsWith('e') ? w.slice(0, -1) : w);

/** Kind of punctuation (see Atoms.punct); the first character rules out most words without a regex. */
function punctOf(w: string): number {
  if (w === ',') return 1;
  if (w === ':' || w === ';') return 2;
  if (!PUNCT_START.has(w[0]!)) return 0;
  if (/^[.!?]+$/.test(w)) return 3;
  if (/^[-–—]+$/.test(w)) return 4;
  if (/^[()[\]]$/.test(w)) return 5;
  return 0;
}

const PUNCT_START = new Set(['.', '!', '?', '-', '–', '—', '(', ')', '[', ']']);

interface WordFacts {
  lowerText: string;
  lower: number;
  lemma: number;
  shape: number;
  suffix: number;
  lexicon: number;
  quoteMark: number;
  punct: number;
}

function factsOf(text: string): WordFacts {
  const lower = text.toLowerCase();
  const narrow = cueWordOfLower(lower, false);
  return {
    lowerText: lower, lower: hashString(lower) | 0, lemma: hashString(lemmaish(lower)) | 0, shape: hashString(shapeOf(text)) | 0,
    suffix: hashString(lower.slice(-3)) | 0, lexicon: (narrow ? (narrow.strength === 'speech' ? 1 : 2) : 0) + (cueWordOfLower(lower, true) ? 4 : 0),
    quoteMark: QUOTE_START.has(text[0]!) && QUOTE.test(text) ? 1 : 0, punct: punctOf(text),
  };
}

export function atomsOf(doc: Doc, regionOf: Int32Array, units: Array<[number, number]>, clusters: WordClusters | null = null): Atoms {
  const n = doc.tokens.length;
  const a: Atoms = {
    lower: new Int32Array(n), lemma: new Int32Array(n), pos: new Int32Array(n), posName: doc.tokens.map((t) => t.pos), unitQuoted: new Uint8Array(n), shape: new Int32Array(n),
    suffix: new Int32Array(n), lexicon: new Uint8Array(n), quoted: new Uint8Array(n), quoteMark: new Uint8Array(n),
    punct: new Uint8Array(n), clauseOpener: new Uint8Array(n), finite: new Uint8Array(n),
    cluster: clusters ? new Int32Array(n) : null, coarse: clusters ? new Int32Array(n) : null,
    sums: { comma: new Int32Array(n + 1), colon: new Int32Array(n + 1), final: new Int32Array(n + 1), quoteMark: new Int32Array(n + 1),
      clauseOpener: new Int32Array(n + 1), finite: new Int32Array(n + 1), sconj: new Int32Array(n + 1), verb: new Int32Array(n + 1) },
  };
  // per document, the facts of each word form once (WHY: words repeat; regexes and lexicon
  // look-ups were a third of the tagger's time)
  const forms = new Map<string, WordFacts>();
  const posHashes = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = doc.tokens[i]!;
    let f = forms.get(t.text);
    if (!f) forms.set(t.text, (f = factsOf(t.text)));
    const lower = f.lowerText;
    a.lower[i] = f.lower;
    a.lemma[i] = f.lemma;
    let posHash = posHashes.get(t.pos);
    if (posHash === undefined) posHashes.set(t.pos, (posHash = hashString(t.pos) | 0));
    a.pos[i] = posHash;
    a.shape[i] = f.shape;
    a.suffix[i] = f.suffix;
    a.lexicon[i] = f.lexicon;
    a.quoteMark[i] = f.quoteMark;
    a.punct[i] = f.punct;
    a.quoted[i] = regionOf[i]! >= 0 || a.quoteMark[i] ? 1 : 0;
    a.clauseOpener[i] = CLAUSE_OPENERS.has(lower) ? 1 : 0;
    a.finite[i] = t.pos === 'AUX' || (t.pos === 'VERB' && !lower.endsWith('ing')) ? 1 : 0;
    if (clusters) {
      const c = clusters.get(lower) ?? UNKNOWN_CLUSTER;
      a.cluster![i] = c.fine;
      a.coarse![i] = c.coarse;
    }
  }
  const m = a.sums;
  for (let i = 0; i < n; i++) {
    const p = a.punct[i]!;
    const pos = a.posName[i]!;
    m.comma[i + 1] = m.comma[i]! + (p === 1 ? 1 : 0);
    m.colon[i + 1] = m.colon[i]! + (p === 2 ? 1 : 0);
    m.final[i + 1] = m.final[i]! + (p === 3 ? 1 : 0);
    m.quoteMark[i + 1] = m.quoteMark[i]! + a.quoteMark[i]!;
    m.clauseOpener[i + 1] = m.clauseOpener[i]! + a.clauseOpener[i]!;
    m.finite[i + 1] = m.finite[i]! + a.finite[i]!;
    m.sconj[i + 1] = m.sconj[i]! + (pos === 'SCONJ' ? 1 : 0);
    m.verb[i + 1] = m.verb[i]! + (pos === 'VERB' ? 1 : 0);
  }
  for (const [first, last] of units) {
    let quoted = 0;
    for (let k = first; k < last; k++) quoted |= a.quoted[k]!;
    a.unitQuoted.fill(quoted, first, last);
  }
  return a;
}
