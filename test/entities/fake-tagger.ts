/**
 * A stand-in for the trained tagger in unit tests: labels every occurrence of the given
 * phrases (token sequences), longest first, so rule tests do not depend on model weights.
 */
import type { NerLabel, NerSpan } from '../../src/extract/entities/ner/index.js';
import type { Tagger } from '../../src/extract/entities/mentions.js';
import { segment } from '../../src/text/segment.js';

export function fakeTagger(names: Record<string, NerLabel>): Tagger {
  const phrases = Object.entries(names)
    .map(([text, label]) => ({ tokens: segment(text).tokens.map((t) => t.text), label })) // tokenised as documents are
    .sort((a, b) => b.tokens.length - a.tokens.length);
  return (sentences: string[][]): NerSpan[] => {
    const out: NerSpan[] = [];
    sentences.forEach((words, sentence) => {
      let i = 0;
      while (i < words.length) {
        const hit = phrases.find((p) => p.tokens.every((t, j) => words[i + j] === t));
        if (hit) {
          out.push({ sentence, start: i, end: i + hit.tokens.length, label: hit.label });
          i += hit.tokens.length;
        } else i++;
      }
    });
    return out;
  };
}
