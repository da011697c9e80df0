/**
 * Spans of organisation names whose place words are no place of the story: armed groups
 * named after a region ("Islamic State West Africa Province", "IS Sahel"), and the
 * Islamic State's "provinces" (wilayat) named on their own ("its Central Africa
 * Province"). Other organisations keep their places: "Texas Department of Health" and
 * "Sindh police" do name Texas and Sindh.
 */
import type { Entity } from '../../model/analysis.js';
import { actorById } from '../entities/actors.js';
import type { Gazetteer } from './gazetteer.js';
import { lookupPlace, nameKey } from './lookup.js';

// Actor kinds whose names use places as labels, not as where things happen.
const LABEL_KINDS = new Set(['armed group']);

export function organisationSpans(gaz: Gazetteer, entities: Entity[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const ent of entities) {
    if (ent.type !== 'ORG') continue;
    const armedGroup = ent.actor !== null && LABEL_KINDS.has(actorById(ent.actor)?.kind ?? '');
    for (const m of ent.mentions) if (armedGroup || isSupraProvince(gaz, m.text)) out.push([m.start, m.end]);
  }
  return out;
}

/**
 * "Central Africa Province", "Sahel Province": an organisation's "Province" named after a
 * country or a region wider than any province. A real province is named after a place
 * inside a country, so a country or curated region before the word marks a wilaya.
 */
function isSupraProvince(gaz: Gazetteer, text: string): boolean {
  const m = /^(?:the\s+)?(.+?)\s+Province$/.exec(text);
  // "Nyanza Province" is a (former) province's own name.
  if (!m || nameKey(gaz, text) !== null) return false;
  return lookupPlace(gaz, m[1]!, { demonyms: false }).candidates.some((c) => gaz.kind[c] === 'country' || gaz.kind[c] === 'region');
}
