import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entity, quotesOf } from './helpers.js';

test('a pronoun speaker resolves to the previous quote’s speaker, not the last woman named', () => {
  const text = 'Okonjo said the audit would be published in full. Her deputy, Grace Mensah, had argued for a summary.\n\n“Nothing will be held back,” she added.';
  const entities = [
    entity(text, 'E1', 'PERSON', 'Ngozi Okonjo', ['Okonjo']),
    entity(text, 'E2', 'PERSON', 'Grace Mensah', ['Grace Mensah']),
  ];
  const qs = quotesOf(text, entities);
  const added = qs.find((q) => q.cue?.text === 'added');
  assert.equal(added?.speaker?.text, 'she');
  assert.equal(added?.speaker?.entity, 'E1');
  assert.equal(added?.speaker?.name, 'Ngozi Okonjo');
});

test('a pronoun with no earlier quote takes the nearest person before it', () => {
  const text = 'Grace Mensah arrived late.\n\n“We are ready,” she said.';
  const qs = quotesOf(text, [entity(text, 'E2', 'PERSON', 'Grace Mensah', ['Grace Mensah'])]);
  assert.equal(qs[0]?.speaker?.entity, 'E2');
});

test('a named speaker links to the entity whose mention it overlaps, with the entity’s role', () => {
  const text = 'Defence Minister Ilir Kola said the drills would go ahead.';
  const qs = quotesOf(text, [entity(text, 'E7', 'PERSON', 'Ilir Kola', ['Ilir Kola'], ['defence minister'])]);
  assert.equal(qs[0]?.speaker?.entity, 'E7');
  assert.equal(qs[0]?.speaker?.text, 'Defence Minister Ilir Kola');
});

test('nominal sources are kept as written and stay unlinked without an entity', () => {
  const qs = quotesOf('A senior official who asked not to be named said the convoy had turned back.');
  assert.equal(qs[0]?.speaker?.text, 'A senior official who asked not to be named');
  assert.equal(qs[0]?.speaker?.entity, null);
});

test('quotations with no cue continue the previous speaker’s turn', () => {
  const text = '“The bridge is safe,” the engineer said. “We checked every cable twice.”';
  const qs = quotesOf(text);
  assert.equal(qs.length, 2);
  assert.equal(qs[1]?.continues, true);
  assert.equal(qs[1]?.speaker?.text, 'the engineer');
});

test('every span slices back to the text', () => {
  const text = '“It is over,” he told Reuters. According to the ministry, 12 people died. The mayor, citing police, said the road was shut.';
  for (const q of quotesOf(text)) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.speaker?.span) assert.equal(text.slice(q.speaker.span.start, q.speaker.span.end), q.speaker.text);
  }
});

test('a relative pronoun speaks for the phrase before it, not for the previous speaker', () => {
  const qs = quotesOf('Okonjo said the audit was done. The plan was backed by 40 senators who said it would pass.');
  const who = qs.find((q) => q.speaker?.text === 'who');
  assert.equal(who?.speaker?.name, '40 senators');
});

test('a possessor is not the speaker: "Ukraine’s health ministry" does not link to Ukraine', () => {
  const text = 'Ukraine’s health ministry said two nurses were killed.';
  const qs = quotesOf(text, [entity(text, 'E1', 'GPE', 'Ukraine', ['Ukraine'])]);
  assert.equal(qs[0]?.speaker?.entity, null);
  assert.equal(qs[0]?.speaker?.text, 'Ukraine’s health ministry');
});

test('according to a source with an apposition keeps the apposition in the source', () => {
  const qs = quotesOf('According to the regional governor, Oleksandr Prokudin, at least 12 people were wounded.');
  assert.equal(qs[0]?.speaker?.text, 'the regional governor, Oleksandr Prokudin');
  assert.equal(qs[0]?.speaker?.name, 'Oleksandr Prokudin');
  assert.equal(qs[0]?.text, 'at least 12 people were wounded');
});

test('a pronoun does not take a previous speaker it cannot stand for: "he" after a ministry', () => {
  const text = 'The ministry said the road was closed. Ali Haidar arrived later.\n\n“It will reopen soon,” he said.';
  const qs = quotesOf(text, [entity(text, 'E1', 'ORG', 'Ministry of Roads', ['The ministry']), entity(text, 'E2', 'PERSON', 'Ali Haidar', ['Ali Haidar'])]);
  const he = qs.find((q) => q.speaker?.text === 'he');
  assert.equal(he?.speaker?.entity, 'E2');
});
