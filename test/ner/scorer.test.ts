import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSpans } from '../../eval/conll.js';
import { spansFromIob } from '../../src/extract/entities/ner/labels.js';

test('exact-span scoring: wrong boundary or wrong type is both a false positive and a false negative', () => {
  const gold = [spansFromIob(['B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'B-LOC'])];
  const pred = [spansFromIob(['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'B-PER'])];
  const s = scoreSpans(gold, pred);
  // gold 3, predicted 3, one exact match (the person)
  assert.equal(s.precision, 0.3333);
  assert.equal(s.recall, 0.3333);
  assert.deepEqual(s.byType.PER, { precision: 0.5, recall: 1, f1: 0.6667 });
  assert.deepEqual(s.byType.LOC, { precision: 0, recall: 0, f1: 0 });
});

test('a perfect tagging scores 1 and an empty one scores 0 recall', () => {
  const gold = [spansFromIob(['I-MISC', 'O', 'I-ORG', 'I-ORG'])];
  assert.equal(scoreSpans(gold, gold).f1, 1);
  assert.equal(scoreSpans(gold, [[]]).recall, 0);
});
