/**
 * Builds models/word-clusters.json: distributional clusters of lower-cased word forms for the
 * quotes taggers' features, so that a cue verb seen rarely or never in PolNeAR's train split
 * ("lamented", "surmised") shares weights with the cue verbs of its cluster.
 * Unlabelled text only, tokenised by the product's segmenter (wink-nlp), so the forms are the
 * ones the tagger sees: PolNeAR TRAIN texts (never dev or test), Wikinews 2019-2020 and
 * Wikipedia "Current events" pages. Clustering: training/ner/clusters.ts (PPMI neighbour
 * counts, random projection, hierarchical k-means; deterministic).
 *
 *   node --import tsx training/quotes/clusters.ts [--data /work/shared/data] [--out models/word-clusters.json]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { modelsDir } from '../../src/paths.js';
import { segment } from '../../src/text/segment.js';
import { buildClusters, type ClusterOptions } from '../ner/clusters.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '/work/shared/data' },
    out: { type: 'string', default: join(modelsDir, 'word-clusters.json') },
  },
});

const OPTIONS: ClusterOptions = { minCount: 3, contextWords: 1000, dims: 64, branching: [32, 16], iterations: 15, seed: 7 };

const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort().map((f) => join(dir, f)) : []);

/** Texts of the unlabelled corpus. */
function texts(data: string): string[] {
  const out = filesIn(join(data, 'polnear', 'data', 'train', 'text')).map((f) => readFileSync(f, 'utf8'));
  for (const f of filesIn(join(data, 'wikinews-2019-2020')).filter((f) => f.endsWith('.csv'))) {
    // one article per CSV row; the quoting does not matter for word neighbours
    out.push(...readFileSync(f, 'utf8').split(/\n"https?:/));
  }
  for (const f of filesIn(join(data, 'wikipedia-current-events', 'docs', '_posts'))) {
    out.push(readFileSync(f, 'utf8').replace(/^---[\s\S]*?---/, '').replace(/\]\([^)]*\)/g, ']').replace(/[[\]*#_`>|]/g, ' '));
  }
  return out;
}

function sentencesOf(text: string): string[][] {
  const { sentences, tokens } = segment(text);
  return sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text.toLowerCase())).filter((s) => s.length >= 3);
}

const t0 = performance.now();
const sentences = texts(values.data!).flatMap(sentencesOf);
const tokenCount = sentences.reduce((n, s) => n + s.length, 0);
const clusters = buildClusters(sentences, OPTIONS);
// grouped by path: smaller than word -> path
const byPath: Record<string, string[]> = {};
for (const [word, path] of [...clusters].sort((a, b) => (a[0] < b[0] ? -1 : 1))) (byPath[path] ??= []).push(word);
const file = {
  note: 'word -> cluster path ("a.b": coarse a of 32, fine b of 16); built by training/quotes/clusters.ts',
  corpus: 'PolNeAR train texts, Wikinews 2019-2020, Wikipedia current-events pages (segmented by wink-nlp, lower case)',
  tokens: tokenCount,
  options: OPTIONS,
  clusters: byPath,
};
writeFileSync(values.out!, JSON.stringify(file));
console.log(`${sentences.length} sentences, ${tokenCount} tokens, ${clusters.size} word forms in ${Object.keys(byPath).length} clusters -> ${values.out} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
