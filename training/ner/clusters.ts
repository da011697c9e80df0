/**
 * Distributional word clusters from unlabelled text (a cheap stand-in for Brown clusters):
 * each frequent word form is described by PPMI-weighted counts of its left and right
 * neighbours (among the most frequent lower-cased words), randomly projected to a few dozen
 * dimensions, then split by hierarchical k-means into a tree. A word's cluster is its path,
 * "a.b.c", so features can use coarse and fine prefixes. Deterministic (seeded).
 */
export interface ClusterOptions {
  minCount: number;
  contextWords: number;
  dims: number;
  branching: number[];
  iterations: number;
  seed: number;
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function buildClusters(sentences: string[][], o: ClusterOptions): Map<string, string> {
  const counts = new Map<string, number>();
  const lowerCounts = new Map<string, number>();
  for (const s of sentences) for (const w of s) {
    counts.set(w, (counts.get(w) ?? 0) + 1);
    const l = w.toLowerCase();
    lowerCounts.set(l, (lowerCounts.get(l) ?? 0) + 1);
  }
  const words = [...counts].filter(([, c]) => c >= o.minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const contexts = [...lowerCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, o.contextWords).map(([w]) => w);
  const contextIndex = new Map(contexts.map((w, i) => [w, i]));
  const C = 2 * o.contextWords + 2; // left, right, plus "other" buckets for each side
  const cooc = new Float32Array(words.length * C);
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const row = wordIndex.get(s[i]!);
      if (row === undefined) continue;
      const left = i > 0 ? contextIndex.get(s[i - 1]!.toLowerCase()) ?? o.contextWords : o.contextWords;
      const right = i + 1 < s.length ? contextIndex.get(s[i + 1]!.toLowerCase()) ?? o.contextWords : o.contextWords;
      cooc[row * C + left]++;
      cooc[row * C + o.contextWords + 1 + right]++;
    }
  }
  const vectors = project(ppmi(cooc, words.length, C), words.length, C, o.dims, rng(o.seed));
  const paths = new Array<string>(words.length).fill('');
  splitRecursively(vectors, o.dims, words.map((_, i) => i), o.branching, 0, '', paths, o, rng(o.seed + 1));
  return new Map(words.map((w, i) => [w, paths[i]!]));
}

function ppmi(cooc: Float32Array, rows: number, cols: number): Float32Array {
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(cols);
  let total = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const v = cooc[r * cols + c]!;
    rowSum[r] += v;
    colSum[c] += v;
    total += v;
  }
  const out = new Float32Array(cooc.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    const v = cooc[r * cols + c]!;
    if (v > 0) out[r * cols + c] = Math.max(0, Math.log((v * total) / (rowSum[r]! * colSum[c]!)));
  }
  return out;
}

/** Gaussian-ish random projection, then unit length (so k-means compares directions). */
function project(m: Float32Array, rows: number, cols: number, dims: number, next: () => number): Float32Array {
  const r = Float32Array.from({ length: cols * dims }, () => next() + next() + next() - 1.5);
  const out = new Float32Array(rows * dims);
  for (let i = 0; i < rows; i++) {
    for (let c = 0; c < cols; c++) {
      const v = m[i * cols + c]!;
      if (v === 0) continue;
      for (let d = 0; d < dims; d++) out[i * dims + d] += v * r[c * dims + d]!;
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += out[i * dims + d]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) out[i * dims + d] /= norm;
  }
  return out;
}

function splitRecursively(v: Float32Array, dims: number, members: number[], branching: number[], level: number, prefix: string, paths: string[], o: ClusterOptions, next: () => number): void {
  if (level >= branching.length || members.length === 0) return;
  const k = Math.min(branching[level]!, members.length);
  const assign = kmeans(v, dims, members, k, o.iterations, next);
  for (let c = 0; c < k; c++) {
    const group = members.filter((_, i) => assign[i] === c);
    const path = prefix ? `${prefix}.${c}` : String(c);
    for (const m of group) paths[m] = path;
    splitRecursively(v, dims, group, branching, level + 1, path, paths, o, next);
  }
}

function kmeans(v: Float32Array, dims: number, members: number[], k: number, iterations: number, next: () => number): Int32Array {
  const centroids = new Float32Array(k * dims);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let m = Math.floor(next() * members.length);
    while (picked.has(m)) m = (m + 1) % members.length;
    picked.add(m);
    centroids.set(v.subarray(members[m]! * dims, members[m]! * dims + dims), c * dims);
  }
  const assign = new Int32Array(members.length);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < members.length; i++) {
      const base = members[i]! * dims;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += v[base + d]! * centroids[c * dims + d]!;
        if (dot > bestDot) [best, bestDot] = [c, dot];
      }
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < members.length; i++) for (let d = 0; d < dims; d++) centroids[assign[i]! * dims + d] += v[members[i]! * dims + d]!;
    // Spherical k-means: unit centroids, else big clusters win every dot product and swallow all.
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
  }
  return assign;
}
