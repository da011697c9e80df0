/**
 * The model's attributions for a whole document: cues per reading unit, then the source
 * and content of each cue. Token ranges; the caller maps them to the Quote contract.
 */
import type { Doc } from '../../../model/document.js';
import { atomsOf, type Atoms } from './atoms.js';
import { wordClusters, type WordClusters } from './clusters.js';
import { cueSpans, cueView, roleExtents, tagUnitCues, tagUnitRoles, type Scorer, type TokenRange } from './tagger.js';

export interface ModelAttribution {
  cue: TokenRange;
  source: TokenRange | null;
  /** Null when the content is not in the unit (a cue ending in a colon before a new paragraph). */
  content: TokenRange | null;
  /** The reading unit [first, last) that holds the cue. */
  unit: TokenRange;
}

export interface Scorers {
  cue: Scorer;
  role: Scorer;
  /** The model was trained with word-cluster features (models/word-clusters.json). */
  clusters?: boolean;
}

/** The word clusters the model's features need, or null. */
export function clustersFor(scorers: Scorers): WordClusters | null {
  return scorers.clusters ? wordClusters() : null;
}

export function modelAttributions(doc: Doc, regionOf: Int32Array, units: TokenRange[], scorers: Scorers, atoms?: Atoms): ModelAttribution[] {
  const a = atoms ?? atomsOf(doc, regionOf, units, clustersFor(scorers));
  return units.flatMap(([first, last]) => unitAttributions(doc, a, first, last, scorers));
}

/** The attributions of one reading unit [first, last): its cues, each with its source and content. */
/**
 * `settled(token)`: the token belongs to an attribution the caller keeps (it is tagged O, not
 * scored); `skip(cue)`: the caller will discard attributions with this cue (no role tagging).
 */
export function unitAttributions(doc: Doc, a: Atoms, first: number, last: number, scorers: Scorers,
  skip?: (cue: TokenRange) => boolean, settled?: (token: number) => boolean): ModelAttribution[] {
  const out: ModelAttribution[] = [];
  const cues = cueSpans(tagUnitCues(scorers.cue, a, first, last, settled), first);
  for (const cue of cues) {
    // WHY: role tagging is most of the tagger's time; a cue the caller will discard needs none
    if (skip?.(cue)) continue;
    const view = cueView(a, doc.tokens, cue, cues);
    const tags = tagUnitRoles(scorers.role, a, first, last, view);
    const { source, content } = roleExtents(tags, first, doc.tokens, cue);
    if (content || endsInColon(doc, cue, last)) out.push({ cue, source, content, unit: [first, last] });
  }
  return out;
}

/** "He said:" closing its line: the content is what follows (see extend.ts). */
function endsInColon(doc: Doc, cue: TokenRange, last: number): boolean {
  return cue[1] >= last - 1 && doc.tokens[last - 1]!.text === ':';
}
