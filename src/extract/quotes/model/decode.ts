/** Exact first-order Viterbi over a small tag set with a table of allowed transitions. */

/**
 * emissions: n * T (token-major); transitions and allowed: (T + 1) * T, row 0 = from the
 * unit start. Returns the best allowed tag sequence.
 */
export function viterbi(emissions: Float32Array | Float64Array, transitions: ArrayLike<number>, allowed: Uint8Array, n: number, T: number): Int32Array {
  const best = new Int32Array(n);
  if (n === 0) return best;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = allowed[t] ? emissions[t]! + transitions[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    for (let t = 0; t < T; t++) {
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const idx = (p + 1) * T + t;
        if (!allowed[idx]) continue;
        const s = score[base - T + p]! + transitions[idx]!;
        if (s > top) [top, arg] = [s, p];
      }
      score[base + t] = top + emissions[base + t]!;
      back[base + t] = arg;
    }
  }
  let top = -Infinity;
  for (let t = 0; t < T; t++) if (score[(n - 1) * T + t]! > top) [top, best[n - 1]] = [score[(n - 1) * T + t]!, t];
  for (let i = n - 1; i > 0; i--) best[i - 1] = back[i * T + best[i]!]!;
  return best;
}
