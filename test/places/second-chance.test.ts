/**
 * Names the gazetteer lacks as written (fallback.ts), names from the secondary admin1 list,
 * disease names, and small towns named like countries. Spans are given, as the scorer
 * gives gold spans, so each test is about resolution alone; sentences are ours.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Place } from '../../src/model/analysis.js';
import { resolveSpans } from '../../src/extract/places/index.js';
import { distanceKm } from '../../src/extract/places/geo.js';
import { placeNamed, placesIn } from './helpers.js';

/** Resolve every occurrence of each name in `text` (the names are the toponym spans). */
function resolveNames(text: string, ...names: string[]): Place[] {
  const spans = names.flatMap((n) => [...text.matchAll(new RegExp(`\\b${n}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length })));
  return resolveSpans(text, spans.sort((a, b) => a.start - b.start));
}

function kmFrom(p: Place | undefined, lat: number, lon: number): number {
  assert.ok(p && p.lat !== null && p.lon !== null, `${p?.text} has no point`);
  return distanceKm(lat, lon, p.lat, p.lon!);
}

test('a part of a town is placed at the town: "North Dallas"; "South Pacific" is not Pacific County', () => {
  const ps = resolveNames('Crews sprayed North Dallas overnight, officials in Texas said.', 'North Dallas', 'Texas');
  assert.ok(kmFrom(placeNamed(ps, 'North Dallas'), 32.78, -96.8) < 30);
  const sea = resolveNames('Storms crossed the South Pacific toward Seattle, Washington.', 'South Pacific', 'Seattle', 'Washington');
  assert.notEqual(placeNamed(sea, 'South Pacific')?.kind, 'admin2');
});

test('people named after a state or continent: "Texan", "Europeans"', () => {
  const ps = resolveNames('The Texan rancher sold cattle to Europeans.', 'Texan', 'Europeans');
  assert.equal(placeNamed(ps, 'Texan')?.name, 'Texas');
  assert.equal(placeNamed(ps, 'Europeans')?.name, 'Europe');
});

test('an abbreviation whose last dot the span left out: "Calif"', () => {
  const ps = resolveNames('The fire near Fresno, Calif spread overnight.', 'Fresno', 'Calif');
  assert.equal(placeNamed(ps, 'Calif')?.name, 'California');
});

test('a joined spelling finds the hyphenated name, but only with same-country context', () => {
  const japan = resolveNames('Flu was found in Kitaakita, a city in Akita Prefecture, Japan.', 'Kitaakita', 'Japan');
  assert.equal(placeNamed(japan, 'Kitaakita')?.countryCode, 'JP');
  const alone = resolveNames('Flu was found in Kitaakita last week.', 'Kitaakita');
  assert.equal(placeNamed(alone, 'Kitaakita')?.lat, null);
});

test('another romanisation of an Arabic name, with Egyptian context only', () => {
  const text = 'Two cases were reported in Menoufia and one in Cairo, Egypt.';
  const ps = resolveNames(text, 'Menoufia', 'Cairo', 'Egypt');
  assert.equal(placeNamed(ps, 'Menoufia')?.countryCode, 'EG');
  assert.equal(placeNamed(ps, 'Menoufia')?.kind, 'admin1');
  const alone = resolveNames('Two cases were reported in Menoufia.', 'Menoufia');
  assert.equal(placeNamed(alone, 'Menoufia')?.lat, null);
});

test('English admin1 names GeoNames spells otherwise, and units its tables lack', () => {
  const ps = resolveNames('Police in Rhineland-Palatinate and Oromia were alerted.', 'Rhineland-Palatinate', 'Oromia');
  assert.equal(placeNamed(ps, 'Rhineland-Palatinate')?.countryCode, 'DE');
  assert.equal(placeNamed(ps, 'Oromia')?.countryCode, 'ET');
  const lu = resolveNames('A chemical plant in Ludwigshafen closed.', 'Ludwigshafen');
  assert.equal(placeNamed(lu, 'Ludwigshafen')?.countryCode, 'DE');
});

test('a disease named after a place is not the place: "Marburg virus", "Lassa fever"', () => {
  const text = 'The Marburg virus and Lassa fever were discussed at a meeting in Marburg.';
  const ps = placesIn(text);
  assert.deepEqual(ps.map((p) => [p.text, p.start]), [['Marburg', text.lastIndexOf('Marburg')]]);
  assert.equal(ps[0]!.countryCode, 'DE');
});

test('a small town named like a country needs local evidence: "England" in a Texas story is England', () => {
  const far = resolveNames('Health officials in Texas said the traveller had flown in from England.', 'Texas', 'England');
  assert.equal(placeNamed(far, 'England')?.countryCode, 'GB');
  const pair = resolveNames('The storm hit England, Arkansas, and Little Rock.', 'England', 'Arkansas', 'Little Rock');
  assert.equal(placeNamed(pair, 'England')?.countryCode, 'US');
});

test('local-news wording makes a name a town: "the Jordan City Council", "a DeKalb man"', () => {
  const jordan = resolveNames('The Jordan City Council met near Shakopee. Jordan will repave two streets.', 'Jordan', 'Shakopee');
  assert.ok(jordan.filter((p) => p.text === 'Jordan').every((p) => p.countryCode === 'US' && p.kind === 'city'));
  const country = resolveNames('Refugees crossed into Jordan from Syria.', 'Jordan', 'Syria');
  assert.equal(placeNamed(country, 'Jordan')?.kind, 'country');
  const dekalb = resolveNames('A DeKalb man was arrested in Sycamore on Friday.', 'DeKalb', 'Sycamore');
  assert.equal(placeNamed(dekalb, 'DeKalb')?.kind, 'city');
});

test('a state holding the article\'s towns is the state: "north Georgia" with Atlanta', () => {
  const ps = resolveNames('Rain soaked north Georgia on Tuesday, and flights out of Atlanta were delayed.', 'Georgia', 'Atlanta');
  assert.equal(placeNamed(ps, 'Georgia')?.kind, 'admin1');
  assert.equal(placeNamed(ps, 'Georgia')?.countryCode, 'US');
});
