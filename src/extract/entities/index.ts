/**
 * The entities stage: entry point called by src/analyze.ts.
 * Not built yet: returns no entities (never invented data) until its issue lands.
 */
import type { Entity } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';

export function extractEntities(_doc: Doc, _layers: Partial<Layers>): Entity[] {
  return [];
}
