import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/text/segment.js';
import type { Doc } from '../../src/model/document.js';
import { extractEvents } from '../../src/extract/events/index.js';
import type { Entity } from '../../src/model/analysis.js';

function documentOf(text: string): Doc {
  return { text, published: '2025-05-12', title: null, url: null, outlet: null, ...segment(text), messages: [] };
}
const actorsOf = (text: string, entities: Entity[] = []) =>
  extractEvents(documentOf(text), { entities }).map((e) => e.actors.map((a) => `${a.role}:${a.text}`));

test('the one who tells of an attack is not a party to it', () => {
  assert.deepEqual(actorsOf('Gunmen killed four farmers near the river, the district governor said.'), [['perpetrator:Gunmen', 'victim:farmers']]);
  assert.deepEqual(actorsOf('"They came at night," said the village chief after gunmen killed four farmers.')[0]?.includes('victim:village chief'), false);
  // a speaker telling of its own deed is still the actor
  assert.deepEqual(actorsOf('The army said it had set up a new base in the valley on Sunday.'), [['actor1:army']]);
});

test('people killed before a "when" clause are the victims, not the perpetrators', () => {
  const [actors] = actorsOf('At least 30 people were killed when two car bombs exploded outside the central market.');
  assert.ok(actors);
  assert.equal(actors.some((a) => a.startsWith('perpetrator:')), false);
  assert.ok(actors.includes('victim:people'));
  assert.ok(actors.includes('target:central market'));
});

test('a phrase joined to an acting trigger acts with it; the crowd after the verb is hit', () => {
  const [actors] = actorsOf('Three suicide bombers and gunmen attacked crowds of pilgrims outside the shrine.');
  assert.ok(actors);
  assert.equal(actors.includes('victim:gunmen'), false);
});

test('blame counts only when it is blame for the violence', () => {
  const text = 'A drone attack on the base killed nine soldiers. The rebels denied any role and accused the government of using the attack as a pretext.';
  const [event] = extractEvents(documentOf(text), {});
  assert.equal(event!.actors.some((a) => a.role === 'perpetrator' && /government/.test(a.text)), false);
  const blamed = 'A roadside bomb killed nine soldiers on the highway. Officials blamed the insurgents for planting the device.';
  const [b] = extractEvents(documentOf(blamed), {});
  assert.ok(b!.actors.some((a) => a.role === 'perpetrator' && /insurgents/.test(a.text)), JSON.stringify(b!.actors));
});
