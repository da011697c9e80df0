/**
 * What the tagger already said about a word earlier in the same document: counts of
 * [O, PER, ORG, LOC, MISC] per capitalised word form. Read as a feature for later sentences
 * (WHY: a name is usually the same kind of thing every time one article repeats it).
 */
import { labelOfTag, NER_LABELS, O_TAG } from './labels.js';

export class LabelMemory {
  private readonly counts = new Map<string, Int32Array>();

  /** The "dl=" feature string, as training indexes it. */
  feature(word: string): string | null {
    const label = this.label(word);
    return label === null ? null : 'dl=' + label;
  }

  /** Index (as text) of the label most often given to `word` so far, or null if unseen. */
  label(word: string): string | null {
    return majorityLabel(this.counts.get(word));
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

const LABEL_TEXT = ['0', '1', '2', '3', '4'];

function majorityLabel(counts: Int32Array | undefined): string | null {
  if (!counts) return null;
  let best = -1;
  let bestCount = 0;
  for (let k = 0; k < counts.length; k++) if (counts[k]! > bestCount) [best, bestCount] = [k, counts[k]!];
  return best < 0 ? null : LABEL_TEXT[best]!;
}
