/**
 * States from world-countries, and per-country government and armed-forces actors whose
 * aliases are generated from the demonym ("Russian government", "Nigerian army"):
 * news names these far more often than any dictionary spelling.
 */
import { createRequire } from 'node:module';
import type { SourceActor } from './types.js';
import { foldCase } from '../../src/extract/entities/normalize.js';

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  unMember: boolean;
  cca2: string;
  cca3: string;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

export function worldCountries(): WorldCountry[] {
  return require('world-countries') as WorldCountry[];
}

const LATIN = /^[\p{Script=Latin}\s'’.,()-]+$/u;

/** "the United States", "the Philippines", "the Central African Republic": names English writes with "the". */
function withArticle(common: string): string {
  return /^(United|Central African|Czech|Dominican|Gambia)|Republic|Islands|(lands|pines|mas|ros|ves|elles)$/.test(common) ? `the ${common}` : common;
}

export function stateActors(priority: number): SourceActor[] {
  const out: SourceActor[] = [];
  // UN members first: a demonym several territories share ("French") names the member state's forces
  const ordered = [...worldCountries()].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    const common = c.name.common;
    const alt = c.altSpellings.filter((a) => LATIN.test(a) && a.length > 2 && a !== common);
    out.push({
      id: `state:${c.cca2}`,
      name: common,
      kind: 'state',
      country: c.cca2,
      aliases: [...new Set([common, c.name.official, ...alt])],
      acronyms: [],
      priority,
    });
    const demonym = c.demonyms?.eng?.m;
    const adjectives = demonym ? [demonym, common] : [common];
    out.push({
      id: `gov:${c.cca2}`,
      name: `Government of ${withArticle(common)}`,
      kind: 'government',
      country: c.cca2,
      aliases: [`Government of ${withArticle(common)}`, `Government of ${common}`, ...adjectives.flatMap((a) => [`${a} government`, `${a} authorities`])],
      acronyms: [],
      priority,
    });
    out.push({
      id: `mil:${c.cca2}`,
      name: `Armed forces of ${withArticle(common)}`,
      kind: 'state force',
      country: c.cca2,
      aliases: [`Armed forces of ${withArticle(common)}`, `Armed forces of ${common}`, ...adjectives.flatMap((a) => ['army', 'military', 'armed forces', 'forces', 'troops', 'soldiers'].map((w) => `${a} ${w}`))],
      acronyms: [],
      priority,
    });
    out.push({
      id: `police:${c.cca2}`,
      name: `Police of ${withArticle(common)}`,
      kind: 'state force',
      country: c.cca2,
      aliases: [`Police of ${withArticle(common)}`, `Police of ${common}`, ...adjectives.map((a) => `${a} police`)],
      acronyms: [],
      priority,
    });
  }
  return out;
}

/** Folded country name -> ISO2, for sources that name countries in words (UCDP). */
export function countryNameIndex(): (name: string) => string | null {
  const index = new Map<string, string>();
  for (const c of worldCountries()) {
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) index.set(foldCase(n), c.cca2);
  }
  const extra: Record<string, string> = { 'dr congo': 'CD', 'united states of america': 'US', 'yemen': 'YE', 'ivory coast': 'CI', 'myanmar': 'MM', 'vietnam': 'VN' };
  for (const [k, v] of Object.entries(extra)) index.set(k, v);
  return (name) => index.get(foldCase(name)) ?? null;
}

export function iso3to2(): Map<string, string> {
  return new Map(worldCountries().map((c) => [c.cca3, c.cca2]));
}
