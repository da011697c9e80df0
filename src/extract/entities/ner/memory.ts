/**
 * What the tagger already said about a word earlier in the same document: counts of
 * [O, PER, ORG, LOC, MISC] per capitalised word form. Read as a feature for later sentences
 * (WHY: a name is usually the same kind of thing every time one article repeats it).
 */
import { labelOfTag, NER_LABELS, O_TAG } from './labels.js';

export class LabelMemory {
  private readonly counts = new Map<string, Int32Array>();

  /** Label most often given to `word` so far (0 = O, 1..4 = NER_LABELS), or -1 if unseen. */
  label(word: string): number {
    const counts = this.counts.get(word);
    if (!counts) return -1;
    let best = -1;
    let bestCount = 0;
    for (let k = 0; k < counts.length; k++) if (counts[k]! > bestCount) [best, bestCount] = [k, counts[k]!];
    return best;
  }

  /** Record a decoded sentence; only capitalised words are remembered. */
  record(words: string[], tags: ArrayLike<number>): void {
    for (let i = 0; i < words.length; i++) {
      const c = words[i]!.charCodeAt(0);
      if (!(c >= 65 && c <= 90)) continue;
      let row = this.counts.get(words[i]!);
      if (!row) this.counts.set(words[i]!, (row = new Int32Array(1 + NER_LABELS.length)));
      const tag = tags[i]!;
      row[tag === O_TAG ? 0 : 1 + NER_LABELS.indexOf(labelOfTag(tag)!)]!++;
    }
  }
}

