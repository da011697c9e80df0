/**
 * Place mistakes a reader sees at once in a real article: a people's adjective read as a
 * region, a small foreign town no part of the story points at, places inside an armed
 * group's name, "the Earth", the other Congo, adjectives before "province", "X-Y" province
 * names, and unknown regions that can take the article's country. Sentences we wrote.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../src/model/analysis.js';
import { gazetteer } from '../../src/extract/places/gazetteer.js';
import { lookupPlace } from '../../src/extract/places/lookup.js';
import { entity, placeNamed, placesIn } from './helpers.js';

test('a people\'s name before a noun is no place; "the Somali region" is the region', () => {
  assert.equal(placeNamed(placesIn('Somali troops guarded the road to the port on Friday.'), 'Somali'), undefined);
  const region = placeNamed(placesIn('Officials in the Somali region said the road was open.'), 'Somali');
  assert.equal(region?.kind, 'admin1');
  assert.equal(region?.countryCode, 'ET');
});

test('a small town of a country the article never points at keeps no point', () => {
  const text = 'Gunmen killed five people in Kaduna and Zaria on Monday, and two more near Goderich, Nigerian police said.';
  const far = placeNamed(placesIn(text), 'Goderich');
  assert.ok(far, 'the mention is kept');
  assert.equal(far.lat, null);
  assert.equal(far.countryCode, null);
  // In a Canadian story the same town resolves.
  const home = placeNamed(placesIn('Storms hit Ontario on Monday, and Goderich lost power for a day.'), 'Goderich');
  assert.equal(home?.countryCode, 'CA');
  assert.notEqual(home?.lat, null);
});

test('one town each in two countries proves neither wrong', () => {
  const ps = placesIn('Crews worked near Goderich all night, and more came from Zaria.');
  assert.equal(placeNamed(ps, 'Goderich')?.countryCode, 'CA');
  assert.equal(placeNamed(ps, 'Zaria')?.countryCode, 'NG');
});

test('places inside an armed group\'s name are labels, not places of the story', () => {
  const text = 'The Islamic State West Africa Province said it attacked a base in Borno State.';
  const group: Entity = { ...entity('E1', 'ORG', text, 'Islamic State West Africa Province'), actor: 'is-west-africa' };
  const ps = placesIn(text, [group]);
  assert.deepEqual(ps.map((p) => p.text), ['Borno State']);
});

test('an organisation\'s "Province" named after a country or a region is a wilaya; a real province stays', () => {
  const wilaya = 'The group, which calls its branch there its Pakistan Province, claimed the blast.';
  assert.equal(placesIn(wilaya, [entity('E1', 'ORG', wilaya, 'Pakistan Province')]).length, 0);
  const province = 'Officials in Nyanza Province said the clinics were full.';
  assert.equal(placeNamed(placesIn(province, [entity('E1', 'ORG', province, 'Nyanza Province')]), 'Nyanza Province')?.countryCode, 'KE');
});

test('"the Earth" and other small towns named with "the" are no towns', () => {
  assert.equal(placesIn('Volunteers of Friends of the Earth planted trees in Lyon.').some((p) => p.text === 'Earth'), false);
  assert.equal(placesIn('She sang of the Hope, and the crowd in Lyon was silent.').some((p) => p.text === 'Hope'), false);
  // A town's institutions keep the town: "the Goderich council" still names Goderich.
  assert.ok(placesIn('Storms hit Ontario, and the Goderich council met on Monday.').some((p) => p.text === 'Goderich'));
});

test('after "the Democratic Republic of Congo", a bare "Congo" is the same country', () => {
  const drc = placesIn('Aid reached the Democratic Republic of Congo on Monday, and fighting in eastern Congo eased.');
  assert.deepEqual(drc.filter((p) => p.text === 'Congo').map((p) => p.countryCode), ['CD']);
  const rc = placesIn('The Republic of the Congo held a vote, and Congo closed its borders.');
  assert.deepEqual(rc.filter((p) => p.text === 'Congo').map((p) => p.countryCode), ['CG']);
  // A country's own name is never narrowed to a longer one: Sudan beside South Sudan.
  const sudans = placesIn('South Sudan and Sudan signed an oil deal.');
  assert.equal(placeNamed(sudans, 'Sudan')?.countryCode, 'SD');
});

test('capitalised adjectives after "the mostly" are no province name', () => {
  const ps = placesIn('Police fired on crowds in the mostly Kurdish Zendi province, witnesses said.');
  assert.equal(ps.some((p) => /Kurdish|Zendi/.test(p.text)), false);
  // Without the adjectives, an unknown name before "province" is still taken.
  const plain = placesIn('Police fired on crowds in the Zendi province, witnesses said.');
  assert.equal(placeNamed(plain, 'Zendi')?.kind, 'admin1');
});

test('a province named "X and Y" is found as "X-Y" and by its second part', () => {
  const gaz = gazetteer();
  const whole = lookupPlace(gaz, 'Sistan and Baluchestan').candidates;
  assert.equal(whole.length, 1);
  assert.deepEqual(lookupPlace(gaz, 'Sistan-Baluchestan').candidates, whole);
  assert.deepEqual(lookupPlace(gaz, 'Baluchestan').candidates, whole);
  const ps = placesIn('Protests spread across Sistan-Baluchestan on Friday.');
  assert.deepEqual(ps.map((p) => [p.text, p.countryCode]), [['Sistan-Baluchestan', 'IR']]);
});

test('an unknown "X region" is a region in the country most of the article is in', () => {
  const ps = placesIn('Rebels attacked a post in the Zorvala region on Monday. Troops came from Cucuta and Ocana, in Colombia.');
  const region = placeNamed(ps, 'Zorvala');
  assert.equal(region?.kind, 'region');
  assert.equal(region?.countryCode, 'CO');
  assert.equal(region?.lat, null);
  // With no country in the majority it stays without one.
  const mixed = placesIn('Rebels attacked a post in the Zorvala region. Talks were held in Caracas and Bogota.');
  assert.equal(placeNamed(mixed, 'Zorvala')?.countryCode, null);
});

test('a world city beats its small namesakes on country context alone; local evidence still wins', () => {
  const us = placesIn('The surfer grew up in San Diego, California, and died last year on a visit to Paris.');
  assert.equal(placeNamed(us, 'Paris')?.countryCode, 'FR');
  const texas = placesIn('The band played in Paris, Texas, last night.');
  assert.equal(placeNamed(texas, 'Paris')?.countryCode, 'US');
});

test('a county named like an ocean is not the ocean of "the Pacific and Atlantic coasts"', () => {
  const ps = placesIn('He taught in Boston, Miami and San Diego, California, and served on both Pacific and Atlantic coasts.');
  assert.equal(placeNamed(ps, 'Pacific')?.kind, 'region');
  assert.equal(placeNamed(ps, 'Atlantic')?.kind, 'region');
});

test('"the Canadian city of Toronto": a people\'s name before "city" is an adjective', () => {
  const ps = placesIn('The fair came to the Canadian city of Toronto in March.');
  assert.deepEqual(ps.map((p) => [p.text, p.countryCode]), [['Toronto', 'CA']]);
});

test('a web address is no place: "Amazon.com"', () => {
  assert.equal(placesIn('The files sat on Amazon.com servers for months.').length, 0);
});

test('a town named like a country needs a "Town, State" pair or a nearby town, not only its state named', () => {
  const ps = placesIn('Candidates campaigned in Austin, Houston and Dallas, Texas, and in Portland, Maine, and attacked the ban on travel from China.');
  assert.equal(placeNamed(ps, 'China')?.kind, 'country');
  const pair = placesIn('The rodeo left China, Texas, for Beaumont.');
  assert.equal(placeNamed(pair, 'China')?.admin1, 'Texas');
});

test('a court\'s "Northern District of Texas", "a.m. EST", "Well, I" and "We" are no places', () => {
  const ps = placesIn('He was sentenced in the Northern District of Texas at 5:30 a.m. EST. Well, I think so, he said in Dallas. Fans, We are sorry.');
  assert.deepEqual(ps.map((p) => p.text), ['Texas', 'Dallas']);
});

test('a name after a kinship noun is a person: "his wife Mary", "his children Elizabeth and Susan"', () => {
  const text = 'He died in Cincinnati, Ohio. His wife Mary said he had planned a trip. He leaves his children Elizabeth and Susan; his widow, Denise, lives in Elizabeth, New Jersey.';
  const ps = placesIn(text);
  assert.deepEqual(ps.map((p) => p.text), ['Cincinnati', 'Ohio', 'Elizabeth', 'New Jersey']);
  // The Elizabeth kept is the town the widow lives in, not the daughter.
  assert.equal(ps[2]!.start, text.indexOf('lives in Elizabeth') + 'lives in '.length);
});

test('planets and the Sun are no towns: "the orbit of Neptune", "life on Mars"', () => {
  assert.equal(placesIn('Life could exist on Mars, far beyond the orbit of Neptune, said a scientist in Toronto.').map((p) => p.text).join(), 'Toronto');
});

test('a name listed with states is the state: "Idaho, Missouri, North Dakota, and Washington"', () => {
  const ps = placesIn('Primaries were held in Idaho, Michigan, Mississippi, Missouri, North Dakota, and Washington.');
  assert.equal(placeNamed(ps, 'Washington')?.kind, 'admin1');
  assert.equal(placeNamed(ps, 'Washington')?.admin1, 'Washington');
  // A listed seat stays the town: Khartoum among Sudan's states is the city.
  const sd = placesIn('Fighting spread to Khartoum, Gezira and Kassala, Sudanese officials said.');
  assert.equal(placeNamed(sd, 'Khartoum')?.kind, 'city');
});

test('a common word left alone by a unit word names nothing: "the Gay Village" is no town called Gay', () => {
  const gaz = gazetteer();
  assert.ok(gaz.commonWords.has('gay'), 'precondition: "gay" is on the common-word list');
  assert.deepEqual(lookupPlace(gaz, 'Gay Village').candidates, []);
  // A name that is no common word still loses its unit word: "Kandahar Province".
  assert.ok(lookupPlace(gaz, 'Kandahar Province').candidates.length > 0);
});

test('a common word that goes on into a noun phrase is an adjective, even after "of the" or "at the"', () => {
  const ps = placesIn('Workers of the Federal government met at the Federal Center in Brasilia.');
  assert.deepEqual(ps.map((p) => p.text), ['Brasilia']);
  // Cued and ending its phrase, the common word is still the town.
  assert.ok(placesIn('The band played in Reading on Monday.').some((p) => p.text === 'Reading'));
});

test('a small town the tagger calls a person stays a person unless the article words it as a place', () => {
  const man = 'The senator blamed the Obama administration for the deficit.';
  assert.equal(placesIn(man, [entity('E1', 'PERSON', man, 'Obama')]).length, 0);
  const town = 'Soldiers entered the town of Goderich on Monday; Goderich was quiet by night.';
  assert.equal(placesIn(town, [entity('E1', 'PERSON', town, 'Goderich')]).filter((p) => p.text === 'Goderich').length, 2);
  const listed = 'The quake damaged several towns, including Goderich in the province of Ontario.';
  assert.equal(placeNamed(placesIn(listed, [entity('E1', 'PERSON', listed, 'Goderich')]), 'Goderich')?.countryCode, 'CA');
  // A big place is the place whatever the tagger says: "Tbilisi says".
  const city = 'Tbilisi says the talks will resume.';
  assert.equal(placeNamed(placesIn(city, [entity('E1', 'PERSON', city, 'Tbilisi')]), 'Tbilisi')?.countryCode, 'GE');
});

test('an unresolved town the entity layer calls an organisation elsewhere is dropped; a worded one stays', () => {
  const text = 'Paramilitary Rangers patrolled Karachi and Hyderabad in Sindh province. One Ranger was hurt.';
  const ents = [entity('E1', 'ORG', text, 'Rangers'), entity('E2', 'LOC', text, 'Ranger')];
  assert.equal(placesIn(text, ents).some((p) => p.text === 'Ranger'), false);
  // Without the organisation it is kept, with no point.
  const kept = placeNamed(placesIn(text, [entity('E2', 'LOC', text, 'Ranger')]), 'Ranger');
  assert.equal(kept?.lat, null);
});
