import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentOf } from '../../src/analyze.js';
import { entitiesWith } from '../../src/extract/entities/index.js';
import { lookupActor } from '../../src/extract/entities/actors.js';
import type { NerLabel } from '../../src/extract/entities/ner/index.js';
import { fakeTagger } from './fake-tagger.js';

function run(text: string, names: Record<string, NerLabel>) {
  const doc = documentOf(text);
  const entities = entitiesWith(doc, fakeTagger(names));
  for (const e of entities) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  const byMention = (t: string) => entities.find((e) => e.mentions.some((m) => m.text === t));
  return { entities, byMention };
}

test('a surname joins the full name met earlier; the canonical name is the fullest form', () => {
  const { entities, byMention } = run('Amina Okonjo arrived on Monday. Okonjo said little. Later Amina spoke again.', {
    'Amina Okonjo': 'PER',
    Okonjo: 'PER',
    Amina: 'PER',
  });
  assert.equal(entities.length, 1);
  assert.equal(entities[0]!.name, 'Amina Okonjo');
  assert.equal(entities[0]!.type, 'PERSON');
  assert.deepEqual(byMention('Amina')?.mentions.map((m) => m.text), ['Amina Okonjo', 'Okonjo', 'Amina']);
});

test('a surname shared by two people joins the one mentioned most recently', () => {
  const { byMention } = run('Imran Khan met Sadiq Khan in May. Then Imran Khan left, and Khan stayed silent.', {
    'Imran Khan': 'PER',
    'Sadiq Khan': 'PER',
    Khan: 'PER',
  });
  assert.equal(byMention('Khan')?.name, 'Imran Khan');
});

test('acronyms join their expansions in either order, and in "Name (ACRONYM)"', () => {
  const after = run('The International Organization for Migration (IOM) counted 40 dead. IOM staff left.', {
    'International Organization for Migration': 'ORG',
    IOM: 'ORG',
  });
  assert.equal(after.entities.length, 1);
  assert.equal(after.entities[0]!.mentions.length, 3);
  const before = run('The NRC said aid stopped. Later the Norwegian Refugee Council said it resumed.', {
    NRC: 'ORG',
    'Norwegian Refugee Council': 'ORG',
  });
  assert.equal(before.entities.length, 1);
  assert.equal(before.entities[0]!.name, 'Norwegian Refugee Council');
});

test('KB aliases join into one linked entity, and KB names the tagger missed become entities', () => {
  const { entities, byMention } = run('HTS fighters entered the town. Hayat Tahrir al-Sham later withdrew, a Tahrir al-Sham official said.', {
    HTS: 'ORG',
  });
  assert.equal(entities.length, 1);
  assert.equal(entities[0]!.actor, lookupActor('HTS')!.id);
  assert.equal(entities[0]!.type, 'ORG');
  assert.equal(byMention('Tahrir al-Sham'), entities[0]);
});

test('a KB name longer than the tagger spans replaces them', () => {
  const { entities } = run('Islamic State West Africa Province fighters attacked Monguno.', { 'Islamic State': 'ORG', 'West Africa': 'LOC', Monguno: 'LOC' });
  assert.equal(entities[0]!.mentions[0]!.text, 'Islamic State West Africa Province');
  assert.equal(entities[0]!.actor, lookupActor('ISWAP')!.id);
});

test('LOC splits into GPE and LOC; MISC group words are NORP; named sites are FAC', () => {
  const { byMention } = run('Kurdish and Sunni residents of Mosul fled along the Tigris River to the Mogadishu port and the Al-Shifa Hospital in the Sahel.', {
    Kurdish: 'MISC',
    Sunni: 'MISC',
    Mosul: 'LOC',
    'Tigris River': 'LOC',
    Mogadishu: 'LOC',
    'Al-Shifa Hospital': 'ORG',
    Sahel: 'LOC',
  });
  assert.equal(byMention('Kurdish')?.type, 'NORP');
  assert.equal(byMention('Sunni')?.type, 'NORP');
  assert.equal(byMention('Mosul')?.type, 'GPE');
  assert.equal(byMention('Tigris River')?.type, 'LOC');
  assert.equal(byMention('Mogadishu port')?.type, 'FAC');
  assert.equal(byMention('Al-Shifa Hospital')?.type, 'FAC');
  assert.equal(byMention('Sahel')?.type, 'LOC');
});

test('different people with the same given name but different surnames stay apart', () => {
  const { entities } = run('Amina Okonjo and Amina Bello spoke.', { 'Amina Okonjo': 'PER', 'Amina Bello': 'PER' });
  assert.equal(entities.length, 2);
});

test('ids follow first mentions and the output is deterministic', () => {
  const text = 'Reuters quoted Amina Okonjo. Okonjo works for the IOM.';
  const names: Record<string, NerLabel> = { Reuters: 'ORG', 'Amina Okonjo': 'PER', Okonjo: 'PER', IOM: 'ORG' };
  const a = run(text, names).entities;
  assert.deepEqual(a.map((e) => e.id), ['E1', 'E2', 'E3']);
  assert.deepEqual(a.map((e) => e.name), ['Reuters', 'Amina Okonjo', 'International Organization for Migration']);
  assert.deepEqual(run(text, names).entities, a);
});

test('tagger spans lose edge punctuation, and spans without letters are dropped', () => {
  const { entities } = run('Fighting near Maarat al - Numan killed 1,000 people, the Syrian Observatory said .', {
    '- Numan': 'PER',
    '1,000': 'MISC',
    'Syrian Observatory said .': 'ORG',
  });
  assert.deepEqual(entities.map((e) => e.mentions[0]!.text), ['Numan', 'Syrian Observatory said']);
});

test('a one-word person span keeps its person reading even when a group shares the word', () => {
  const { entities } = run('Wagner said the talks failed. IS Sahel denied it.', { Wagner: 'PER', 'IS Sahel': 'PER' });
  assert.deepEqual(entities.map((e) => [e.type, e.actor]), [['PERSON', null], ['ORG', lookupActor('IS Sahel')!.id]]);
});

test('a person span holding a possessive keeps the person after it; non-breaking hyphens join names', () => {
  const { entities } = run('Kyiv’s Zelensky spoke. Al‑Shabaab fighters fled.', { 'Kyiv’s Zelensky': 'PER' });
  assert.equal(entities[0]!.mentions[0]!.text, 'Zelensky');
  assert.equal(entities[1]!.actor, lookupActor('al-Shabaab')!.id);
});

test('a person span that is a known multi-word place or only group words is retyped', () => {
  const { byMention } = run('Khyber Pakhtunkhwa police said Sunni Baluch worshippers and Jordan Smith left.', {
    'Khyber Pakhtunkhwa': 'PER',
    'Sunni Baluch': 'PER',
    'Jordan Smith': 'PER',
  });
  assert.equal(byMention('Khyber Pakhtunkhwa')?.type, 'GPE');
  assert.equal(byMention('Sunni Baluch')?.type, 'NORP');
  assert.equal(byMention('Jordan Smith')?.type, 'PERSON');
});

test('a bare name two countries share is the one the text named in full, unless both stand side by side', () => {
  const { byMention } = run('Fighters crossed from the Democratic Republic of Congo at dawn. They are based in eastern Congo, officials said.', {
    'Democratic Republic of Congo': 'LOC',
    Congo: 'LOC',
  });
  assert.equal(byMention('Congo')?.actor, 'state:CD');
  assert.deepEqual(byMention('Congo')?.mentions.map((m) => m.text), ['Democratic Republic of Congo', 'Congo']);
  const side = run('Ministers of Equatorial Guinea and Guinea met on Monday.', { 'Equatorial Guinea': 'LOC', Guinea: 'LOC' });
  assert.equal(side.byMention('Guinea')?.actor, 'state:GN');
});
