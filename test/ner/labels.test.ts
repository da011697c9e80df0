import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allowedTransition, bilouFromSpans, spansFromBilou, spansFromIob, tagName, tagOf, O_TAG, Pos, TAG_COUNT,
  type TokenSpan,
} from '../../src/extract/entities/ner/labels.js';

test('BILOU tags from spans: single tokens are U, longer spans B I* L', () => {
  const spans: TokenSpan[] = [{ start: 0, end: 1, label: 'PER' }, { start: 2, end: 5, label: 'ORG' }];
  assert.deepEqual(bilouFromSpans(6, spans).map(tagName), ['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
});

test('spans survive a BILOU round trip', () => {
  const spans: TokenSpan[] = [
    { start: 1, end: 3, label: 'LOC' }, { start: 3, end: 4, label: 'LOC' }, { start: 6, end: 9, label: 'MISC' },
  ];
  assert.deepEqual(spansFromBilou(bilouFromSpans(10, spans)), spans);
});

test('IOB1 (CoNLL-2003): I- opens a chunk after O, B- splits two adjacent chunks of one type', () => {
  const tags = ['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG', 'I-MISC'];
  assert.deepEqual(spansFromIob(tags), [
    { start: 0, end: 2, label: 'PER' }, { start: 3, end: 4, label: 'LOC' }, { start: 4, end: 5, label: 'LOC' },
    { start: 5, end: 6, label: 'ORG' }, { start: 6, end: 7, label: 'MISC' },
  ]);
});

test('IOB2 reads the same spans as IOB1 and unknown types can be mapped or dropped', () => {
  assert.deepEqual(spansFromIob(['B-PER', 'I-PER', 'B-PER']), [{ start: 0, end: 2, label: 'PER' }, { start: 2, end: 3, label: 'PER' }]);
  assert.deepEqual(spansFromIob(['B-DATE', 'I-DATE', 'B-GPE'], (t) => (t === 'GPE' ? 'LOC' : null)), [{ start: 2, end: 3, label: 'LOC' }]);
});

test('transition constraints: inside a name only I-/L- of the same type may follow', () => {
  const bPer = tagOf('PER', Pos.B);
  assert.equal(allowedTransition(bPer, tagOf('PER', Pos.L)), true);
  assert.equal(allowedTransition(bPer, tagOf('ORG', Pos.L)), false);
  assert.equal(allowedTransition(bPer, O_TAG), false);
  assert.equal(allowedTransition(-1, tagOf('PER', Pos.I)), false);
  assert.equal(allowedTransition(tagOf('LOC', Pos.U), tagOf('PER', Pos.B)), true);
  assert.equal(TAG_COUNT, 17);
});
