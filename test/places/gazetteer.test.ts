import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer } from '../../src/extract/places/gazetteer.js';
import { lookupPlace } from '../../src/extract/places/lookup.js';

const gaz = gazetteer();
const kindsOf = (text: string) => lookupPlace(gaz, text).candidates.map((c) => `${gaz.kind[c]}:${gaz.cc[c]}`);

test('the gazetteer holds countries, admin1, admin2, cities and curated regions', () => {
  assert.ok(gaz.size > 150_000, `only ${gaz.size} entries`);
  for (const kind of ['country', 'admin1', 'admin2', 'city', 'region'] as const) assert.ok(gaz.kind.includes(kind), kind);
  assert.ok(kindsOf('Sahel').includes('region:'));
  assert.ok(kindsOf('the Horn of Africa').some((k) => k.startsWith('region')));
  assert.ok(kindsOf('West Bank').includes('region:PS'));
});

test('every entry has a point on the globe and cities carry GeoNames ids', () => {
  for (let i = 0; i < gaz.size; i += 97) {
    assert.ok(Math.abs(gaz.lat[i]!) <= 90 && Math.abs(gaz.lon[i]!) <= 180, `${gaz.name[i]} at ${gaz.lat[i]},${gaz.lon[i]}`);
    if (gaz.kind[i] === 'city') assert.ok((gaz.id[i] ?? 0) > 0, `${gaz.name[i]} has no id`);
  }
});

test('exonyms and old spellings reach the same entry as the current name', () => {
  const kyiv = lookupPlace(gaz, 'Kyiv').candidates.filter((c) => gaz.kind[c] === 'city');
  const kiev = lookupPlace(gaz, 'Kiev').candidates;
  assert.ok(kyiv.some((c) => kiev.includes(c)));
  assert.ok(lookupPlace(gaz, 'Bombay').candidates.some((c) => gaz.name[c] === 'Mumbai'));
});

test('admin1 entries carry their name and cities their admin1 name', () => {
  const la = lookupPlace(gaz, 'Louisiana').candidates.find((c) => gaz.kind[c] === 'admin1')!;
  assert.equal(gaz.admin1[la], 'Louisiana');
  const houston = lookupPlace(gaz, 'Houston').candidates.find((c) => gaz.cc[c] === 'US' && gaz.fc[c] === 'PPLA2' && gaz.pop[c]! > 1e6);
  assert.equal(houston !== undefined && gaz.admin1[houston], 'Texas');
});

test('unit words become hints: "Kandahar province" asks for the admin1', () => {
  const found = lookupPlace(gaz, 'Kandahar province');
  assert.equal(found.hint, 'admin1');
  assert.ok(found.candidates.some((c) => gaz.kind[c] === 'admin1'));
});

test('demonyms resolve to their country only when asked for', () => {
  assert.deepEqual(lookupPlace(gaz, 'Afghan', { demonyms: false }).candidates, []);
  const found = lookupPlace(gaz, 'Afghan', { demonyms: true });
  assert.equal(found.demonym, true);
  assert.equal(gaz.cc[found.candidates[0]!], 'AF');
});
