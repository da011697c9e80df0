import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagSentences, type NerSpan } from '../../src/extract/entities/ner/index.js';

/** Sentences written for this test, tokenised by hand. */
const DOC = [
  'Amina Okonjo , a former police commander , told Reuters on Tuesday that the army had withdrawn from Maiduguri .',
  'Okonjo said the United Nations should send food to Nigeria .',
  'The weather was cold and the roads were empty .',
].map((s) => s.split(' '));

function found(spans: NerSpan[], sentence: number, text: string): NerSpan | undefined {
  return spans.find((s) => s.sentence === sentence && DOC[sentence]!.slice(s.start, s.end).join(' ') === text);
}

test('the shipped model tags people, organisations and places in sentences it has never seen', () => {
  const spans = tagSentences(DOC);
  assert.equal(found(spans, 0, 'Amina Okonjo')?.label, 'PER');
  assert.equal(found(spans, 0, 'Reuters')?.label, 'ORG');
  assert.equal(found(spans, 0, 'Maiduguri')?.label, 'LOC');
  assert.equal(found(spans, 1, 'Okonjo')?.label, 'PER');
  assert.equal(found(spans, 1, 'United Nations')?.label, 'ORG');
  assert.equal(found(spans, 1, 'Nigeria')?.label, 'LOC');
  assert.deepEqual(spans.filter((s) => s.sentence === 2), []);
});

test('spans index into the given sentences and tagging is deterministic', () => {
  const spans = tagSentences(DOC);
  for (const s of spans) assert.ok(s.start >= 0 && s.start < s.end && s.end <= DOC[s.sentence]!.length);
  assert.deepEqual(tagSentences(DOC), spans);
  assert.deepEqual(tagSentences([]), []);
  assert.deepEqual(tagSentences([[]]), []);
});

test('curly quotes read as the straight ones the model was trained on', () => {
  const curly = [['Okonjo', '’s', 'party', 'met', 'in', '“', 'Abuja', '”', '.']];
  const straight = [['Okonjo', "'s", 'party', 'met', 'in', '"', 'Abuja', '"', '.']];
  assert.deepEqual(tagSentences(curly), tagSentences(straight));
});
