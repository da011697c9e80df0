/** Reference points, coverage and wording rules added for news geoparsing corpora, with sentences we wrote. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceKm } from '../../src/extract/places/geo.js';
import { resolveSpans } from '../../src/extract/places/index.js';
import { placeNamed, placesIn } from './helpers.js';

/** Resolve the given names as spans (the scorer's path), one Place per name, in order. */
function resolveNames(text: string, ...names: string[]) {
  let from = 0;
  const spans = names.map((n) => {
    const start = text.indexOf(n, from);
    if (start < 0) throw new Error(`"${n}" not in ${JSON.stringify(text)}`);
    from = start + n.length;
    return { start, end: start + n.length };
  });
  return resolveSpans(text, spans);
}

test('a country whose two usual reference points are close sits between them (within 161 km of each)', () => {
  const [china] = resolveNames('Exports from China rose again.', 'China');
  assert.equal(china?.kind, 'country');
  // GeoNames / Factbook point 35N 105E and the middle of China's outline (about 36.6N 103.8E).
  assert.ok(distanceKm(china!.lat!, china!.lon!, 35, 105) < 161);
  assert.ok(distanceKm(china!.lat!, china!.lon!, 36.6, 103.8) < 161);
  assert.ok(distanceKm(china!.lat!, china!.lon!, 35, 105) > 1, 'moved off the Factbook point');
});

test('a country whose reference points are far apart keeps the Factbook point (Canada)', () => {
  const [canada] = resolveNames('Snow fell across Canada.', 'Canada');
  assert.ok(distanceKm(canada!.lat!, canada!.lon!, 60, -95) < 1);
});

test('an admin unit ignores a lone misfiled member town: Hebei lies around Shijiazhuang, not in Tibet', () => {
  const [hebei] = resolveNames('Floods hit Hebei on Monday.', 'Hebei');
  assert.equal(hebei?.kind, 'admin1');
  assert.ok(distanceKm(hebei!.lat!, hebei!.lon!, 38.04, 114.5) < 400, `${hebei!.lat},${hebei!.lon}`);
});

test("Norway's pre-2020 counties and prefixed Philippine provinces are known", () => {
  const ps = resolveNames('Farms in Telemark and Pangasinan reported losses.', 'Telemark', 'Pangasinan');
  assert.equal(ps[0]?.countryCode, 'NO');
  assert.equal(ps[1]?.countryCode, 'PH');
  assert.notEqual(ps[1]?.lat, null);
});

test('a town known as "X City" is found as X when nothing else bears that name', () => {
  const [town] = resolveNames('Rice prices rose in Cabanatuan this week.', 'Cabanatuan');
  assert.equal(town?.countryCode, 'PH');
  assert.equal(town?.kind, 'city');
});

test('"Washington state" and "the state of Washington" are the state, "Washington" alone the capital', () => {
  const [a] = resolveNames('A cow from a Washington state farm fell ill.', 'Washington');
  const [b] = resolveNames('The case turned up in the state of Washington.', 'Washington');
  const [c] = resolveNames('Talks resumed in Washington.', 'Washington');
  assert.equal(a?.kind, 'admin1');
  assert.equal(b?.kind, 'admin1');
  assert.equal(c?.kind, 'city');
});

test('a former province answers "X province" and the bare name (Nyanza, Kenya)', () => {
  const ps = resolveNames('Doctors in Kenya held camps in Nyanza province and later in Nyanza.', 'Kenya', 'Nyanza', 'Nyanza');
  assert.equal(ps[1]?.countryCode, 'KE');
  assert.equal(ps[2]?.countryCode, 'KE');
});

test('lakes, seas and mountain ranges news names have points', () => {
  const ps = resolveNames('Algae spread across Lake Erie and the Baltic Sea; snow closed passes in the Ural Mountains.', 'Lake Erie', 'Baltic Sea', 'Ural Mountains');
  for (const p of ps) assert.ok(p.lat !== null && p.kind === 'region', p.text);
});

test('a name listed with countries is the country (Canada, not a Mexican town named Cañada)', () => {
  // A Mexican story: Mexico's places and demonyms are strong country context for "Canada".
  const text = 'Mexican doctors in Mexico City, Toluca and Puebla saw new cases; Mexican schools and Mexican offices closed. ' +
    'Cases were also confirmed in the United States, Canada, Spain and Israel.';
  const ps = resolveNames(text, 'Mexico City', 'Toluca', 'Puebla', 'United States', 'Canada', 'Spain', 'Israel');
  assert.equal(ps[4]?.kind, 'country');
  assert.equal(ps[4]?.countryCode, 'CA');
});

test('the EU resolves to the union, and detection takes it only with a locative cue', () => {
  const [eu] = resolveNames('Exports to the EU fell.', 'EU');
  assert.equal(eu?.name, 'European Union');
  assert.equal(placeNamed(placesIn('The EU said on Monday that talks would go on.'), 'EU'), undefined);
  assert.equal(placeNamed(placesIn('Prices rose in the EU last year.'), 'EU')?.name, 'European Union');
});

test("a region's demonym resolves to the region when demonyms are asked for", () => {
  const ps = resolveNames('Abkhaz and South Ossetian leaders met in Moscow.', 'Abkhaz', 'South Ossetian');
  assert.equal(ps[0]?.name, 'Abkhazia');
  assert.equal(ps[1]?.name, 'South Ossetia');
});

test('a demonym outranks towns and districts of the same name ("Canadian" is Canada, not Canadian County)', () => {
  const [p] = resolveNames('Canadian officials said the border stays open.', 'Canadian');
  assert.equal(p?.kind, 'country');
  assert.equal(p?.countryCode, 'CA');
});

test("a country whose capital is near its Factbook point sits between the two (Sudan, Khartoum)", () => {
  const [sudan] = resolveNames('Aid reached Sudan last week.', 'Sudan');
  assert.equal(sudan?.countryCode, 'SD');
  assert.ok(distanceKm(sudan!.lat!, sudan!.lon!, 15, 30) < 161, 'near the Factbook point');
  assert.ok(distanceKm(sudan!.lat!, sudan!.lon!, 15.55, 32.53) < 161, 'near Khartoum');
});

test('an admin1 unit whose seat is near its middle leans toward the seat (England, Hubei)', () => {
  const [england, hubei] = resolveNames('Rains lashed England and Hubei overnight.', 'England', 'Hubei');
  assert.equal(england?.kind, 'admin1');
  assert.ok(distanceKm(england!.lat!, england!.lon!, 51.51, -0.13) < 161, `England ${england!.lat},${england!.lon} near London`);
  assert.ok(distanceKm(hubei!.lat!, hubei!.lon!, 30.58, 114.27) < 120, `Hubei ${hubei!.lat},${hubei!.lon} near Wuhan`);
});

test('admin2 units are known without a local unit word ("Kabupaten Karo" as Karo)', () => {
  const ps = resolveNames('Ash fell on Karo, in North Sumatra, Indonesia.', 'Karo', 'North Sumatra', 'Indonesia');
  assert.equal(ps[0]?.countryCode, 'ID');
  assert.equal(ps[0]?.kind, 'admin2');
});

test('an all-capital word that only names towns or districts is an acronym, not a place', () => {
  assert.equal(placeNamed(placesIn('The REAL act passed, ALMA said.'), 'REAL'), undefined);
  assert.equal(placeNamed(placesIn('Troops from the US and UK arrived.'), 'UK')?.kind, 'country');
});
