/** Tags one document with a loaded model: features, emission scores, Viterbi, per sentence. */
import { TAG_COUNT, spansFromBilou, type NerLabel } from './labels.js';
import { contextKeys, docFacts, earlierLabelKey, wordKeys } from './features.js';
import { LabelMemory } from './memory.js';
import { addKeyScores, type NerModel } from './model.js';
import { viterbi } from './viterbi.js';

const T = TAG_COUNT;

export interface NerSpan {
  sentence: number;
  start: number;
  end: number;
  label: NerLabel;
  score?: number;
}

/** Typographic quotes and dashes as the CoNLL-2003 training text writes them (ASCII). */
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2013\u2014]/g;
const HAS_TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2013\u2014]/; // no /g: test() must not keep state
const ASCII: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2013': '-', '\u2014': '--',
};

/** WHY: news text uses curly quotes ("Okonjo’s") that the model never saw in training. */
export function asciiTokens(sentences: string[][]): string[][] {
  return sentences.map((tokens) => tokens.map((t) => (HAS_TYPOGRAPHIC.test(t) ? t.replace(TYPOGRAPHIC, (c) => ASCII[c]!) : t)));
}

/** Best BILOU tags for every sentence of the document, in order. */
export function decodeDocument(model: NerModel, original: string[][]): Int32Array[] {
  const sentences = asciiTokens(original);
  const facts = docFacts(sentences);
  const memory = new LabelMemory();
  const wordScores = new Map<string, Float32Array>();
  const scratch: number[] = [];
  const out: Int32Array[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s]!;
    const keys = contextKeys(sentences, s, facts, model.ctx);
    const emissions = new Float32Array(words.length * T);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      let own = wordScores.get(word);
      if (!own) {
        own = new Float32Array(T);
        scratch.length = 0;
        addKeyScores(model, wordKeys(word, facts, model.ctx, scratch), own, 0);
        wordScores.set(word, own);
      }
      emissions.set(own, i * T);
      const earlier = memory.label(word);
      if (earlier >= 0) keys[i]!.push(earlierLabelKey(earlier));
      addKeyScores(model, keys[i]!, emissions, i * T);
    }
    const tags = viterbi(emissions, model.transitions, words.length);
    memory.record(words, tags);
    out.push(tags);
  }
  return out;
}

export function tagDocument(model: NerModel, sentences: string[][]): NerSpan[] {
  const spans: NerSpan[] = [];
  decodeDocument(model, sentences).forEach((tags, sentence) => {
    for (const s of spansFromBilou(tags)) spans.push({ sentence, ...s });
  });
  return spans;
}
