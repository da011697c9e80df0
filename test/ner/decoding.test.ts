import { test } from 'node:test';
import assert from 'node:assert/strict';
import { viterbi } from '../../src/extract/entities/ner/viterbi.js';
import { allowedEnd, allowedTransition, tagName, tagOf, Pos, TAG_COUNT, O_TAG } from '../../src/extract/entities/ner/labels.js';

const T = TAG_COUNT;

/** Brute force over all tag sequences: the reference Viterbi must match. */
function bruteForce(em: Float32Array, tr: Float32Array, n: number): { tags: number[]; score: number } {
  let best = { tags: [] as number[], score: -Infinity };
  const walk = (i: number, tags: number[], score: number) => {
    if (i === n) {
      if (allowedEnd(tags[n - 1]!) && score > best.score) best = { tags: [...tags], score };
      return;
    }
    const prev = i === 0 ? -1 : tags[i - 1]!;
    for (let t = 0; t < T; t++) {
      if (!allowedTransition(prev, t)) continue;
      tags.push(t);
      walk(i + 1, tags, score + em[i * T + t]! + tr[(prev + 1) * T + t]!);
      tags.pop();
    }
  };
  walk(0, [], 0);
  return best;
}

test('Viterbi finds the best valid BILOU sequence (checked by brute force on random scores)', () => {
  let seed = 3;
  const rand = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  for (let round = 0; round < 5; round++) {
    const n = 3;
    const em = Float32Array.from({ length: n * T }, rand);
    const tr = Float32Array.from({ length: (T + 1) * T }, rand);
    const got = Array.from(viterbi(em, tr, n));
    assert.deepEqual(got.map(tagName), bruteForce(em, tr, n).tags.map(tagName));
  }
});

test('Viterbi never outputs an unclosed name even when emissions prefer one', () => {
  const n = 2;
  const em = new Float32Array(n * T);
  em[tagOf('ORG', Pos.B)] = 5; // token 0 wants B-ORG
  em[T + O_TAG] = 5; // token 1 wants O: B-ORG O is invalid
  const tags = Array.from(viterbi(em, new Float32Array((T + 1) * T), n));
  for (let i = 1; i < n; i++) assert.ok(allowedTransition(tags[i - 1]!, tags[i]!));
  assert.ok(allowedEnd(tags[n - 1]!));
});
