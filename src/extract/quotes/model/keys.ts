/**
 * The feature keys of entities/ner/hashing.ts (key1/key2/key3), bit for bit, computed faster
 * for the quotes taggers' hot loop. WHY: hashing.ts multiplies the template id into a double
 * above 2^32 and its callers pass unsigned hashes above 2^31, so every mix step converts
 * doubles to int32; here the template's seed is converted once (`seed`), and the atoms hold
 * their hashes as int32 (the same bits: `^` reads both the same way). The model's keys do
 * not change (test/quotes/keys.test.ts checks it against hashing.ts).
 */
import { finish, mix } from '../../entities/ner/hashing.js';

/** A template id's starting hash, as hashing.ts's key functions begin it. */
export function seed(template: number): number {
  return (template * 0x9e3779b1) | 0;
}


/** = hashing.ts key1(template, a) when s = seed(template). */
export function k1(s: number, a: number): number {
  return finish(mix(s, a));
}
/** = hashing.ts key2(template, a, b) when s = seed(template). */
export function k2(s: number, a: number, b: number): number {
  return finish(mix(mix(s, a), b));
}
/** = hashing.ts key3(template, a, b, c) when s = seed(template). */
export function k3(s: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(s, a), b), c));
}
