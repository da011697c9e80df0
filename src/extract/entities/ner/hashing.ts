/**
 * Features as 30-bit integer keys instead of "template=value" strings: a key mixes a template
 * id with the hashes of its values. WHY: building and hashing ~40 fresh strings per token was
 * most of the tagging time; integer keys need no allocation and index a Map of small integers.
 * Collisions (~1 in 10^4 features for a few hundred thousand keys) only merge two rare features.
 */

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** FNV-1a of s.slice(from, to) without building the slice. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x01000193);
  return Math.imul(h ^ (h >>> 15), 0x85ebca6b);
}

export function finish(h: number): number {
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & 0x3fffffff;
}

export function key1(template: number, a: number): number {
  return finish(mix(template * 0x9e3779b1, a));
}
export function key2(template: number, a: number, b: number): number {
  return finish(mix(mix(template * 0x9e3779b1, a), b));
}
export function key3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(template * 0x9e3779b1, a), b), c));
}

/** Template ids: never renumber (a model's keys depend on them); add new ones at the end. */
export const F = {
  bias: 1, word: 2, lower: 3, shape: 4, longShape: 5, prefix: 6, suffix: 10, casing: 14,
  trainWord: 15, trainWordShape: 16, extWord: 17, extWordShape: 18, cluster: 19,
  lowerPrev: 22, lowerNext: 23, lowerPrev2: 24, lowerNext2: 25, shapePrev: 26, shapeNext: 27,
  shapePrevCur: 28, shapeCurNext: 29, shapeTriple: 30, lowerPrevCur: 31, lowerCurNext: 32,
  first: 33, firstShape: 34, headline: 35, headlineLower: 36, headlinePrev: 37, headlineNext: 38,
  trainPhrase: 39, extPhrase: 40, extPhraseShape: 41, clusterPrev: 42, clusterNext: 43, earlierLabel: 44,
  aggregatedBefore: 45, aggregatedAfter: 46,
} as const;

/** Stand-in hashes for positions outside the sentence. */
export const BEFORE = hashString('<s>');
export const AFTER = hashString('</s>');
