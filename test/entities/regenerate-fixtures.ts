/**
 * Rewrites test/fixtures/entities/<case>/expected.json from input.txt with the current
 * entities stage (real tagger and KB). Run `npm run fixtures:entities`, then read the diff
 * by eye before committing: the files are the reviewed answer, not a snapshot to accept blindly.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentOf } from '../../src/analyze.js';
import { extractEntities } from '../../src/extract/entities/index.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'entities');

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function entitiesOfFixture(name: string) {
  const text = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8');
  return extractEntities(documentOf(text), {});
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const name of fixtureCases()) {
    writeFileSync(join(FIXTURES, name, 'expected.json'), JSON.stringify(entitiesOfFixture(name), null, 2) + '\n');
    console.log(`wrote ${name}/expected.json`);
  }
}
