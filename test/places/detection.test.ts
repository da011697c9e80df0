/** Mention finding without an entity layer: one test per rule, on sentences we wrote. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeNamed, placesIn } from './helpers.js';

const texts = (t: string) => placesIn(t).map((p) => p.text);

test('a capitalised gazetteer name is a place; the same word in lower case is not', () => {
  assert.deepEqual(texts('Aid trucks reached Mosul on Tuesday.'), ['Mosul']);
  assert.deepEqual(texts('the mosul dam was inspected.'), []);
});

test('the longest gazetteer name wins over its parts', () => {
  assert.deepEqual(texts('Talks were held in Bosnia and Herzegovina and in New York City.'), ['Bosnia and Herzegovina', 'New York City']);
});

test('place names that are common words need a locative cue', () => {
  assert.deepEqual(texts('Police said the mobile clinic closed.'), []);
  assert.deepEqual(texts('Mobile phones were seized.'), []);
  assert.deepEqual(texts('The storm flooded roads in Mobile overnight.'), ['Mobile']);
});

test('month and weekday names are never places', () => {
  assert.deepEqual(texts('The vote was moved to March, then to August.'), []);
});

test('a name word before or after makes a longer name that is not the place', () => {
  assert.deepEqual(texts('Mr. Paris thanked Jordan Henderson for the visit.'), []);
  assert.deepEqual(texts('She lives on Dublin Road near the school.'), []);
});

test('a surname seen in a full name is not a town later on', () => {
  const t = 'Officers questioned Dale Clinton on Friday. Clinton denied any part in the fire.';
  assert.equal(placeNamed(placesIn(t), 'Clinton'), undefined);
});

test('a place inside an organisation name still counts', () => {
  assert.deepEqual(texts('A report by the Texas Department of Health was published.'), ['Texas']);
});

test('small towns need a cue; with one they count', () => {
  assert.deepEqual(texts('Cottonport residents met.'), []);
  assert.deepEqual(texts('The fire started in Cottonport late on Monday.'), ['Cottonport']);
});

test('"X province" and "the X district" give the kind; "X County" is a name and keeps its word', () => {
  const ps = placesIn('Fighting spread from Kandahar province to the Zhari district and on to Cook County.');
  assert.equal(placeNamed(ps, 'Kandahar')?.kind, 'admin1');
  assert.equal(placeNamed(ps, 'Cook County')?.kind, 'admin2');
  const zhari = placeNamed(ps, 'Zhari');
  assert.ok(zhari, 'the district is kept even though the gazetteer does not know it');
  assert.equal(zhari.kind, 'admin2');
  assert.equal(zhari.lat, null);
  assert.equal(zhari.lon, null);
});

test('"near X" makes an unknown capitalised name a place with no coordinates', () => {
  const p = placeNamed(placesIn('A roadside bomb exploded near Qarabulaq on Sunday.'), 'Qarabulaq');
  assert.ok(p);
  assert.equal(p.lat, null);
  assert.equal(p.geonameId, null);
});

test('state abbreviations with their dot are places; "Ill." as a word is not', () => {
  const ps = placesIn('The plant in St. Cloud, Minn., reopened.');
  assert.equal(placeNamed(ps, 'Minn.')?.name, 'Minnesota');
  assert.equal(placeNamed(ps, 'St. Cloud')?.admin1, 'Minnesota');
});

test('demonyms are not returned as places by the pipeline stage', () => {
  assert.deepEqual(texts('Afghan officials met Turkish diplomats.'), []);
});

test('empty and place-free texts give no places and no errors', () => {
  assert.deepEqual(placesIn(''), []);
  assert.deepEqual(placesIn('nothing here is capitalised, and nothing is a place.'), []);
});

test('spans always slice back to their text, also with accents and curly quotes', () => {
  const t = '“We left Jalālābād,” she said, ‘and reached Chişinău via Kyiv’s airport.’';
  const ps = placesIn(t); // placesIn checks every span against the text
  assert.deepEqual(ps.map((p) => p.countryCode), ['AF', 'MD', 'UA']);
});
