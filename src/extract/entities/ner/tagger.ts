/** Tags one document with a loaded model: features, emission scores, Viterbi, per sentence. */
import { TAG_COUNT, spansFromBilou, type NerLabel } from './labels.js';
import { contextFeatures, docFacts, wordFeatures } from './features.js';
import { LabelMemory } from './memory.js';
import { addFeatureScores, addPairScores, type NerModel } from './model.js';
import { viterbi } from './viterbi.js';

const T = TAG_COUNT;

export interface NerSpan {
  sentence: number;
  start: number;
  end: number;
  label: NerLabel;
  score?: number;
}

/** Best BILOU tags for every sentence of the document, in order. */
export function decodeDocument(model: NerModel, sentences: string[][]): Int32Array[] {
  const facts = docFacts(sentences);
  const memory = new LabelMemory();
  const wordScores = new Map<string, Float32Array>();
  const out: Int32Array[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s]!;
    const features = contextFeatures(sentences, s, facts, model.ctx);
    const emissions = new Float32Array(words.length * T);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      let own = wordScores.get(word);
      if (!own) {
        own = new Float32Array(T);
        addFeatureScores(model, wordFeatures(word, facts, model.ctx), own, 0);
        wordScores.set(word, own);
      }
      emissions.set(own, i * T);
      const dl = memory.label(word);
      if (dl !== null) features[i]!.push('dl', dl);
      addPairScores(model, features[i]!, emissions, i * T);
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
