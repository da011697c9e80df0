/** Run the places stage on a sentence we wrote, with an optional entity layer. */
import { documentOf } from '../../src/analyze.js';
import type { Entity, Place } from '../../src/model/analysis.js';
import { extractPlaces } from '../../src/extract/places/index.js';

export function placesIn(text: string, entities: Entity[] = []): Place[] {
  const places = extractPlaces(documentOf(text), { entities });
  for (const p of places) {
    if (text.slice(p.start, p.end) !== p.text) throw new Error(`span [${p.start},${p.end}) does not slice to ${JSON.stringify(p.text)}`);
  }
  return places;
}

export function placeNamed(places: Place[], text: string): Place | undefined {
  return places.find((p) => p.text === text);
}

/** An entity whose mentions are every occurrence of each given string. */
export function entity(id: string, type: Entity['type'], text: string, ...names: string[]): Entity {
  const mentions = names.flatMap((n) => [...text.matchAll(new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => ({ start: m.index!, end: m.index! + n.length, text: n })));
  return { id, type, name: names[0]!, actor: null, roles: [], mentions };
}
