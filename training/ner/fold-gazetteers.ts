/**
 * Training-split name lists built held out: documents in fold k see only names from the
 * other folds. WHY: a list built from all of train contains every training name, so the
 * model learns to trust it blindly and collapses on unseen names (test F1 64 vs 84, DESIGN.md).
 */
import { addName, emptyGazetteer, type Gazetteer } from '../../src/extract/entities/ner/gazetteer.js';
import type { LabelledDoc } from '../../src/extract/entities/ner/conll-reader.js';

export function gazetteerOf(docs: LabelledDoc[]): Gazetteer {
  const gaz = emptyGazetteer();
  for (const doc of docs) for (const s of doc) for (const span of s.spans) addName(gaz, s.tokens.slice(span.start, span.end), span.label);
  return gaz;
}

/** fold of document d = d mod folds; returns one gazetteer per fold, built from the other folds. */
export function heldOutGazetteers(docs: LabelledDoc[], folds: number): Gazetteer[] {
  return Array.from({ length: folds }, (_, k) => gazetteerOf(docs.filter((_, d) => d % folds !== k)));
}
