/**
 * The quotes stage: entry point called by src/analyze.ts.
 * Not built yet: returns no quotes (never invented data) until its issue lands.
 */
import type { Quote } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';

export function extractQuotes(_doc: Doc, _layers: Partial<Layers>): Quote[] {
  return [];
}
