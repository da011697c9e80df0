/**
 * Exact first-order decoding over BILOU tags with the transition constraints built in
 * (an I- can only follow a B- or I- of its type, ...), so every output is a valid span set.
 */
import { allowedEnd, allowedTransition, TAG_COUNT } from './labels.js';

const T = TAG_COUNT;
/** ALLOWED[(prev + 1) * T + next]: prev = -1 is the sentence start. */
const ALLOWED = new Uint8Array((T + 1) * T);
for (let p = -1; p < T; p++) for (let t = 0; t < T; t++) ALLOWED[(p + 1) * T + t] = allowedTransition(p, t) ? 1 : 0;
/** For each tag, the tags allowed before it (WHY: I-/L- have 2 of 17, so the inner loop shrinks ~3x). */
const PREDECESSORS: Int32Array[] = Array.from({ length: T }, (_, t) => {
  const list: number[] = [];
  for (let p = 0; p < T; p++) if (allowedTransition(p, t)) list.push(p);
  return Int32Array.from(list);
});
const ENDS = new Uint8Array(T);
for (let t = 0; t < T; t++) ENDS[t] = allowedEnd(t) ? 1 : 0;

/**
 * emissions: n * T scores (token-major). transitions: (T + 1) * T, row 0 = from start,
 * row p + 1 = from tag p. Returns the best tag per token.
 */
export function viterbi(emissions: Float32Array, transitions: Float32Array, n: number): Int32Array {
  const best = new Int32Array(n);
  if (n === 0) return best;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = ALLOWED[t] ? emissions[t]! + transitions[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prevBase = base - T;
    for (let t = 0; t < T; t++) {
      let top = -Infinity;
      let arg = 0;
      const preds = PREDECESSORS[t]!;
      for (let j = 0; j < preds.length; j++) {
        const p = preds[j]!;
        const s = score[prevBase + p]! + transitions[(p + 1) * T + t]!;
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      score[base + t] = top + emissions[base + t]!;
      back[base + t] = arg;
    }
  }
  let top = -Infinity;
  let arg = 0;
  const lastBase = (n - 1) * T;
  for (let t = 0; t < T; t++) if (ENDS[t] && score[lastBase + t]! > top) [top, arg] = [score[lastBase + t]!, t];
  best[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) best[i - 1] = back[i * T + best[i]!]!;
  return best;
}
