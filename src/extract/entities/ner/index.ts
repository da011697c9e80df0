/**
 * The named-entity tagger: PER / ORG / LOC / MISC spans over already-tokenised sentences.
 * An averaged structured perceptron with BILOU Viterbi decoding (see models/ner.md), loaded
 * lazily once per process from models/ner.bin.gz.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../../../paths.js';
import { nerModelFromParts, nerModelParts, parseModel, type LoadedNerModel, type NerModelParts } from './model.js';
import { tagDocument, type NerSpan } from './tagger.js';
import { tagWithOffsets, type OffsetToken } from './joined-tokens.js';

export type { NerLabel } from './labels.js';
export type { NerSpan } from './tagger.js';
export type { OffsetToken } from './joined-tokens.js';
export type { NerModelParts } from './model.js';

export const NER_MODEL_FILE = 'ner.bin.gz';

let loaded: LoadedNerModel | null = null;

/** The shipped model (read on first use; later calls reuse it). */
export function nerModel(): LoadedNerModel {
  if (!loaded) {
    const path = join(modelsDir, NER_MODEL_FILE);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      throw new Error(`NER model ${path} cannot be read (${(err as Error).message}); rebuild it with \`npm run train:ner\``);
    }
    loaded = parseModel(bytes, path).model;
  }
  return loaded;
}

/** The loaded model's shared arrays, for analysis threads (loads the model first if needed). */
export function shareNerModel(): NerModelParts {
  return nerModelParts(nerModel());
}

/**
 * Use a model another thread loaded (its SharedArrayBuffers) instead of reading the file.
 * Call before the first tagging; a model already loaded here is kept.
 */
export function useSharedNerModel(parts: NerModelParts): void {
  if (!loaded) loaded = nerModelFromParts(parts);
}

/** Tag the sentences of ONE document (document-level features look across sentences). Pure, deterministic. */
export function tagSentences(sentences: string[][]): NerSpan[] {
  return tagDocument(nerModel(), sentences);
}

/**
 * The same over tokens with character offsets (e.g. doc.tokens of one sentence each): hyphen-joined
 * pieces the segmenter split ("al", "-", "Sham") are tagged as one word, as in the training text.
 * Spans index the given tokens.
 */
export function tagOffsetTokens(sentences: OffsetToken[][]): NerSpan[] {
  return tagWithOffsets(sentences, tagSentences);
}
