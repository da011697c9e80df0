/**
 * Trains the quotes model (models/quotes.bin.gz) on PolNeAR's TRAIN split and reports
 * dev figures after each epoch; the epoch with the best dev figure is kept, per tagger
 * (dev picks epochs; the test split is never read here).
 *
 *   npm run train:quotes -- [--data /work/shared/data/polnear] [--epochs 5] [--limit N] [--no-write] [--out FILE] [--prune 0.8] [--clusters]
 *
 * --clusters: add word-cluster features (models/word-clusters.json, built first by
 * training/quotes/clusters.ts). Off by default: on dev they changed nothing (models/quotes.md).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { modelsDir } from '../../src/paths.js';
import { serializeQuotesModel, type RawTagger } from '../../src/extract/quotes/model/model.js';
import { decodeCues, decodeRoles, type Scorer } from '../../src/extract/quotes/model/tagger.js';
import { CUE_TAGS, ROLE_TAGS } from '../../src/extract/quotes/model/tags.js';
import { loadSplit } from './data.js';
import { buildInstances } from './instances.js';
import { AveragedPerceptron } from './perceptron.js';
import { devFigures } from './dev.js';
import { pruned } from './prune.js';
import { wordClusters } from '../../src/extract/quotes/model/clusters.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '/work/shared/data/polnear' },
    epochs: { type: 'string', default: '5' },
    limit: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    out: { type: 'string' },
    prune: { type: 'string', default: '0.8' },
    clusters: { type: 'boolean', default: false },
  },
});
const limit = values.limit ? Number(values.limit) : Infinity;
const epochs = Number(values.epochs);
// the model's header records this, so the product computes the same features
const clusters = values.clusters === true;
const wordClustersUsed = clusters ? wordClusters() : null;

/** Fixed-seed shuffle (WHY: the same data gives the same model, run after run). */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const t0 = performance.now();
const train = loadSplit(values.data!, 'train', limit);
const dev = loadSplit(values.data!, 'dev', limit);
const inst = buildInstances(train, wordClustersUsed);
console.log(`train: ${train.length} articles, ${inst.cue.length} unit sequences, ${inst.role.length} attributions; dev ${dev.length} articles (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const cue = new AveragedPerceptron(CUE_TAGS);
const role = new AveragedPerceptron(ROLE_TAGS);
let best = { cue: -1, role: -1, cueModel: null as (RawTagger & Scorer) | null, roleModel: null as (RawTagger & Scorer) | null, cueEpoch: 0, roleEpoch: 0 };
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (const x of shuffled(inst.cue, epoch)) cue.learn(x.keys, x.gold, decodeCues(cue, x.keys));
  for (const x of shuffled(inst.role, epoch + 1000)) role.learn(x.keys, x.gold, decodeRoles(role, x.keys, x.first, x.view));
  const cueModel = cue.averaged();
  const roleModel = role.averaged();
  const m = devFigures(dev, { cue: cueModel, role: roleModel, clusters });
  const roleScore = m.source.exactF1 + m.content.overlapF1 + m.content.exactF1;
  console.log(`epoch ${epoch}: cue ${fmt(m.cue)} | source ${fmt(m.source)} | content ${fmt(m.content)} | attribution ${fmt(m.attribution)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  if (m.cue.exactF1 > best.cue) best = { ...best, cue: m.cue.exactF1, cueModel, cueEpoch: epoch };
  if (roleScore > best.role) best = { ...best, role: roleScore, roleModel, roleEpoch: epoch };
}

/** A raw tagger that can also score (for the dev figures of the pruned model). */
function withScorer(t: RawTagger): RawTagger & Scorer {
  const T = t.tags;
  return {
    ...t,
    add(keys, out, offset, count = keys.length) {
      for (let i = 0; i < count; i++) {
        const row = t.weights.get(keys[i]!);
        if (row) for (let tag = 0; tag < T; tag++) out[offset + tag] += row[tag]!;
      }
    },
  };
}

function fmt(x: { exactF1: number; overlapF1: number; exactP: number; exactR: number }): string {
  return `P ${x.exactP} R ${x.exactR} F ${x.exactF1} / ov ${x.overlapF1}`;
}

const share = Number(values.prune);
const cueFinal = withScorer(pruned(best.cueModel!, share));
const roleFinal = withScorer(pruned(best.roleModel!, share));
const final = devFigures(dev, { cue: cueFinal, role: roleFinal, clusters });
console.log(`kept cue epoch ${best.cueEpoch}, role epoch ${best.roleEpoch}, ${share} of rows pruned (${cueFinal.weights.size} + ${roleFinal.weights.size} left): dev ${JSON.stringify(final)}`);
if (!values['no-write']) {
  const buf = serializeQuotesModel(cueFinal, roleFinal, {
    source: 'PolNeAR v1.0.0 train split; epochs picked on dev',
    cueEpoch: best.cueEpoch, roleEpoch: best.roleEpoch, pruned: share, trainArticles: train.length, dev: final, clusters,
  });
  const out = values.out ?? join(modelsDir, 'quotes.bin.gz');
  writeFileSync(out, buf);
  console.log(`wrote ${out} (${(buf.length / 1e6).toFixed(2)} MB)`);
}
