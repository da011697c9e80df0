/**
 * Golden files: whole short articles (written for these tests) through the real entities
 * stage. After a deliberate change, `npm run fixtures:entities` rewrites expected.json;
 * read that diff by eye before committing it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, entitiesOfFixture, fixtureCases } from './regenerate-fixtures.js';

for (const name of fixtureCases()) {
  test(`entities golden file: ${name}`, () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8'));
    assert.deepEqual(entitiesOfFixture(name), expected);
  });
}

test('golden files cover alias joining, acronyms, surnames and roles', () => {
  const all = fixtureCases().flatMap((name) => JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')));
  const named = (n: string) => all.find((e: { name: string }) => e.name === n);
  assert.ok(named('Hayat Tahrir al-Sham').mentions.some((m: { text: string }) => m.text === 'HTS'), 'alias joining');
  assert.ok(named('International Organization for Migration').mentions.some((m: { text: string }) => m.text === 'IOM'), 'acronym');
  assert.ok(named('Amina Okonjo').mentions.some((m: { text: string }) => m.text === 'Okonjo'), 'surname');
  assert.ok(named('Amina Okonjo').roles.length > 0, 'roles');
});
