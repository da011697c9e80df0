/**
 * The claims stage: entry point called by src/analyze.ts.
 * Not built yet: returns no claims (never invented data) until its issue lands.
 */
import type { Claim } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';

export function extractClaims(_doc: Doc, _layers: Partial<Layers>): Claim[] {
  return [];
}
