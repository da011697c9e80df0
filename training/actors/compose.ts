/**
 * Curated entries, and Islamic State provinces composed with every name variant of the
 * parent group: "Islamic State Sahel Province", "IS Sahel", "ISIS in the Greater Sahara",
 * "Daesh's Khorasan Province", "ISIS-K" ... each province its own actor, never the parent.
 */
import { readFileSync } from 'node:fs';
import type { SourceActor } from './types.js';

/** An entry of our curated file: a source actor without the precedence the build assigns. */
type CuratedActor = Pick<SourceActor, 'id' | 'name' | 'kind' | 'country' | 'aliases' | 'acronyms' | 'absorb'>;

interface CuratedProvince {
  id: string;
  name: string;
  country: string | null;
  regions: string[];
  acronyms: string[];
  absorb?: string[];
}

interface CuratedFile {
  actors: CuratedActor[];
  islamicStateProvinces: CuratedProvince[];
}

const IS_NAMES = ['Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group'];
const CONNECTORS = ['', 'in', "'s", '-'];

export function curatedActors(path: string, priority: number): SourceActor[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as CuratedFile;
  const plain = file.actors.map((a) => ({ ...a, aliases: [a.name, ...a.aliases, ...a.acronyms], priority }));
  const provinces = file.islamicStateProvinces.map((p) => ({
    id: p.id,
    name: p.name,
    kind: 'armed group' as const,
    country: p.country,
    aliases: [p.name, ...composeProvinceNames(p.regions), ...p.acronyms],
    acronyms: p.acronyms,
    priority,
    absorb: p.absorb,
  }));
  return [...plain, ...provinces];
}

export function composeProvinceNames(regions: string[]): string[] {
  const out: string[] = [];
  for (const parent of IS_NAMES) {
    for (const connector of CONNECTORS) {
      for (const region of regions) {
        if (connector === "'s") out.push(`${parent}'s ${region}`);
        else if (connector === '-') out.push(`${parent}-${region}`);
        else out.push([parent, connector, region].filter(Boolean).join(' '));
      }
    }
  }
  return out;
}
