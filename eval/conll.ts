/**
 * `newsgraph eval conll` and `newsgraph eval wikigold`: conlleval-style exact-span precision,
 * recall and F1 of our NER tagger, per type and overall. Tokens come from the data files
 * (never re-tokenised); each -DOCSTART- document is tagged as one document.
 */
import { join } from 'node:path';
import { readConllFile, type LabelledDoc } from '../src/extract/entities/ner/conll-reader.js';
import { NER_LABELS, type NerLabel, type TokenSpan } from '../src/extract/entities/ner/labels.js';
import { tagSentences } from '../src/extract/entities/ner/index.js';
import { prf, table, type PRF } from './metrics.js';
import type { EvalOptions, EvalResult, EvalTask } from './types.js';

export interface NerScores extends PRF {
  byType: Record<NerLabel, PRF>;
}

/** Exact-span scoring: a prediction counts only if start, end and type all match a gold span. */
export function scoreSpans(gold: TokenSpan[][], predicted: TokenSpan[][]): NerScores {
  const counts = Object.fromEntries(NER_LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }])) as Record<NerLabel, { tp: number; fp: number; fn: number }>;
  for (let s = 0; s < gold.length; s++) {
    const goldKeys = new Set((gold[s] ?? []).map(keyOf));
    const predKeys = new Set((predicted[s] ?? []).map(keyOf));
    for (const g of gold[s] ?? []) (predKeys.has(keyOf(g)) ? counts[g.label].tp++ : counts[g.label].fn++);
    for (const p of predicted[s] ?? []) if (!goldKeys.has(keyOf(p))) counts[p.label].fp++;
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  const byType = {} as Record<NerLabel, PRF>;
  for (const l of NER_LABELS) {
    const c = counts[l];
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    byType[l] = prf(c.tp, c.fp, c.fn);
  }
  return { ...prf(total.tp, total.fp, total.fn), byType };
}

function keyOf(s: TokenSpan): string {
  return `${s.start}:${s.end}:${s.label}`;
}

/** Tag each document with `tag` and score against its gold spans, sentence by sentence. */
export function evaluateDocs(docs: LabelledDoc[], tag: (sentences: string[][]) => Array<TokenSpan & { sentence: number }>): NerScores {
  const gold: TokenSpan[][] = [];
  const predicted: TokenSpan[][] = [];
  for (const doc of docs) {
    const perSentence: TokenSpan[][] = doc.map(() => []);
    for (const span of tag(doc.map((s) => s.tokens))) perSentence[span.sentence]!.push(span);
    for (let s = 0; s < doc.length; s++) {
      gold.push(doc[s]!.spans);
      predicted.push(perSentence[s]!);
    }
  }
  return scoreSpans(gold, predicted);
}

function runNer(task: string, docs: LabelledDoc[], split: string): EvalResult {
  const started = performance.now();
  const scores = evaluateDocs(docs, tagSentences);
  const n = docs.reduce((sum, d) => sum + d.length, 0);
  return { task, split, n, metrics: { ...scores }, seconds: Math.round((performance.now() - started) / 10) / 100 };
}

function formatNer(result: EvalResult): string {
  const m = result.metrics as unknown as NerScores;
  const rows: Array<Array<string | number>> = [['type', 'precision', 'recall', 'f1']];
  for (const l of NER_LABELS) rows.push([l, m.byType[l].precision, m.byType[l].recall, m.byType[l].f1]);
  rows.push(['overall', m.precision, m.recall, m.f1]);
  return `${result.task} (${result.split}, ${result.n} sentences, ${result.seconds}s)\n${table(rows)}`;
}

const CONLL_FILES: Record<string, string> = { train: 'train.txt', dev: 'valid.txt', valid: 'valid.txt', test: 'test.txt' };

export const conllTask: EvalTask = {
  name: 'conll',
  description: 'CoNLL-2003 English NER: exact-span P/R/F1 per type and overall (conlleval semantics)',
  defaultData: 'conll2003',
  async run(options: EvalOptions) {
    const split = options.split ?? 'test';
    const file = CONLL_FILES[split];
    if (!file) throw new Error(`eval conll: unknown split '${split}'; use dev or test`);
    let docs = readConllFile(join(options.data, file), { layout: 'conll2003' });
    if (options.limit) docs = docs.slice(0, options.limit);
    return runNer('conll', docs, split === 'valid' ? 'dev' : split);
  },
  format: formatNer,
};

/**
 * wikigold (Balasuriya et al. 2009; the Babelscape/wikineural copy) already uses the CoNLL
 * types PER/ORG/LOC/MISC, in IOB2, with -DOCSTART- rows between its 145 articles, so no type
 * mapping is needed: its tags read through the same conlleval chunk rules.
 */
export const wikigoldTask: EvalTask = {
  name: 'wikigold',
  description: 'wikigold (Wikipedia, out of domain): exact-span NER P/R/F1, CoNLL types',
  defaultData: 'wikigold-en',
  async run(options: EvalOptions) {
    const split = options.split ?? 'test';
    if (split !== 'test') throw new Error(`eval wikigold: only a 'test' split exists, got '${split}'`);
    let docs = readConllFile(join(options.data, 'test.conllu'), { layout: 'indexed' });
    if (options.limit) docs = docs.slice(0, options.limit);
    return runNer('wikigold', docs, split);
  },
  format: formatNer,
};
