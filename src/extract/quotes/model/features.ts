/**
 * Feature keys of the two taggers (30-bit hashes, see entities/ner/hashing.ts).
 * Cue tagger: what a token and its neighbours are. Role tagger: the same token facts
 * seen from one cue (side, distance, what lies between), so source and content are
 * found for that cue. Template ids are local to the quotes model: never renumber.
 */
import { AFTER, BEFORE, key1, key2, key3 } from '../../entities/ner/hashing.js';
import type { Atoms } from './atoms.js';

const C = {
  bias: 1, lower: 2, lemma: 3, pos: 4, shape: 5, suffix: 6, lowerP1: 7, lowerN1: 8, lowerP2: 9, lowerN2: 10,
  posP1: 11, posN1: 12, posP2: 13, posN2: 14, posPC: 15, posCN: 16, lemmaNext: 17, prevLemma: 18, lexPos: 19,
  clauseAhead: 20, quotedPos: 21, position: 22, lemmaPos: 23, capsPos: 24, punctAround: 25, lemmaQuoted: 26,
  posTriple: 27, lexNext: 28, lexPrev: 29, lexPrev2: 30, subject: 31, unitQuoted: 34,
  lemmaNextPos: 35, prevLowerPos: 36,
} as const;

/** POS tags skipped when looking for the word a cue verb leans on ("has also said"). */
const SKIP_POS = new Set(['ADV', 'AUX', 'PART']);

const R = {
  side: 101, sidePos: 102, sideLower: 103, sideDistPos: 104, sidePosPrev: 105, sidePosNext: 106,
  sideLowerPrev: 107, sideLowerNext: 108, sideCue: 109, sideCuePos: 110, commas: 111, quotes: 112,
  clauseBetween: 113, finiteBetween: 114, edge: 115, sideShape: 116, otherCue: 117, cueFirst: 118,
  adjacent: 119, sideLemma: 120, commasPos: 121, quotedDist: 122, sidePunct: 123, colonBetween: 124,
  finalBetween: 125, cueQuoted: 126, boundaryBetween: 127,
} as const;

const at = (arr: Uint32Array, i: number, first: number, last: number) => (i < first ? BEFORE : i >= last ? AFTER : arr[i]!);

function bucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 12 ? 6 : d <= 20 ? 7 : 8;
}

/** Cue-tagger keys of token i in the unit [first, last), appended to out. */
export function cueKeys(a: Atoms, i: number, first: number, last: number, out: number[]): void {
  const pos = a.pos[i]!;
  const lemma = a.lemma[i]!;
  const lex = a.lexicon[i]!;
  const lowerP1 = at(a.lower, i - 1, first, last);
  const lowerN1 = at(a.lower, i + 1, first, last);
  const posP1 = at(a.pos, i - 1, first, last);
  const posN1 = at(a.pos, i + 1, first, last);
  out.push(key1(C.bias, 0), key1(C.lower, a.lower[i]!), key1(C.lemma, lemma), key1(C.pos, pos), key1(C.shape, a.shape[i]!),
    key1(C.suffix, a.suffix[i]!), key1(C.lowerP1, lowerP1), key1(C.lowerN1, lowerN1), key1(C.lowerP2, at(a.lower, i - 2, first, last)),
    key1(C.lowerN2, at(a.lower, i + 2, first, last)), key1(C.posP1, posP1), key1(C.posN1, posN1), key1(C.posP2, at(a.pos, i - 2, first, last)),
    key1(C.posN2, at(a.pos, i + 2, first, last)), key2(C.posPC, posP1, pos), key2(C.posCN, pos, posN1),
    key2(C.lemmaNext, lemma, lowerN1), key2(C.prevLemma, lowerP1, lemma), key2(C.lexPos, lex, pos),
    key2(C.quotedPos, a.quoted[i]!, pos), key2(C.lemmaPos, lemma, pos), key2(C.lemmaQuoted, lemma, a.quoted[i]!),
    key3(C.posTriple, posP1, pos, posN1), key2(C.lexNext, lexAt(a, i + 1, first, last), pos), key2(C.lexPrev, lexAt(a, i - 1, first, last), pos),
    key2(C.lexPrev2, lexAt(a, i - 2, first, last), lexAt(a, i + 2, first, last)),
    key2(C.position, Math.min(i - first, 6), Math.min(last - 1 - i, 6)),
    key2(C.punctAround, i > first ? a.punct[i - 1]! : 9, i + 1 < last ? a.punct[i + 1]! : 9));
  let ahead = 0;
  for (let k = i + 1; k < Math.min(last, i + 4); k++) {
    if (a.clauseOpener[k]) ahead |= 1;
    if (a.punct[k] === 2) ahead |= 2;
    if (a.quoteMark[k]) ahead |= 4;
  }
  out.push(key2(C.clauseAhead, ahead, pos), key2(C.lemmaNextPos, lemma, posN1), key2(C.prevLowerPos, lowerP1, pos));
  // the subject-ish word before the verb chain: "officials (have long) said"
  let s = i - 1;
  while (s >= first && SKIP_POS.has(a.posName[s]!)) s--;
  out.push(key3(C.subject, lex, pos, s >= first ? a.pos[s]! : BEFORE), key2(C.unitQuoted, a.unitQuoted[i]!, pos));
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
  /** Other cues of the unit as token ranges (to know when one lies between). */
  others: Array<[number, number]>;
}

/** Role-tagger keys of token i (outside the cue) for the cue `cue`, in the unit [first, last). */
export function roleKeys(a: Atoms, i: number, first: number, last: number, cue: CueView, out: number[]): void {
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
  out.push(key1(R.side, side * 16 + d), key2(R.sidePos, side, pos), key2(R.sideLower, side, a.lower[i]!),
    key3(R.sideDistPos, side, d, pos), key3(R.sidePosPrev, side, posP1, pos), key3(R.sidePosNext, side, pos, posN1),
    key2(R.sideLowerPrev, side, at(a.lower, i - 1, first, last)), key2(R.sideLowerNext, side, at(a.lower, i + 1, first, last)), key3(R.sideCue, side, cue.head, Math.min(d, 3)),
    key3(R.sideCuePos, side, cue.head, pos), key2(R.commas, side, c * 8 + Math.min(d, 5)), key3(R.commasPos, side, c, pos),
    key3(R.quotes, side, Math.min(quotes, 2), a.quoted[i]!), key3(R.clauseBetween, side, clause, Math.min(d, 4)),
    key3(R.finiteBetween, side, Math.min(finite, 2), pos), key2(R.edge, side, (i === first ? 1 : 0) + (i === last - 1 ? 2 : 0)),
    key2(R.sideShape, side, a.shape[i]!), key2(R.otherCue, side, other), key3(R.cueFirst, side, cue.firstWord, Math.min(d, 3)),
    key2(R.adjacent, side, dist === 1 ? a.lower[i]! : 0), key3(R.sideLemma, side, a.lemma[i]!, Math.min(d, 3)),
    key3(R.quotedDist, side, a.quoted[i]!, d), key3(R.sidePunct, side, a.punct[i]!, d), key2(R.colonBetween, side, colon),
    key2(R.finalBetween, side, final), key3(R.boundaryBetween, side, boundary, pos), key3(R.cueQuoted, side, a.quoted[cue.start]!, a.quoted[i]!));
}
