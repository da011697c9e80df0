/**
 * `npm run train:ner`: trains the NER model from CoNLL-2003 train, picks the epoch on the
 * valid (dev) split, and writes models/ner.bin.gz. Deterministic: fixed seed, fixed order.
 * Never reads the test split.
 *   node --import tsx training/ner/train.ts [--data DIR] [--epochs N] [--folds K] [--min-count C] [--out FILE]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { modelsDir, sharedDataDir } from '../../src/paths.js';
import { readConllFile, type LabelledDoc } from '../../src/extract/entities/ner/conll-reader.js';
import { bilouFromSpans, TAG_COUNT } from '../../src/extract/entities/ner/labels.js';
import { docFacts, earlierLabelKey, sentenceKeys, type FeatureContext } from '../../src/extract/entities/ner/features.js';
import { LabelMemory } from '../../src/extract/entities/ner/memory.js';
import { serializeModel, type NerModel } from '../../src/extract/entities/ner/model.js';
import { tagDocument } from '../../src/extract/entities/ner/tagger.js';
import { viterbi } from '../../src/extract/entities/ner/viterbi.js';
import { evaluateDocs } from '../../eval/conll.js';
import { externalGazetteer } from './external-gazetteer.js';
import { gazetteerOf, heldOutGazetteers } from './fold-gazetteers.js';
import { Perceptron } from './perceptron.js';
import { buildClusters } from './clusters.js';
import { unlabelledSentences } from './corpus.js';

const { values: args } = parseArgs({
  allowNegative: true,
  options: {
    data: { type: 'string', default: join(sharedDataDir, 'conll2003') },
    epochs: { type: 'string', default: '12' },
    folds: { type: 'string', default: '5' },
    'min-count': { type: 'string', default: '2' },
    'min-city-population': { type: 'string', default: '15000' },
    seed: { type: 'string', default: '7' },
    actors: { type: 'boolean', default: true },
    wikiann: { type: 'boolean', default: true },
    clusters: { type: 'boolean', default: false },
    out: { type: 'string', default: join(modelsDir, 'ner.bin.gz') },
  },
});

interface Example {
  words: string[];
  gold: number[];
  /** Static feature ids per token. */
  ids: Int32Array[];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function staticFeatures(docs: LabelledDoc[], contextOf: (d: number) => FeatureContext): number[][][][] {
  return docs.map((doc, d) => {
    const sentences = doc.map((s) => s.tokens);
    const facts = docFacts(sentences);
    return sentences.map((_, s) => sentenceKeys(sentences, s, facts, contextOf(d)));
  });
}

/** Feature key -> row, for keys seen at least minCount times, plus the earlier-label keys. */
function buildIndex(features: number[][][][], minCount: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (const doc of features) for (const s of doc) for (const tok of s) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [f, c] of counts) if (c >= minCount) index.set(f, index.size);
  for (let k = 0; k <= 4; k++) if (!index.has(earlierLabelKey(k))) index.set(earlierLabelKey(k), index.size);
  return index;
}

function trainEpoch(model: Perceptron, docs: Example[][], order: number[], index: Map<number, number>): number {
  let errors = 0;
  const emissions = new Float32Array(256 * TAG_COUNT);
  for (const d of order) {
    const memory = new LabelMemory();
    for (const ex of docs[d]!) {
      const ids = ex.ids.map((base, i) => {
        const earlier = memory.label(ex.words[i]!);
        if (earlier < 0) return base;
        const withDl = new Int32Array(base.length + 1);
        withDl.set(base);
        withDl[base.length] = index.get(earlierLabelKey(earlier))!;
        return withDl;
      });
      const em = ex.words.length * TAG_COUNT <= emissions.length ? emissions.subarray(0, ex.words.length * TAG_COUNT) : new Float32Array(ex.words.length * TAG_COUNT);
      model.emissions(ids, em);
      const predicted = viterbi(em, model.trans, ex.words.length);
      if (predicted.some((t, i) => t !== ex.gold[i])) {
        errors++;
        model.update(ids, ex.gold, predicted);
      }
      model.clock++;
      memory.record(ex.words, predicted);
    }
  }
  return errors;
}

function wordClusters(): Map<string, string> {
  const t0 = performance.now();
  const sentences = unlabelledSentences(sharedDataDir);
  const clusters = buildClusters(sentences, { minCount: 3, contextWords: 300, dims: 48, branching: [32, 16, 8], iterations: 8, seed: Number(args.seed) });
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  console.log(`clusters: ${clusters.size} word forms from ${tokens} unlabelled tokens (${((performance.now() - t0) / 1000).toFixed(1)}s)`);
  return clusters;
}

function main(): void {
  const started = performance.now();
  const train = readConllFile(join(args.data!, 'train.txt'), { layout: 'conll2003' });
  const dev = readConllFile(join(args.data!, 'valid.txt'), { layout: 'conll2003' });
  const folds = Number(args.folds);
  const clusters = args.clusters ? wordClusters() : undefined;
  const { gaz: extGaz, sources } = externalGazetteer({
    minCityPopulation: Number(args['min-city-population']),
    actorsDataDir: args.actors ? sharedDataDir : null,
    wikiann: args.wikiann!,
  });
  console.log(`external names by source: ${JSON.stringify(sources)}`);
  const foldGaz = heldOutGazetteers(train, folds);
  const fullCtx: FeatureContext = { trainGaz: gazetteerOf(train), extGaz, clusters };
  const features = staticFeatures(train, (d) => ({ trainGaz: foldGaz[d % folds]!, extGaz, clusters }));
  const index = buildIndex(features, Number(args['min-count']));
  const docs: Example[][] = train.map((doc, d) =>
    doc.map((s, si) => ({
      words: s.tokens,
      gold: bilouFromSpans(s.tokens.length, s.spans),
      ids: features[d]![si]!.map((fs) => Int32Array.from(fs.map((f) => index.get(f) ?? -1).filter((id) => id >= 0))),
    })),
  );
  console.log(`train: ${train.length} docs, ${index.size} features, ext gazetteer ${extGaz.phrases.size} names (${((performance.now() - started) / 1000).toFixed(1)}s)`);
  const model = new Perceptron(index.size);
  const next = rng(Number(args.seed));
  let best: { f1: number; epoch: number; model: NerModel } | null = null;
  for (let epoch = 1; epoch <= Number(args.epochs); epoch++) {
    const order = train.map((_, d) => d);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const errors = trainEpoch(model, docs, order, index);
    const averaged = model.averaged(index, fullCtx);
    const scores = evaluateDocs(dev, (sentences) => tagDocument(averaged, sentences));
    console.log(`epoch ${epoch}: ${errors} sentences wrong, dev F1 ${scores.f1} (P ${scores.precision} R ${scores.recall}) ${((performance.now() - started) / 1000).toFixed(1)}s`);
    if (!best || scores.f1 > best.f1) best = { f1: scores.f1, epoch, model: averaged };
  }
  const bytes = serializeModel(best!.model, { trainedOn: 'conll2003 train', epoch: best!.epoch, devF1: best!.f1, seed: Number(args.seed) });
  writeFileSync(args.out!, bytes);
  console.log(`best epoch ${best!.epoch} dev F1 ${best!.f1}; wrote ${args.out} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((performance.now() - started) / 1000).toFixed(1)}s`);
}

main();
