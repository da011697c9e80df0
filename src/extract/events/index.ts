/**
 * The events stage: entry point called by src/analyze.ts.
 * Not built yet: returns no events (never invented data) until its issue lands.
 */
import type { ConflictEvent } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';

export function extractEvents(_doc: Doc, _layers: Partial<Layers>): ConflictEvent[] {
  return [];
}
