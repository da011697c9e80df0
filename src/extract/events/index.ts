/**
 * The events stage: ACLED-style conflict events from one article.
 *
 * Reads the sentences, and the entities, times, places and claims layers when present;
 * degrades gracefully when they are empty (actor phrases and counts are found here,
 * dates and places are then left null rather than guessed). Pure and deterministic.
 *
 *   clauses -> trigger hits -> sub-type (classify.ts) -> mentions (mentions.ts)
 *   -> one event per real event (merge.ts) -> ConflictEvent with its arguments (build.ts)
 */
import type { ConflictEvent } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';
import { buildEvent } from './build.js';
import { mentionsOf } from './mentions.js';
import { mergeMentions } from './merge.js';

export function extractEvents(doc: Doc, layers: Partial<Layers>): ConflictEvent[] {
  const drafts = mergeMentions(mentionsOf(doc, layers));
  return drafts.map((d, i) => buildEvent(doc, layers, d, { id: `V${i + 1}`, isMain: i === firstMain(drafts) }));
}

/** The article's main event: the first one that is not background. */
function firstMain(drafts: ReturnType<typeof mergeMentions>): number {
  return drafts.findIndex((d) => !d.background);
}

export { findCounts } from './counts.js';
