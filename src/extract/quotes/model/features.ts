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
  const lp = (k: number) => at(a.lower, k, first, last);
  const pp = (k: number) => at(a.pos, k, first, last);
  const lex = (k: number) => (k < first || k >= last ? 9 : a.lexicon[k]!);
  out.push(key1(C.bias, 0), key1(C.lower, a.lower[i]!), key1(C.lemma, lemma), key1(C.pos, pos), key1(C.shape, a.shape[i]!),
    key1(C.suffix, a.suffix[i]!), key1(C.lowerP1, lp(i - 1)), key1(C.lowerN1, lp(i + 1)), key1(C.lowerP2, lp(i - 2)),
    key1(C.lowerN2, lp(i + 2)), key1(C.posP1, pp(i - 1)), key1(C.posN1, pp(i + 1)), key1(C.posP2, pp(i - 2)),
    key1(C.posN2, pp(i + 2)), key2(C.posPC, pp(i - 1), pos), key2(C.posCN, pos, pp(i + 1)),
    key2(C.lemmaNext, lemma, lp(i + 1)), key2(C.prevLemma, lp(i - 1), lemma), key2(C.lexPos, a.lexicon[i]!, pos),
    key2(C.quotedPos, a.quoted[i]!, pos), key2(C.lemmaPos, lemma, pos), key2(C.lemmaQuoted, lemma, a.quoted[i]!),
    key3(C.posTriple, pp(i - 1), pos, pp(i + 1)), key2(C.lexNext, lex(i + 1), pos), key2(C.lexPrev, lex(i - 1), pos),
    key2(C.lexPrev2, lex(i - 2), lex(i + 2)),
    key2(C.position, Math.min(i - first, 6), Math.min(last - 1 - i, 6)),
    key2(C.punctAround, i > first ? a.punct[i - 1]! : 9, i + 1 < last ? a.punct[i + 1]! : 9));
  let ahead = 0;
  for (let k = i + 1; k < Math.min(last, i + 4); k++) {
    if (a.clauseOpener[k]) ahead |= 1;
    if (a.punct[k] === 2) ahead |= 2;
    if (a.quoteMark[k]) ahead |= 4;
  }
  out.push(key2(C.clauseAhead, ahead, pos), key2(C.lemmaNextPos, lemma, pp(i + 1)), key2(C.prevLowerPos, lp(i - 1), pos));
  // the subject-ish word before the verb chain: "officials (have long) said"
  let s = i - 1;
  while (s >= first && SKIP_POS.has(posName(a, s))) s--;
  out.push(key3(C.subject, a.lexicon[i]!, pos, s >= first ? a.pos[s]! : BEFORE));
  out.push(key2(C.unitQuoted, a.unitQuoted[i]!, pos));
}

function posName(a: Atoms, k: number): string {
  return a.posName[k]!;
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
  const [lo, hi] = left ? [i + 1, cue.start] : [cue.end, i];
  let commas = 0;
  let quotes = 0;
  let clause = 0;
  let finite = 0;
  let colon = 0;
  let final = 0;
  let boundary = 0;
  for (let k = lo; k < hi; k++) {
    const p = a.posName[k]!;
    // a subordinator or another verb between marks a clause the source does not cross
    if (p === 'SCONJ') boundary |= 1;
    else if (p === 'VERB') boundary |= 2;
    if (a.punct[k] === 1) commas++;
    else if (a.punct[k] === 2) colon = 1;
    else if (a.punct[k] === 3) final = 1;
    if (a.quoteMark[k]) quotes++;
    if (a.clauseOpener[k]) clause = 1;
    finite += a.finite[k]!;
  }
  let other = 0;
  for (const [s, e] of cue.others) if ((left && e <= cue.start && s > i) || (!left && s >= cue.end && e <= i)) other = 1;
  const pos = a.pos[i]!;
  const pp = (k: number) => at(a.pos, k, first, last);
  const lp = (k: number) => at(a.lower, k, first, last);
  const c = Math.min(commas, 3);
  out.push(key1(R.side, side * 16 + d), key2(R.sidePos, side, pos), key2(R.sideLower, side, a.lower[i]!),
    key3(R.sideDistPos, side, d, pos), key3(R.sidePosPrev, side, pp(i - 1), pos), key3(R.sidePosNext, side, pos, pp(i + 1)),
    key2(R.sideLowerPrev, side, lp(i - 1)), key2(R.sideLowerNext, side, lp(i + 1)), key3(R.sideCue, side, cue.head, Math.min(d, 3)),
    key3(R.sideCuePos, side, cue.head, pos), key2(R.commas, side, c * 8 + Math.min(d, 5)), key3(R.commasPos, side, c, pos),
    key3(R.quotes, side, Math.min(quotes, 2), a.quoted[i]!), key3(R.clauseBetween, side, clause, Math.min(d, 4)),
    key3(R.finiteBetween, side, Math.min(finite, 2), pos), key2(R.edge, side, (i === first ? 1 : 0) + (i === last - 1 ? 2 : 0)),
    key2(R.sideShape, side, a.shape[i]!), key2(R.otherCue, side, other), key3(R.cueFirst, side, cue.firstWord, Math.min(d, 3)),
    key2(R.adjacent, side, dist === 1 ? a.lower[i]! : 0), key3(R.sideLemma, side, a.lemma[i]!, Math.min(d, 3)),
    key3(R.quotedDist, side, a.quoted[i]!, d), key3(R.sidePunct, side, a.punct[i]!, d), key2(R.colonBetween, side, colon),
    key2(R.finalBetween, side, final), key3(R.boundaryBetween, side, boundary, pos), key3(R.cueQuoted, side, a.quoted[cue.start]!, a.quoted[i]!));
}
