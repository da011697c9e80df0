/** Disambiguation rules, each with sentences we wrote. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entity, placeNamed, placesIn } from './helpers.js';

test('country context: Georgia with Tbilisi is the country, with Atlanta the US state', () => {
  const caucasus = placesIn('Protesters marched in Tbilisi. Georgia has asked for calm.');
  assert.equal(placeNamed(caucasus, 'Georgia')?.kind, 'country');
  assert.equal(placeNamed(caucasus, 'Georgia')?.countryCode, 'GE');
  const us = placesIn('Traffic slowed in Atlanta and Savannah. Georgia has asked for calm.');
  assert.equal(placeNamed(us, 'Georgia')?.countryCode, 'US');
});

test('"Kandahar province" is the admin1 unit, "Kandahar" alone the city', () => {
  const ps = placesIn('Troops left Kandahar. Kandahar province remains tense.').filter((p) => p.text === 'Kandahar');
  assert.deepEqual(ps.map((p) => p.kind), ['city', 'admin1']);
  assert.ok(ps.every((p) => p.countryCode === 'AF'));
});

test('"Town, State" pairs pick the town in that state', () => {
  const ps = placesIn('The band played in Paris, Texas, last night.');
  assert.equal(placeNamed(ps, 'Paris')?.countryCode, 'US');
  assert.equal(placeNamed(ps, 'Paris')?.admin1, 'Texas');
});

test('co-mentioned towns pull an ambiguous name to their region', () => {
  const ps = placesIn('Buses ran between Peoria, Decatur and Springfield all week.');
  assert.equal(placeNamed(ps, 'Springfield')?.admin1, 'Illinois');
  const ma = placesIn('Buses ran between Worcester, Chicopee and Springfield all week.');
  assert.equal(placeNamed(ma, 'Springfield')?.admin1, 'Massachusetts');
});

test('population and feature type decide when nothing else does', () => {
  const p = placeNamed(placesIn('Flights to Paris were cancelled.'), 'Paris');
  assert.equal(p?.countryCode, 'FR');
  const mexico = placeNamed(placesIn('Rain fell across Mexico on Friday.'), 'Mexico');
  assert.equal(mexico?.kind, 'country');
});

test('accents and exonyms: Jalalabad and Kiev resolve to Jalālābād and Kyiv', () => {
  const ps = placesIn('Convoys left Jalalabad for Kabul, and flights from Kiev resumed.');
  assert.equal(placeNamed(ps, 'Jalalabad')?.name, 'Jalālābād');
  assert.equal(placeNamed(ps, 'Jalalabad')?.countryCode, 'AF');
  assert.equal(placeNamed(ps, 'Kiev')?.name, 'Kyiv');
  assert.equal(placeNamed(ps, 'Kiev')?.countryCode, 'UA');
});

test('curated regions resolve with a representative point', () => {
  const ps = placesIn('Drought hit the Sahel and the Horn of Africa this year.');
  for (const name of ['Sahel', 'Horn of Africa']) {
    const p = placeNamed(ps, name);
    assert.equal(p?.kind, 'region', name);
    assert.ok(p?.lat !== null && p?.lon !== null, name);
  }
});

test('an entity place is linked by id; one the gazetteer lacks is kept with null coordinates', () => {
  const text = 'Shelling hit Bakhmut and the Azovstal works near Zorrovka.';
  const ents = [entity('E1', 'GPE', text, 'Bakhmut'), entity('E2', 'FAC', text, 'Azovstal works')];
  const ps = placesIn(text, ents);
  assert.equal(placeNamed(ps, 'Bakhmut')?.entity, 'E1');
  assert.equal(placeNamed(ps, 'Bakhmut')?.countryCode, 'UA');
  const site = placeNamed(ps, 'Azovstal works');
  assert.equal(site?.entity, 'E2');
  assert.equal(site?.kind, 'site');
  assert.equal(site?.lat, null);
});

test('a PERSON entity blocks the town of the same name', () => {
  const text = 'Jesse Jackson spoke. Jackson said the march would go on.';
  const ps = placesIn(text, [entity('E1', 'PERSON', text, 'Jesse Jackson', 'Jackson')]);
  assert.deepEqual(ps, []);
});

test('one sense per article: every mention of a name gets the same place', () => {
  const ps = placesIn('Alexandria police met in Alexandria, Louisiana. Later Alexandria council voted.').filter((p) => p.text === 'Alexandria');
  assert.ok(ps.length >= 2);
  assert.ok(ps.every((p) => p.geonameId === ps[0]!.geonameId && p.admin1 === 'Louisiana'));
});

test('"North Darfur" reaches GeoNames\' "Northern Darfur"', () => {
  const p = placeNamed(placesIn('Shelling hit villages in North Darfur.'), 'North Darfur');
  assert.equal(p?.kind, 'admin1');
  assert.equal(p?.countryCode, 'SD');
});

test('"the Sahel" is the region even in a story about Burkina Faso', () => {
  const ps = placesIn('Gunmen attacked a post near Djibo in northern Burkina Faso, the latest violence in the Sahel.');
  assert.equal(placeNamed(ps, 'Sahel')?.kind, 'region');
});

test('curated landmarks: the White House is in Washington, not White House, Tennessee', () => {
  const p = placeNamed(placesIn('Officials at the White House declined to comment.'), 'White House');
  assert.equal(p?.kind, 'site');
  assert.equal(p?.countryCode, 'US');
  assert.ok(p!.lat! > 38.5 && p!.lat! < 39.2);
});

test('entity-layer noise is dropped: a single common word or an unplaceable name', () => {
  const text = 'The University said Python was popular with the Lord Mayor.';
  const ents = [entity('E1', 'LOC', text, 'University'), entity('E2', 'GPE', text, 'Python'), entity('E3', 'LOC', text, 'Lord Mayor')];
  assert.deepEqual(placesIn(text, ents), []);
});

test('a county named without its unit word needs a cue ("Power said" is not Power County)', () => {
  assert.equal(placeNamed(placesIn('Power said the plan would work.'), 'Power'), undefined);
});
