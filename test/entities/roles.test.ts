import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentOf } from '../../src/analyze.js';
import { entitiesWith } from '../../src/extract/entities/index.js';
import type { NerLabel } from '../../src/extract/entities/ner/index.js';
import { fakeTagger } from './fake-tagger.js';

function rolesOf(text: string, names: Record<string, NerLabel>, who: string): string[] {
  const entities = entitiesWith(documentOf(text), fakeTagger(names));
  const e = entities.find((x) => x.name === who);
  assert.ok(e, `no entity named ${who} in ${JSON.stringify(entities.map((x) => x.name))}`);
  return e.roles;
}

test('an appositive after the name is a role', () => {
  assert.deepEqual(
    rolesOf("Amina Okonjo, a former head of the country's border police, told reporters the camp was full.", { 'Amina Okonjo': 'PER' }, 'Amina Okonjo'),
    ["former head of the country's border police"],
  );
});

test('an appositive ends before a relative clause or a verb', () => {
  assert.deepEqual(rolesOf('Yusuf Dauda, a farmer who lost his home, said the raid lasted hours.', { 'Yusuf Dauda': 'PER' }, 'Yusuf Dauda'), ['farmer']);
});

test('premodifiers before a name are roles, split where a capitalised title begins', () => {
  assert.deepEqual(rolesOf('The attack was confirmed by army spokesman Colonel Idris Bello on Friday.', { 'Idris Bello': 'PER' }, 'Idris Bello'), ['army spokesman', 'Colonel']);
  assert.deepEqual(rolesOf('Supporters of former prime minister Imran Khan marched.', { 'Imran Khan': 'PER' }, 'Imran Khan'), ['former prime minister']);
});

test('titles the tagger kept inside a person span become roles and leave the name', () => {
  assert.deepEqual(rolesOf('Then Colonel Idris Bello spoke.', { 'Colonel Idris Bello': 'PER' }, 'Idris Bello'), ['Colonel']);
});

test("a possessive organisation's spokesman, and an appositive before the name", () => {
  assert.deepEqual(rolesOf("The IOM's spokesman Yusuf Ali said it.", { IOM: 'ORG', 'Yusuf Ali': 'PER' }, 'Yusuf Ali'), ["IOM's spokesman"]);
  assert.deepEqual(rolesOf("The army's spokesman, Idris Bello, said so.", { 'Idris Bello': 'PER' }, 'Idris Bello'), ["army's spokesman"]);
});

test('a group gets the description its appositive gives it', () => {
  const roles = rolesOf('Hayat Tahrir al-Sham, a former al-Qaeda affiliate, took the town.', { 'Hayat Tahrir al-Sham': 'ORG' }, 'Hayat Tahrir al-Sham');
  assert.deepEqual(roles, ['former al-Qaeda affiliate']);
});

test('no role from a list of names, a verb, or a place after a comma', () => {
  assert.deepEqual(rolesOf('Amina Okonjo, Idris Bello and others met.', { 'Amina Okonjo': 'PER', 'Idris Bello': 'PER' }, 'Amina Okonjo'), []);
  assert.deepEqual(rolesOf('Police told Amina Okonjo to leave.', { 'Amina Okonjo': 'PER' }, 'Amina Okonjo'), []);
});

test('descriptions whose head is not a role are not roles', () => {
  assert.deepEqual(rolesOf('Reuters, other outlets and the BBC reported it.', { Reuters: 'ORG', BBC: 'ORG' }, 'Reuters'), []);
  assert.deepEqual(rolesOf('Reuters, a news agency based in London, reported it.', { Reuters: 'ORG', London: 'LOC' }, 'Reuters'), ['news agency']);
});

test('time words end a premodifier run, and a title alone is not a person', () => {
  assert.deepEqual(rolesOf('Last year US President Joe Biden visited.', { 'Joe Biden': 'PER' }, 'Joe Biden'), ['US President']);
  const entities = entitiesWith(documentOf('The President spoke.'), fakeTagger({ President: 'PER' }));
  assert.deepEqual(entities, []);
});

test('"a senior official at ..." keeps its organisation', () => {
  assert.deepEqual(
    rolesOf('Yusuf Ali, a senior official at the Ministry of Defence, said talks had stalled.', { 'Yusuf Ali': 'PER', 'Ministry of Defence': 'ORG' }, 'Yusuf Ali'),
    ['senior official at the Ministry of Defence'],
  );
});

test('an appositive before a titled name: both the description and the title', () => {
  assert.deepEqual(rolesOf("The army's spokesman, Colonel Idris Bello, said so.", { 'Colonel Idris Bello': 'PER' }, 'Idris Bello'), ['Colonel', "army's spokesman"]);
});

test('a hyphenated participle stays inside an appositive ("a Britain-based monitoring group")', () => {
  assert.deepEqual(
    rolesOf('The Syrian Observatory for Human Rights, a Britain-based monitoring group, said 89 died.', { 'Syrian Observatory for Human Rights': 'ORG' }, 'Syrian Observatory for Human Rights'),
    ['Britain-based monitoring group'],
  );
});

test('a description cut short by a name ends on its last content word; a group is never given a title', () => {
  assert.deepEqual(rolesOf('Hunter Biden, son of Joe Biden, spoke.', { 'Hunter Biden': 'PER', 'Joe Biden': 'PER' }, 'Hunter Biden'), ['son']);
  assert.deepEqual(rolesOf('He told AFP, president of the league, that it ended.', { AFP: 'ORG' }, 'Agence France-Presse'), []);
});
