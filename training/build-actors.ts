/**
 * Builds models/actors.json, the actor knowledge base, from ../shared/data:
 * Phoenix/PETRARCH dictionaries, UCDP actors, OFAC designated groups, world-countries,
 * and our curated file (training/actors/curated.json). Deterministic: same inputs, same file.
 *
 *   npm run build:actors [-- --data DIR]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { modelsDir, sharedDataDir } from '../src/paths.js';
import { aliasPattern } from '../src/extract/entities/alias-pattern.js';
import { curatedActors } from './actors/compose.js';
import { mergeActors } from './actors/merge.js';
import { ofacActors } from './actors/ofac.js';
import { actorsFromBlocks, parseActorFile, parseAgentRoleNouns } from './actors/phoenix.js';
import { countryNameIndex, iso3to2, stateActors } from './actors/states.js';
import { ucdpActors } from './actors/ucdp.js';
import { ALIAS_STOPWORDS } from './actors/stopwords.js';
import { placeAndGroupLexicon } from './actors/lexicon.js';

function main(): void {
  const t0 = performance.now();
  const dataArg = process.argv.indexOf('--data');
  const data = dataArg > 0 ? process.argv[dataArg + 1]! : sharedDataDir;
  for (const set of ['petrarch-phoenix-dictionaries', 'ucdp-actors', 'ofac-sdn']) {
    if (!existsSync(join(data, set))) throw new Error(`build:actors: data set ${join(data, set)} not found; pass --data DIR (the folder holding ${set}/)`);
  }
  const phoenix = join(data, 'petrarch-phoenix-dictionaries');
  const iso = iso3to2();
  const countryBlocks = parseActorFile(join(phoenix, 'Phoenix.Countries.actors.txt'));
  const records = [
    ...curatedActors(join(import.meta.dirname, 'actors', 'curated.json'), 0),
    ...stateActors(1),
    ...ofacActors(join(data, 'ofac-sdn'), 2),
    ...ucdpActors(join(data, 'ucdp-actors', 'ucdp-actor-221.csv'), { priority: 3, countryByName: countryNameIndex() }),
    ...actorsFromBlocks(parseActorFile(join(phoenix, 'Phoenix.MilNonState.actors.txt')), { source: 'milnonstate', priority: 4, iso3to2: iso, institutionsOnly: false }),
    ...actorsFromBlocks(parseActorFile(join(phoenix, 'Phoenix.International.actors.txt')), { source: 'international', priority: 5, iso3to2: iso, institutionsOnly: false }),
    ...actorsFromBlocks(countryBlocks, { source: 'countries', priority: 6, iso3to2: iso, institutionsOnly: true }),
  ];
  const lexicon = placeAndGroupLexicon(countryBlocks);
  const actors = mergeActors(records, ALIAS_STOPWORDS, new Set([...lexicon.gpe, ...lexicon.norp])).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const roleNouns = parseAgentRoleNouns(join(phoenix, 'Phoenix.agents.txt'));
  const kb = {
    schema: 'newsgraph.actors/1',
    sources: ['training/actors/curated.json', 'world-countries', 'ofac-sdn', 'ucdp-actors 22.1', 'petrarch2 Phoenix dictionaries'],
    roleNouns,
    // patterns precomputed so loading the KB does no text normalisation
    actors: actors.map((a) => [a.id, a.name, a.kind, a.country, a.aliases, a.aliases.map(aliasPattern)]),
  };
  mkdirSync(modelsDir, { recursive: true });
  const json = JSON.stringify(kb);
  writeFileSync(join(modelsDir, 'actors.json'), json + '\n');
  const lexiconJson = JSON.stringify({ schema: 'newsgraph.actors-lexicon/1', ...lexicon });
  writeFileSync(join(modelsDir, 'actors.lexicon.json'), lexiconJson + '\n');
  console.log(`models/actors.lexicon.json: ${lexicon.gpe.length} place names, ${lexicon.norp.length} group words, ${(lexiconJson.length / 1e6).toFixed(2)} MB`);
  const aliasCount = actors.reduce((n, a) => n + a.aliases.length, 0);
  const seconds = ((performance.now() - t0) / 1000).toFixed(2);
  console.log(`models/actors.json: ${actors.length} actors, ${aliasCount} aliases, ${roleNouns.length} role nouns, ${(json.length / 1e6).toFixed(2)} MB, built in ${seconds} s from ${records.length} source records`);
}

main();
