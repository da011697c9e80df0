import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeHyphenated, tagWithOffsets, type OffsetToken } from '../../src/extract/entities/ner/joined-tokens.js';

/** Tokens of `text` split at spaces and around hyphens, with offsets, as a segmenter would give. */
function tokensOf(text: string): OffsetToken[] {
  return [...text.matchAll(/[^\s-]+|-/g)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

test('hyphen-joined pieces merge; a spaced dash does not', () => {
  assert.deepEqual(mergeHyphenated(tokensOf('Hayat Tahrir al-Sham fighters')).texts, ['Hayat', 'Tahrir', 'al-Sham', 'fighters']);
  assert.deepEqual(mergeHyphenated(tokensOf('KABUL - Troops left')).texts, ['KABUL', '-', 'Troops', 'left']);
  assert.deepEqual(mergeHyphenated(tokensOf('a long-term cease-fire')).texts, ['a', 'long-term', 'cease-fire']);
  assert.deepEqual(mergeHyphenated(tokensOf('Ban Ki-moon-led talks')).texts, ['Ban', 'Ki-moon', '-', 'led', 'talks']);
});

test('spans over merged words map back onto the original tokens', () => {
  const tokens = tokensOf('Fighters of Hayat Tahrir al-Sham left');
  const spans = tagWithOffsets([tokens], (sentences) => {
    assert.deepEqual(sentences[0], ['Fighters', 'of', 'Hayat', 'Tahrir', 'al-Sham', 'left']);
    return [{ sentence: 0, start: 2, end: 5, label: 'ORG' }];
  });
  assert.deepEqual(spans, [{ sentence: 0, start: 2, end: 7, label: 'ORG' }]);
  assert.equal(tokens.slice(2, 7).map((t) => t.text).join(' '), 'Hayat Tahrir al - Sham');
});

test('modifier suffixes ("Britain-based", "Saudi-led") stay apart: the name before them is the entity', () => {
  assert.deepEqual(mergeHyphenated(tokensOf('a Britain-based monitor and Saudi-led forces in Port-au-Prince')).texts,
    ['a', 'Britain', '-', 'based', 'monitor', 'and', 'Saudi', '-', 'led', 'forces', 'in', 'Port-au-Prince']);
});
