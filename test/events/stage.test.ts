import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/text/segment.js';
import type { Doc } from '../../src/model/document.js';
import { extractEvents } from '../../src/extract/events/index.js';
import type { Claim, Entity, Place, TimeExpression } from '../../src/model/analysis.js';

/** A Doc for one text; built here so these tests do not load the other stages. */
function documentOf(text: string, meta: Partial<Pick<Doc, 'published' | 'title'>> = {}): Doc {
  return { text, published: null, title: null, url: null, outlet: null, ...meta, ...segment(text), messages: [] };
}

/** Span of the n-th occurrence of `needle` in `text`. */
function at(text: string, needle: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(needle, start + 1);
  assert.ok(start >= 0, `'${needle}' not in text`);
  return { start, end: start + needle.length, text: needle };
}
const time = (text: string, needle: string, value: string): TimeExpression => ({ ...at(text, needle), type: 'DATE', value });
const place = (text: string, needle: string, kind: Place['kind'], extra: Partial<Place> = {}): Place => ({
  ...at(text, needle), name: needle, kind, geonameId: null, countryCode: 'XX', admin1: null, lat: 1, lon: 2, ...extra,
});

test('sub-types follow the codebook rules, sentence by sentence', () => {
  const cases: Array<[string, string]> = [
    ['A drone strike destroyed a pickup truck outside the town on Tuesday.', 'Air/drone strike'],
    ['A woman wearing an explosives vest blew herself up at the checkpoint.', 'Suicide bomb'],
    ['Artillery shells hit the northern suburbs, wounding two residents.', 'Shelling/artillery/missile attack'],
    ['An improvised explosive device hit a water tanker on the highway.', 'Remote explosive/landmine/IED'],
    ['Someone hurled a grenade at the bus depot.', 'Grenade'],
    ['Gunmen shot dead four farmers in their fields.', 'Attack'],
    ['Insurgents killed six soldiers at an outpost near the river.', 'Armed clash'],
    ['Rebel fighters and the army fought for hours near the dam.', 'Armed clash'],
    ['The army retook the border crossing from the insurgents.', 'Government regains territory'],
    ['Militants seized control of the mining town after a night of assaults.', 'Non-state actor overtakes territory'],
    ['Armed men kidnapped two engineers working on the road.', 'Abduction/forced disappearance'],
    ['Nurses held a peaceful rally outside the health ministry.', 'Peaceful protest'],
    ['Police used tear gas to disperse demonstrators near the stadium.', 'Protest with intervention'],
    ['Troops fired live ammunition at protesters, killing three.', 'Excessive force against protesters'],
    ['Angry demonstrators torched a police car and pelted officers with rocks.', 'Violent demonstration'],
    ['A mob beat two suspected thieves in the market square.', 'Mob violence'],
    ['Police arrested nine opposition activists at dawn.', 'Arrests'],
    ['Bomb disposal experts defused a roadside bomb under the culvert.', 'Disrupted weapons use'],
    ['The two militias signed a ceasefire agreement in the capital.', 'Agreement'],
  ];
  for (const [sentence, subType] of cases) {
    const events = extractEvents(documentOf(sentence), {});
    assert.equal(events[0]?.subType, subType, sentence);
  }
});

test('unreal and non-political mentions make no event', () => {
  for (const s of [
    'The group threatened to attack the capital if talks failed.',
    'Three people were killed when their car crashed into a truck.',
    'The minister said the government would never arrest journalists.',
  ]) {
    assert.deepEqual(extractEvents(documentOf(s), {}).map((e) => e.subType), [], s);
  }
});

test('a second mention enriches the first event instead of adding one', () => {
  const text = 'A car bomb went off beside a bus station in the city. The blast killed eleven people and wounded 40, police said.';
  const events = extractEvents(documentOf(text), {});
  assert.equal(events.length, 1);
  assert.equal(events[0]!.subType, 'Remote explosive/landmine/IED');
  assert.equal(events[0]!.fatalities?.value, 11);
  assert.equal(events[0]!.injured?.value, 40);
  assert.equal(events[0]!.evidence.length, 2);
  // a later, more specific mention refines the sub-type of the same event
  const later = 'An explosion ripped through the crowded square. Witnesses said a suicide bomber detonated his vest.';
  const refined = extractEvents(documentOf(later), {});
  assert.equal(refined.length, 1);
  assert.equal(refined[0]!.subType, 'Suicide bomb');
});

test('background events keep their own date and never take the main event\'s or the publication date', () => {
  const text = 'Gunmen attacked a village on Sunday, killing five people. The raid came two weeks after a suicide bombing in the town killed 12 people.';
  const doc = documentOf(text, { published: '2024-03-12' });
  const times = [time(text, 'Sunday', '2024-03-10')];
  const events = extractEvents(doc, { times });
  assert.equal(events.length, 2);
  const [main, background] = events;
  assert.equal(main!.date.value, '2024-03-10');
  assert.equal(main!.date.precision, 'day');
  assert.equal(background!.subType, 'Suicide bomb');
  assert.equal(background!.date.value, null);
  assert.equal(background!.fatalities?.value, 12);
  assert.equal(main!.fatalities?.value, 5);
});

test('an event without a time expression has no date, even with a publication date', () => {
  const text = 'Rebels ambushed a police convoy near the lake, killing two officers.';
  const [e] = extractEvents(documentOf(text, { published: '2024-05-01' }), {});
  assert.deepEqual(e!.date, { value: null, precision: null });
});

test('the place is the most specific one of the clause; month-precision dates keep their precision', () => {
  const text = 'In March, gunmen stormed a church in Owo, Ondo state, killing 40 worshippers.';
  const places = [place(text, 'Owo', 'city', { lat: 7.19, lon: 5.58 }), place(text, 'Ondo', 'admin1')];
  const [e] = extractEvents(documentOf(text), { places, times: [time(text, 'March', '2022-03')] });
  assert.equal(e!.place?.name, 'Owo');
  assert.equal(e!.place?.lat, 7.19);
  assert.deepEqual(e!.date, { value: '2022-03', precision: 'month' });
});

test('actors are linked to entities; claims give claimedBy and sources', () => {
  const text = 'Fighters of the Northern Front attacked an army base on Friday. The Northern Front claimed responsibility for the attack, according to a statement.';
  const front: Entity = { id: 'E1', type: 'ORG', name: 'Northern Front', actor: null, roles: [], mentions: [at(text, 'Northern Front'), at(text, 'Northern Front', 1)] };
  const sentence2 = at(text, 'The Northern Front claimed responsibility for the attack, according to a statement.');
  const claim: Claim = { ...sentence2, id: 'C1', stance: 'claim-responsibility', claimant: { text: 'The Northern Front', entity: 'E1' }, sources: [], hedged: false, disputes: null };
  const [e] = extractEvents(documentOf(text), { entities: [front], claims: [claim] });
  assert.equal(e!.subType, 'Armed clash');
  const actor1 = e!.actors.find((a) => a.role === 'actor1');
  assert.equal(actor1?.entity, 'E1');
  assert.equal(e!.claimedBy?.entity, 'E1');
  assert.equal(e!.evidence.length, 2);
});

test('every span the stage returns slices back to its text', () => {
  const text = 'Protesters marched in the capital on Monday. Police fired tear gas and arrested 30 people. Two days later, a bomb exploded near the parliament, wounding a guard.';
  const doc = documentOf(text);
  for (const e of extractEvents(doc, {})) {
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    for (const s of e.evidence) assert.equal(text.slice(s.start, s.end), s.text);
    assert.match(e.id, /^V\d+$/);
  }
});

test('the first figure stands unless a later sentence revises it', () => {
  const text = 'A bomb exploded at a rally, killing 9 people. The group claimed that 60 were dead. Hospital officials later said the death toll rose to 14.';
  const [e] = extractEvents(documentOf(text), {});
  assert.equal(e!.fatalities?.value, 14);
  const plain = 'A bomb exploded at a rally, killing 9 people. The group claimed that 60 were dead.';
  assert.equal(extractEvents(documentOf(plain), {})[0]!.fatalities?.value, 9);
});

test('in an article about a fire or a crash, "killed" and "explosion" make no conflict event', () => {
  const doc = documentOf('A fire tore through a market hall on Sunday. The blaze killed four traders. An explosion followed when gas cylinders caught fire.', { title: 'Market fire kills four' });
  assert.deepEqual(extractEvents(doc, {}), []);
});

test('a claim of responsibility in its own sentence joins the event before it', () => {
  const text = 'A roadside bomb killed three soldiers near the border. The Eastern Brigades claimed responsibility.';
  const [e] = extractEvents(documentOf(text), {});
  assert.equal(e!.claimedBy?.text, 'The Eastern Brigades');
  assert.equal(e!.actors.find((a) => a.role === 'perpetrator')?.text, 'The Eastern Brigades');
});

test('one singular victim of a killing is one death; a plural one without a number is unknown', () => {
  const one = extractEvents(documentOf('Unknown attackers assassinated the provincial judge outside the courthouse.'), {});
  assert.equal(one[0]?.fatalities?.value, 1);
  const many = extractEvents(documentOf('Unknown attackers killed villagers outside the town.'), {});
  assert.equal(many[0]?.fatalities, null);
  const counted = extractEvents(documentOf('The killing of six priests shocked the country.'), {});
  assert.equal(counted[0]?.fatalities?.value, 6);
});

test('"the toll rose to 61, a day after a suicide bomber struck": the count belongs to the bombing', () => {
  const text = 'The toll rose to 61 on Tuesday as rescuers cleared the rubble of a mosque in Peshawar, a day after a suicide bomber struck during prayers, a hospital spokesman said.';
  const [e, ...rest] = extractEvents(documentOf(text, { published: '2023-01-31' }), {});
  assert.equal(rest.length, 0);
  assert.equal(e!.subType, 'Suicide bomb');
  assert.equal(e!.fatalities?.value, 61);
});

test('a place qualifying an actor ("a Britain-based monitor") does not place the event', () => {
  const text = 'A Britain-based monitoring group said the drone attack on Homs killed at least 89 people.';
  const britain = text.indexOf('Britain');
  const homs = text.indexOf('Homs');
  const place = (start: number, name: string, cc: string) => ({ start, end: start + name.length, text: name, name, kind: (cc === 'GB' ? 'country' : 'city') as 'country' | 'city', geonameId: null, countryCode: cc, admin1: null, lat: 1, lon: 1 });
  const [e] = extractEvents(documentOf(text, { published: '2023-10-06' }), { places: [place(britain, 'Britain', 'GB'), place(homs, 'Homs', 'SY')] });
  assert.equal(e!.place?.name, 'Homs');
});
