/** The extraction eval's metric, replicated from the benchmark's evaluate.py, on cases worked by hand. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchmarkScores, shingleMatch } from '../../eval/extraction.js';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('identical bodies score 1; punctuation and spacing do not matter, case does', () => {
  assert.deepEqual(shingleMatch('one two three four five', 'one, two  three\nfour five.'), [1, 0, 0]);
  const [tp, fp, fn] = shingleMatch('One two three four', 'one two three four');
  assert.deepEqual([tp, fp, fn], [0, 0.5, 0.5]);
});

test('4-token shingles, normalised per page: one extra word at the end adds one false shingle', () => {
  // gold: a b c d e -> 2 shingles; predicted: a b c d e f -> 3 shingles, 2 shared
  const [tp, fp, fn] = shingleMatch('a b c d e', 'a b c d e f');
  close(tp, 2 / 3);
  close(fp, 1 / 3);
  close(fn, 0);
});

test('a text shorter than 4 tokens is one short shingle; an empty prediction has zero precision weight', () => {
  assert.deepEqual(shingleMatch('a b', 'a b'), [1, 0, 0]);
  assert.deepEqual(shingleMatch('a b c d', ''), [0, 0, 1]);
});

test('precision and recall are averaged over pages, F1 from the averages', () => {
  const s = benchmarkScores([[1, 0, 0], [0.5, 0.5, 0], [0, 0, 1]]);
  // precision: pages with tp+fp>0 -> (1 + 0.5) / 2; recall: pages with tp+fn>0 -> (1 + 1 + 0) / 3
  close(s.precision, 0.75);
  close(s.recall, 2 / 3);
  close(s.f1, (2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
});
