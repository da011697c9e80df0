/**
 * Calendar forms added for TBAQ error causes: spelt-out years, month names in noun phrases,
 * anaphora with "earlier/later that ...". Publication date: Friday 10 March 2023.
 * Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentOf } from '../../src/analyze.js';
import { extractTimes } from '../../src/extract/times/index.js';

function values(text: string, published = '2023-03-10'): Array<[string, string]> {
  return extractTimes(documentOf(text, { published }), {}).map((t) => [t.text, t.value]);
}

test('spelt-out years of transcripts, alone, after a month or a season, and "the year two thousand"', () => {
  assert.deepEqual(values('The mill closed in nineteen eighty-two.'), [['nineteen eighty-two', '1982']]);
  assert.deepEqual(values('Floods came in April nineteen ninety-eight.'), [['April nineteen ninety-eight', '1998-04']]);
  assert.deepEqual(values('Prices last fell this low in the spring of nineteen eighty-six.'), [['the spring of nineteen eighty-six', '1986-SP']]);
  assert.deepEqual(values('The pledge was to halve debt by the year two thousand.'), [['the year two thousand', '2000']]);
});

test('spelt-out numbers that count things are not years', () => {
  assert.deepEqual(values('Two thousand protesters and nineteen officers were there.'), []);
});

test('"March" before "for" is the month after a temporal preposition, the noun after "the"', () => {
  assert.deepEqual(values('The director resigned in March for family reasons.'), [['March', '2023-03']]);
  assert.deepEqual(values('Thousands joined the March for Peace.'), []);
});

test('a month used as a modifier after "the" is still the month ("the October vote")', () => {
  assert.deepEqual(values('Observers criticised the October vote.'), [['October', '2022-10']]);
});

test('a year after a possessive is a year even before a verb-like word', () => {
  assert.deepEqual(values("The loss will appear in the firm's 2022 operating results."), [['2022', '2022']]);
});

test('"earlier/later that day", "that same day" count from the last day named and keep the adverb in the extent', () => {
  assert.deepEqual(values('The envoy arrived on June 3, 2019. Later that day, talks began. That same day, a truce held.'), [
    ['June 3, 2019', '2019-06-03'],
    ['Later that day', '2019-06-03'],
    ['That same day', '2019-06-03'],
  ]);
  assert.deepEqual(values('She left in May 2015 and returned later that year.'), [
    ['May 2015', '2015-05'],
    ['later that year', '2015'],
  ]);
});
