/**
 * The places stage: entry point called by src/analyze.ts.
 * Not built yet: returns no places (never invented data) until its issue lands.
 */
import type { Place } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';

export function extractPlaces(_doc: Doc, _layers: Partial<Layers>): Place[] {
  return [];
}
