/**
 * Rules and the trained tagger together, per reading unit. The rules are precise on
 * quotations in quote marks; the tagger knows PolNeAR's long tail of cues (attitudes,
 * intentions, evidence). A model attribution is added where no kept rule attribution
 * has an overlapping cue.
 */
import type { Doc } from '../../model/document.js';
import type { RawAttribution } from './context.js';
import type { QuoteRegion } from './marks.js';
import type { ModelAttribution } from './model/attributions.js';

/**
 * model: the tagger alone; rules-first: every rule attribution, the tagger's elsewhere;
 * direct-rules-first: only the rules' direct quotations, the tagger's elsewhere.
 */
export type MergePolicy = 'model' | 'rules-first' | 'direct-rules-first';
export const DEFAULT_POLICY: MergePolicy = 'rules-first';

export function mergeAttributions(doc: Doc, rules: RawAttribution[], model: ModelAttribution[], regions: QuoteRegion[], policy: MergePolicy): RawAttribution[] {
  const kept = policy === 'model' ? [] : policy === 'rules-first' ? rules : rules.filter((r) => isDirect(r, regions));
  const out = [...kept];
  for (const m of model) {
    // PolNeAR is univocal (a word plays one part in one attribution): a cue the tagger finds
    // inside a kept attribution's source or content belongs to that attribution
    const { start, end } = { start: doc.tokens[m.cue[0]]!.start, end: doc.tokens[m.cue[1] - 1]!.end };
    if (kept.some((r) => r.cueStart < m.cue[1] && m.cue[0] < r.cueEnd)) continue;
    if (kept.some((r) => (r.contentStart < end && start < r.contentEnd) || (r.source && r.source[0] < m.cue[1] && m.cue[0] < r.source[1]))) continue;
    out.push(rawOf(doc, m));
  }
  return out.sort((a, b) => a.cueStart - b.cueStart);
}

function rawOf(doc: Doc, m: ModelAttribution): RawAttribution {
  const { tokens } = doc;
  return {
    cueStart: m.cue[0], cueEnd: m.cue[1], source: m.source,
    contentStart: tokens[m.content[0]]!.start, contentEnd: tokens[m.content[1] - 1]!.end,
    lemma: tokens[m.cue[1] - 1]!.text.toLowerCase(),
  };
}

/** The content lies (almost) all inside quote marks. */
function isDirect(r: RawAttribution, regions: QuoteRegion[]): boolean {
  let quoted = 0;
  for (const q of regions) {
    const overlap = Math.min(r.contentEnd, q.end) - Math.max(r.contentStart, q.start);
    if (overlap > 0) quoted += overlap;
  }
  return quoted >= 0.85 * (r.contentEnd - r.contentStart);
}
