/**
 * Cross-article identity of an entity. Entity ids ("E1") are per analysis; across articles an
 * entity is its knowledge-base actor when linked, else its type and lower-cased name.
 */
import type { Analysis, Entity } from '../model/analysis.js';

export function entityKey(e: Pick<Entity, 'actor' | 'type' | 'name'>): string {
  return e.actor ? `actor:${e.actor}` : `name:${e.type}:${e.name.toLowerCase()}`;
}

/** Look up entity ids of one analysis. */
export function entityIndex(a: Analysis): Map<string, Entity> {
  return new Map(a.entities.map((e) => [e.id, e]));
}
