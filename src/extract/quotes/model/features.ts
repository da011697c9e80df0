/**
 * Feature keys of the two taggers (30-bit hashes, see entities/ner/hashing.ts).
 * Cue tagger: what a token and its neighbours are. Role tagger: the same token facts
 * seen from one cue (side, distance, what lies between), so source and content are
 * found for that cue. Template ids are local to the quotes model: never renumber.
 */
import { AFTER as AFTER_U, BEFORE as BEFORE_U } from '../../entities/ner/hashing.js';
import { k1, k2, k3, seed } from './keys.js';
import type { Atoms } from './atoms.js';

const C = {
  bias: 1, lower: 2, lemma: 3, pos: 4, shape: 5, suffix: 6, lowerP1: 7, lowerN1: 8, lowerP2: 9, lowerN2: 10,
  posP1: 11, posN1: 12, posP2: 13, posN2: 14, posPC: 15, posCN: 16, lemmaNext: 17, prevLemma: 18, lexPos: 19,
  clauseAhead: 20, quotedPos: 21, position: 22, lemmaPos: 23, capsPos: 24, punctAround: 25, lemmaQuoted: 26,
  posTriple: 27, lexNext: 28, lexPrev: 29, lexPrev2: 30, subject: 31, unitQuoted: 34,
  lemmaNextPos: 35, prevLowerPos: 36,
  // word clusters (only for a model trained with them)
  cluster: 37, clusterCoarse: 38, clusterPos: 39, clusterP1: 40, clusterN1: 41, clusterNextLower: 42, clusterCoarseLex: 43,
} as const;

/** Every template's seed (keys.ts) by template id, computed once (ids are below 256). */
const S = new Int32Array(256).map((_, id) => seed(id));

/** POS tags skipped when looking for the word a cue verb leans on ("has also said"). */
const SKIP_POS = new Set(['ADV', 'AUX', 'PART']);

const R = {
  side: 101, sidePos: 102, sideLower: 103, sideDistPos: 104, sidePosPrev: 105, sidePosNext: 106,
  sideLowerPrev: 107, sideLowerNext: 108, sideCue: 109, sideCuePos: 110, commas: 111, quotes: 112,
  clauseBetween: 113, finiteBetween: 114, edge: 115, sideShape: 116, otherCue: 117, cueFirst: 118,
  adjacent: 119, sideLemma: 120, commasPos: 121, quotedDist: 122, sidePunct: 123, colonBetween: 124,
  finalBetween: 125, cueQuoted: 126, boundaryBetween: 127,
  // word clusters (only for a model trained with them): cues of one cluster place their roles alike
  sideCueCluster: 128, sideCueClusterPos: 129, sideCoarse: 130,
} as const;

/** Stand-ins outside the unit, as int32 like the atoms' hashes (see keys.ts). */
const BEFORE = BEFORE_U | 0;
const AFTER = AFTER_U | 0;

const at = (arr: Int32Array, i: number, first: number, last: number) => (i < first ? BEFORE : i >= last ? AFTER : arr[i]!);

function bucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : 8;
}

/**
 * Where keys are written: a plain array (training keeps one per token) or a reused typed
 * buffer (the product). WHY not push(): emptying and refilling an array per token cost a
 * third of the key time.
 */
export type KeyBuffer = number[] | Int32Array;

/** Largest number of keys one token gets from either tagger (buffer size). */
export const MAX_KEYS = 64;

/** Cue-tagger keys of token i in the unit [first, last), written to out[from ..); returns the end. */
export function cueKeys(a: Atoms, i: number, first: number, last: number, out: KeyBuffer, from = 0): number {
  let n = from;
  const pos = a.pos[i]!;
  const lemma = a.lemma[i]!;
  const lex = a.lexicon[i]!;
  const lowerP1 = at(a.lower, i - 1, first, last);
  const lowerN1 = at(a.lower, i + 1, first, last);
  const posP1 = at(a.pos, i - 1, first, last);
  const posN1 = at(a.pos, i + 1, first, last);
  out[n++] = k1(S[C.bias]!, 0);
  out[n++] = k1(S[C.lower]!, a.lower[i]!);
  out[n++] = k1(S[C.lemma]!, lemma);
  out[n++] = k1(S[C.pos]!, pos);
  out[n++] = k1(S[C.shape]!, a.shape[i]!);
  out[n++] = k1(S[C.suffix]!, a.suffix[i]!);
  out[n++] = k1(S[C.lowerP1]!, lowerP1);
  out[n++] = k1(S[C.lowerN1]!, lowerN1);
  out[n++] = k1(S[C.lowerP2]!, at(a.lower, i - 2, first, last));
  out[n++] = k1(S[C.lowerN2]!, at(a.lower, i + 2, first, last));
  out[n++] = k1(S[C.posP1]!, posP1);
  out[n++] = k1(S[C.posN1]!, posN1);
  out[n++] = k1(S[C.posP2]!, at(a.pos, i - 2, first, last));
  out[n++] = k1(S[C.posN2]!, at(a.pos, i + 2, first, last));
  out[n++] = k2(S[C.posPC]!, posP1, pos);
  out[n++] = k2(S[C.posCN]!, pos, posN1);
  out[n++] = k2(S[C.lemmaNext]!, lemma, lowerN1);
  out[n++] = k2(S[C.prevLemma]!, lowerP1, lemma);
  out[n++] = k2(S[C.lexPos]!, lex, pos);
  out[n++] = k2(S[C.quotedPos]!, a.quoted[i]!, pos);
  out[n++] = k2(S[C.lemmaPos]!, lemma, pos);
  out[n++] = k2(S[C.lemmaQuoted]!, lemma, a.quoted[i]!);
  out[n++] = k3(S[C.posTriple]!, posP1, pos, posN1);
  out[n++] = k2(S[C.lexNext]!, lexAt(a, i + 1, first, last), pos);
  out[n++] = k2(S[C.lexPrev]!, lexAt(a, i - 1, first, last), pos);
  out[n++] = k2(S[C.lexPrev2]!, lexAt(a, i - 2, first, last), lexAt(a, i + 2, first, last));
  out[n++] = k2(S[C.position]!, Math.min(i - first, 6), Math.min(last - 1 - i, 6));
  out[n++] = k2(S[C.punctAround]!, i > first ? a.punct[i - 1]! : 9, i + 1 < last ? a.punct[i + 1]! : 9);
  let ahead = 0;
  for (let k = i + 1; k < Math.min(last, i + 4); k++) {
    if (a.clauseOpener[k]) ahead |= 1;
    if (a.punct[k] === 2) ahead |= 2;
    if (a.quoteMark[k]) ahead |= 4;
  }
  out[n++] = k2(S[C.clauseAhead]!, ahead, pos);
  out[n++] = k2(S[C.lemmaNextPos]!, lemma, posN1);
  out[n++] = k2(S[C.prevLowerPos]!, lowerP1, pos);
  // the subject-ish word before the verb chain: "officials (have long) said"
  let s = i - 1;
  while (s >= first && SKIP_POS.has(a.posName[s]!)) s--;
  out[n++] = k3(S[C.subject]!, lex, pos, s >= first ? a.pos[s]! : BEFORE);
  out[n++] = k2(S[C.unitQuoted]!, a.unitQuoted[i]!, pos);
  if (a.cluster && a.coarse) {
    // after the others, so a model without clusters scores exactly as before
    const cl = a.cluster[i]!;
    out[n++] = k1(S[C.cluster]!, cl);
    out[n++] = k1(S[C.clusterCoarse]!, a.coarse[i]!);
    out[n++] = k2(S[C.clusterPos]!, cl, pos);
    out[n++] = k1(S[C.clusterP1]!, at(a.cluster, i - 1, first, last));
    out[n++] = k1(S[C.clusterN1]!, at(a.cluster, i + 1, first, last));
    out[n++] = k2(S[C.clusterNextLower]!, cl, lowerN1);
    out[n++] = k2(S[C.clusterCoarseLex]!, a.coarse[i]!, lex);
  }
  return n;
}

function lexAt(a: Atoms, k: number, first: number, last: number): number {
  return k < first || k >= last ? 9 : a.lexicon[k]!;
}

export interface CueView {
  start: number;
  end: number;
  /** Hash of the cue's head word's lemma-ish form. */
  head: number;
  /** Hash of its first word. */
  firstWord: number;
  /** Fine cluster hash of the head word (0 without clusters). */
  headCluster: number;
  /** Other cues of the unit as token ranges (to know when one lies between). */
  others: Array<[number, number]>;
}

/** Role-tagger keys of token i (outside the cue) for the cue `cue`, in the unit [first, last), written to out[from ..); returns the end. */
export function roleKeys(a: Atoms, i: number, first: number, last: number, cue: CueView, out: KeyBuffer, from = 0): number {
  let n = from;
  const left = i < cue.start;
  const side = left ? 1 : 2;
  const dist = left ? cue.start - i : i - cue.end + 1;
  const d = bucket(dist);
  const lo = left ? i + 1 : cue.end;
  const hi = left ? cue.start : i;
  // counts between token and cue from the document's prefix sums (WHY: O(1) per token)
  const m = a.sums;
  const commas = m.comma[hi]! - m.comma[lo]!;
  const quotes = m.quoteMark[hi]! - m.quoteMark[lo]!;
  const clause = m.clauseOpener[hi]! > m.clauseOpener[lo]! ? 1 : 0;
  const finite = m.finite[hi]! - m.finite[lo]!;
  const colon = m.colon[hi]! > m.colon[lo]! ? 1 : 0;
  const final = m.final[hi]! > m.final[lo]! ? 1 : 0;
  const boundary = (m.sconj[hi]! > m.sconj[lo]! ? 1 : 0) | (m.verb[hi]! > m.verb[lo]! ? 2 : 0);
  let other = 0;
  for (const [s, e] of cue.others) if ((left && e <= cue.start && s > i) || (!left && s >= cue.end && e <= i)) other = 1;
  const pos = a.pos[i]!;
  const posP1 = at(a.pos, i - 1, first, last);
  const posN1 = at(a.pos, i + 1, first, last);
  const c = Math.min(commas, 3);
  out[n++] = k1(S[R.side]!, side * 16 + d);
  out[n++] = k2(S[R.sidePos]!, side, pos);
  out[n++] = k2(S[R.sideLower]!, side, a.lower[i]!);
  out[n++] = k3(S[R.sideDistPos]!, side, d, pos);
  out[n++] = k3(S[R.sidePosPrev]!, side, posP1, pos);
  out[n++] = k3(S[R.sidePosNext]!, side, pos, posN1);
  out[n++] = k2(S[R.sideLowerPrev]!, side, at(a.lower, i - 1, first, last));
  out[n++] = k2(S[R.sideLowerNext]!, side, at(a.lower, i + 1, first, last));
  out[n++] = k3(S[R.sideCue]!, side, cue.head, Math.min(d, 3));
  out[n++] = k3(S[R.sideCuePos]!, side, cue.head, pos);
  out[n++] = k2(S[R.commas]!, side, c * 8 + Math.min(d, 5));
  out[n++] = k3(S[R.commasPos]!, side, c, pos);
  out[n++] = k3(S[R.quotes]!, side, Math.min(quotes, 2), a.quoted[i]!);
  out[n++] = k3(S[R.clauseBetween]!, side, clause, Math.min(d, 4));
  out[n++] = k3(S[R.finiteBetween]!, side, Math.min(finite, 2), pos);
  out[n++] = k2(S[R.edge]!, side, (i === first ? 1 : 0) + (i === last - 1 ? 2 : 0));
  out[n++] = k2(S[R.sideShape]!, side, a.shape[i]!);
  out[n++] = k2(S[R.otherCue]!, side, other);
  out[n++] = k3(S[R.cueFirst]!, side, cue.firstWord, Math.min(d, 3));
  out[n++] = k2(S[R.adjacent]!, side, dist === 1 ? a.lower[i]! : 0);
  out[n++] = k3(S[R.sideLemma]!, side, a.lemma[i]!, Math.min(d, 3));
  out[n++] = k3(S[R.quotedDist]!, side, a.quoted[i]!, d);
  out[n++] = k3(S[R.sidePunct]!, side, a.punct[i]!, d);
  out[n++] = k2(S[R.colonBetween]!, side, colon);
  out[n++] = k2(S[R.finalBetween]!, side, final);
  out[n++] = k3(S[R.boundaryBetween]!, side, boundary, pos);
  out[n++] = k3(S[R.cueQuoted]!, side, a.quoted[cue.start]!, a.quoted[i]!);
  if (a.coarse) {
    out[n++] = k3(S[R.sideCueCluster]!, side, cue.headCluster, Math.min(d, 3));
    out[n++] = k3(S[R.sideCueClusterPos]!, side, cue.headCluster, pos);
    out[n++] = k3(S[R.sideCoarse]!, side, a.coarse[i]!, Math.min(d, 4));
  }
  return n;
}
