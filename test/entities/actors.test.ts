import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentOf } from '../../src/analyze.js';
import { actorById, findActorMentions, lookupActor } from '../../src/extract/entities/actors.js';

const found = (text: string) => findActorMentions(documentOf(text)).map((m) => [m.text, m.actor]);
const idOf = (name: string) => lookupActor(name)?.id ?? null;

test('HTS, Hayat Tahrir al-Sham and Tahrir al-Sham are one actor, distinct from the Nusra Front', () => {
  const hts = idOf('Hayat Tahrir al-Sham');
  assert.ok(hts);
  assert.equal(idOf('HTS'), hts);
  assert.equal(idOf('Tahrir al-Sham'), hts);
  assert.equal(idOf("Hay'at Tahrir al-Sham"), hts);
  assert.notEqual(idOf('Nusra Front'), hts);
});

test('an Islamic State province is its own actor, in every composed spelling', () => {
  const is = idOf('Islamic State');
  const sahel = idOf('Islamic State Sahel Province');
  assert.ok(is && sahel && is !== sahel);
  for (const name of ['IS Sahel', 'ISIS Sahel', 'Islamic State in the Greater Sahara', "Islamic State's Sahel Province", 'Daesh Sahel']) {
    assert.equal(idOf(name), sahel, name);
  }
  for (const name of ['ISIS', 'ISIL', 'Daesh', 'IS']) assert.equal(idOf(name), is, name);
  assert.equal(idOf('ISWAP'), idOf('Islamic State West Africa Province'));
  assert.notEqual(idOf('ISWAP'), is);
});

test('the Pakistani Taliban (TTP) is not the Afghan Taliban', () => {
  const ttp = idOf('TTP');
  assert.ok(ttp);
  assert.equal(idOf('Pakistani Taliban'), ttp);
  assert.equal(idOf('Tehrik-i-Taliban Pakistan'), ttp);
  assert.notEqual(idOf('Taliban'), ttp);
  assert.equal(actorById(ttp)?.country, 'PK');
});

test('metonyms map to governments and news agencies are known', () => {
  assert.equal(idOf('the Kremlin'), 'gov:RU');
  assert.equal(actorById('gov:RU')?.kind, 'government');
  assert.equal(idOf('AP'), idOf('Associated Press'));
  assert.equal(actorById(idOf('Reuters')!)?.kind, 'media outlet');
  assert.equal(actorById(idOf('AFP')!)?.kind, 'media outlet');
});

test('matching ignores case and punctuation but not capitals on short acronyms', () => {
  assert.deepEqual(found('Fighters of HAYAT TAHRIR AL SHAM and hay\'at tahrir al-Sham advanced.').map((m) => m[1]), [idOf('HTS'), idOf('HTS')]);
  // "is", "ap", "un" in running text are words, not actors
  assert.deepEqual(found('This is where the un-named ap reporter stood.'), []);
  assert.deepEqual(found('The U.N. and the UN met.').map((m) => m[0]), ['U.N.', 'UN']);
});

test('longest match wins and hyphenated branch names match across tokens', () => {
  const got = found('ISIS-K claimed it; Islamic State West Africa Province (ISWAP) did not.');
  assert.deepEqual(got.map((m) => m[0]), ['ISIS-K', 'Islamic State West Africa Province', 'ISWAP']);
  assert.equal(got[0]![1], idOf('Islamic State Khorasan Province'));
});

test('a lower-case "the" never starts a match, a lone lower-case word never matches', () => {
  assert.deepEqual(found('Reporters from the Associated Press said the army was there.').map((m) => m[0]), ['Associated Press']);
});

test('a one-word acronym inside shouted all-capital text is not an actor', () => {
  assert.deepEqual(found('He wrote: "THE USA IS GREAT!" and left.'), []);
  assert.deepEqual(found('Fighters of HTS and IS clashed.').map((m) => m[0]), ['HTS', 'IS']);
});
