/**
 * The times stage: entry point called by src/analyze.ts.
 * Not built yet: returns no times (never invented data) until its issue lands.
 */
import type { TimeExpression } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';

export function extractTimes(_doc: Doc, _layers: Partial<Layers>): TimeExpression[] {
  return [];
}
