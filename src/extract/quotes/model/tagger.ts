/**
 * Tagging one reading unit: cues first (BIO), then, for each cue, its source and content
 * (BIO over the unit's other tokens, the cue's own tokens forced to X). Shared by training
 * (with the weights being learned) and the product (with the loaded model).
 */
import type { Token } from '../../../model/document.js';
import type { Atoms } from './atoms.js';
import { cueKeys, MAX_KEYS, roleKeys, type CueView } from './features.js';
import { viterbi } from './decode.js';
import { CUE, CUE_ALLOWED, CUE_TAGS, ROLE, ROLE_ALLOWED, ROLE_TAGS, spansOf } from './tags.js';

/** Anything that scores feature keys per tag: the loaded model or the weights in training. */
export interface Scorer {
  tags: number;
  transitions: ArrayLike<number>;
  /** Add the rows of keys[0 .. count) (default: all) into out[offset .. offset + tags). */
  add(keys: ArrayLike<number>, out: Float32Array, offset: number, count?: number): void;
}

export type TokenRange = [number, number];

export function unitCueKeys(a: Atoms, first: number, last: number): number[][] {
  const out: number[][] = [];
  for (let i = first; i < last; i++) {
    const keys: number[] = [];
    cueKeys(a, i, first, last, keys);
    out.push(keys);
  }
  return out;
}

/** Cue tags of a unit, scoring keys as they are made (the product's path: no key lists kept). */
export function tagUnitCues(scorer: Scorer, a: Atoms, first: number, last: number, settled?: (token: number) => boolean): Int32Array {
  const n = last - first;
  const em = new Float32Array(n * CUE_TAGS);
  const keys = new Int32Array(MAX_KEYS);
  let open = 0;
  for (let i = 0; i < n; i++) {
    // a token the caller has settled (inside a rule attribution) is O, unscored (WHY: speed)
    if (settled?.(first + i)) {
      em[i * CUE_TAGS + CUE.B] = -1e9;
      em[i * CUE_TAGS + CUE.I] = -1e9;
      continue;
    }
    open++;
    scorer.add(keys, em, i * CUE_TAGS, cueKeys(a, first + i, first, last, keys));
  }
  return open ? viterbi(em, scorer.transitions, CUE_ALLOWED, n, CUE_TAGS) : new Int32Array(n);
}

/** Role tags of a unit for one cue, scoring keys as they are made. */
export function tagUnitRoles(scorer: Scorer, a: Atoms, first: number, last: number, cue: CueView): Int32Array {
  const n = last - first;
  const T = ROLE_TAGS;
  const em = new Float32Array(n * T);
  const keys = new Int32Array(MAX_KEYS);
  for (let i = 0; i < n; i++) {
    const k = first + i;
    const inCue = k >= cue.start && k < cue.end;
    if (!inCue) scorer.add(keys, em, i * T, roleKeys(a, k, first, last, cue, keys));
    for (let t = 0; t < T; t++) if ((t === ROLE.X) !== inCue) em[i * T + t] = -1e9;
  }
  return viterbi(em, scorer.transitions, ROLE_ALLOWED, n, T);
}

export function decodeCues(scorer: Scorer, keys: number[][]): Int32Array {
  const n = keys.length;
  const em = new Float32Array(n * CUE_TAGS);
  for (let i = 0; i < n; i++) scorer.add(keys[i]!, em, i * CUE_TAGS);
  return viterbi(em, scorer.transitions, CUE_ALLOWED, n, CUE_TAGS);
}

export function cueSpans(tags: Int32Array, first: number): TokenRange[] {
  return spansOf(tags, CUE.B, CUE.I, first);
}

/** The cue as the role tagger sees it; `head` is its last lexicon word or verb (its last word otherwise). */
export function cueView(a: Atoms, tokens: Token[], cue: TokenRange, all: TokenRange[]): CueView {
  let head = cue[1] - 1;
  for (let k = cue[1] - 1; k >= cue[0]; k--) {
    if (a.lexicon[k] || tokens[k]!.pos === 'VERB') {
      head = k;
      break;
    }
  }
  return { start: cue[0], end: cue[1], head: a.lemma[head]!, firstWord: a.lower[cue[0]]!, headCluster: a.cluster?.[head] ?? 0, others: all.filter((c) => c !== cue) };
}

/** Role keys per token of the unit (empty for the cue's own tokens). */
export function unitRoleKeys(a: Atoms, first: number, last: number, cue: CueView): number[][] {
  const out: number[][] = [];
  for (let i = first; i < last; i++) {
    const keys: number[] = [];
    if (i < cue.start || i >= cue.end) roleKeys(a, i, first, last, cue, keys);
    out.push(keys);
  }
  return out;
}

export function decodeRoles(scorer: Scorer, keys: number[][], first: number, cue: CueView): Int32Array {
  const n = keys.length;
  const T = ROLE_TAGS;
  const em = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    const inCue = first + i >= cue.start && first + i < cue.end;
    if (!inCue) scorer.add(keys[i]!, em, i * T);
    // the cue's tokens are X and only they are: the tagger decides the rest
    for (let t = 0; t < T; t++) if ((t === ROLE.X) !== inCue) em[i * T + t] = -1e9;
  }
  return viterbi(em, scorer.transitions, ROLE_ALLOWED, n, T);
}

/**
 * Source and content extents (first to last tagged token) from role tags. Content tagged
 * on both sides of a cue with no source between is one clause read twice ("The mayor was
 * worried that ..."): a short verbless left part is the source, else the right part wins.
 */
export function roleExtents(tags: Int32Array, first: number, tokens: Token[], cue: TokenRange): { source: TokenRange | null; content: TokenRange | null } {
  const sources = spansOf(tags, ROLE.BS, ROLE.IS, first);
  let contents = spansOf(tags, ROLE.BC, ROLE.IC, first);
  const left = contents.filter((c) => c[1] <= cue[0]);
  const right = contents.filter((c) => c[0] >= cue[1]);
  if (left.length && right.length && !sources.length) {
    const l: TokenRange = [left[0]![0], left[left.length - 1]![1]];
    const verbless = l[1] - l[0] <= 12 && !tokens.slice(l[0], l[1]).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',');
    if (verbless) sources.push(l);
    contents = right;
  }
  const extent = (spans: TokenRange[]): TokenRange | null => (spans.length ? [spans[0]![0], spans[spans.length - 1]![1]] : null);
  return { source: extent(sources), content: extent(contents) };
}
