import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docFacts, isHeadline, longShape, sentenceKeys, shortShape } from '../../src/extract/entities/ner/features.js';
import { F, hashRange, hashString, key1 } from '../../src/extract/entities/ner/hashing.js';
import { addName, emptyGazetteer, matchPhrases, parseGazetteer, serializeGazetteer } from '../../src/extract/entities/ner/gazetteer.js';

test('word shapes collapse runs (short) or keep up to four of each run (long)', () => {
  assert.equal(shortShape('Okonjo'), 'Xx');
  assert.equal(shortShape('1996-08-22'), 'd-d-d');
  assert.equal(longShape('NATO'), 'XXXX');
  assert.equal(longShape('Jalālābād'), 'Xxxxx');
});

test('all-caps lines are headlines; casing elsewhere in the document is remembered away from sentence starts', () => {
  const doc = [['FLOODS', 'HIT', 'LAGOS'], ['Heavy', 'rain', 'hit', 'Lagos', 'on', 'Monday'], ['Rain', 'fell', 'again']];
  assert.equal(isHeadline(doc[0]!), true);
  assert.equal(isHeadline(doc[1]!), false);
  const facts = docFacts(doc);
  assert.equal(facts.casing.get('lagos'), 1); // capitalised mid-sentence
  assert.equal(facts.casing.get('rain'), 2); // lower-case mid-sentence; "Rain" at a start does not count
  assert.equal(facts.casing.get('floods'), undefined); // headline words are not evidence
});

test('gazetteer matching is longest-first and case-insensitive; it round-trips through its text form', () => {
  const gaz = emptyGazetteer();
  addName(gaz, ['New', 'York'], 'LOC');
  addName(gaz, ['New', 'York', 'Times'], 'ORG');
  addName(gaz, ['York'], 'LOC');
  const lower = 'the new york times said new york was cold'.split(' ');
  assert.deepEqual(matchPhrases(gaz, lower), [{ start: 1, end: 4, mask: 2 }, { start: 5, end: 7, mask: 4 }]);
  const again = parseGazetteer(serializeGazetteer(gaz));
  assert.deepEqual(matchPhrases(again, lower), matchPhrases(gaz, lower));
});

test('features see the word, its neighbours and its gazetteer position', () => {
  const gaz = emptyGazetteer();
  addName(gaz, ['Amina', 'Okonjo'], 'PER');
  const doc = [['Amina', 'Okonjo', 'spoke']];
  const [first, second, third] = sentenceKeys(doc, 0, docFacts(doc), { trainGaz: emptyGazetteer(), extGaz: gaz });
  assert.ok(first!.includes(key1(F.word, hashString('Amina'))));
  assert.ok(first!.includes(key1(F.first, 0)) && !second!.includes(key1(F.first, 0)));
  assert.ok(first!.includes(key1(F.lowerNext, hashString('okonjo'))));
  assert.ok(second!.includes(key1(F.suffix + 2, hashString('njo'))));
  const perMask = 1;
  assert.ok(first!.includes(key1(F.extPhrase, 1 + 4 * perMask + 0)) && second!.includes(key1(F.extPhrase, 1 + 4 * perMask + 2)));
  assert.ok(!third!.some((k) => k === key1(F.extPhrase, 1 + 4 * perMask + 2)));
});

test('feature keys are 30-bit integers and differ by template and value', () => {
  const a = key1(F.lowerPrev, hashString('paris'));
  assert.ok(Number.isInteger(a) && a >= 0 && a < 2 ** 30);
  assert.notEqual(a, key1(F.lowerNext, hashString('paris')));
  assert.notEqual(a, key1(F.lowerPrev, hashString('rome')));
  assert.equal(hashRange('Okonjo', 3, 6), hashString('njo'));
});
