import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviationKey, foldName } from '../../src/extract/places/fold.js';

test('folding drops accents and case so Jalālābād meets Jalalabad', () => {
  assert.equal(foldName('Jalālābād'), foldName('JALALABAD'));
  assert.equal(foldName('Chişinău'), 'chisinau');
  assert.equal(foldName('Łódź'), 'lodz');
  assert.equal(foldName('Tromsø'), 'tromso');
});

test('folding removes apostrophes and dots and treats hyphens as spaces', () => {
  assert.equal(foldName("Sana'a"), foldName('Sanaa'));
  assert.equal(foldName('St. Louis'), 'st louis');
  assert.equal(foldName('Sar-e-Pol'), foldName('Sar e Pol'));
  assert.equal(foldName('  New   York '), 'new york');
});

test('abbreviations keep their dots so "Ill." never meets the word "ill"', () => {
  assert.equal(abbreviationKey('W. Va.'), 'w.va.');
  assert.notEqual(abbreviationKey('Ill.'), foldName('Ill'));
});
