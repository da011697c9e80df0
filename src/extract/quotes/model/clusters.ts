/**
 * Word clusters for the quotes taggers (models/word-clusters.json, built by
 * training/quotes/clusters.ts from unlabelled news text): lower-cased word form -> the
 * hashes of its fine and coarse cluster. Loaded once per thread, on the first document of
 * a model trained with clusters (its header says `clusters: true`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../../../paths.js';
import { hashString } from '../../entities/ner/hashing.js';

export const WORD_CLUSTERS_FILE = join(modelsDir, 'word-clusters.json');

export interface WordCluster {
  /** Hash (int32) of the full path "a.b". */
  fine: number;
  /** Hash (int32) of the top level "a". */
  coarse: number;
}

export type WordClusters = Map<string, WordCluster>;

/** The cluster hashes of a word not in the table (it is a feature value of its own). */
export const UNKNOWN_CLUSTER: WordCluster = { fine: hashString('?.?') | 0, coarse: hashString('?') | 0 };

let loaded: WordClusters | undefined;

/** The clusters, or an empty table (with one warning) when the file is missing. */
export function wordClusters(): WordClusters {
  if (loaded) return loaded;
  if (!existsSync(WORD_CLUSTERS_FILE)) {
    process.emitWarning(`quotes: the model uses word clusters but ${WORD_CLUSTERS_FILE} is missing; rebuild it with \`node --import tsx training/quotes/clusters.ts\``);
    loaded = new Map();
    return loaded;
  }
  loaded = parseWordClusters(readFileSync(WORD_CLUSTERS_FILE, 'utf8'), WORD_CLUSTERS_FILE);
  return loaded;
}

export function parseWordClusters(json: string, source: string): WordClusters {
  const file = JSON.parse(json) as { clusters?: Record<string, string[]> };
  if (!file.clusters || typeof file.clusters !== 'object') throw new Error(`${source}: no "clusters" object (path -> words); rebuild it with training/quotes/clusters.ts`);
  const out: WordClusters = new Map();
  for (const [path, words] of Object.entries(file.clusters)) {
    const cluster = { fine: hashString(path) | 0, coarse: hashString(path.split('.')[0]!) | 0 };
    for (const w of words) out.set(w, cluster);
  }
  return out;
}
