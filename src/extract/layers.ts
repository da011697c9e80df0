/**
 * The layers a stage may read. Stages run in the order fixed in src/analyze.ts and each
 * receives what the stages before it produced; a stage must not assume a later layer.
 */
import type { Claim, ConflictEvent, Entity, Place, Quote, TimeExpression } from '../model/analysis.js';

export interface Layers {
  entities: Entity[];
  times: TimeExpression[];
  places: Place[];
  quotes: Quote[];
  claims: Claim[];
  events: ConflictEvent[];
}

export type StageName = keyof Layers;
export const STAGE_ORDER: readonly StageName[] = ['entities', 'times', 'places', 'quotes', 'claims', 'events'];
