/**
 * `npm run bench -- ner` / `npm run bench:ner`: our NER tagger beside compromise and Apache
 * OpenNLP on the CoNLL-2003 test split: exact-span F1 and tokens/s, with ratios.
 *
 * How the peers are scored (as fairly as we can):
 * - compromise reads each document as plain text (tokens joined by spaces, sentences by
 *   newlines); its people()/organizations()/places() matches map to PER/ORG/LOC spans over
 *   the tokens their character offsets cover, trimming punctuation tokens at the edges
 *   (it often swallows the sentence's final "."). It has no MISC, so F1 is printed twice:
 *   against all gold spans, and against PER/ORG/LOC gold only (MISC gold dropped for all systems).
 * - OpenNLP is trained with its default features on the same train split by
 *   TokenNameFinderTrainer.conll03 and scored by TokenNameFinderEvaluator.conll03 (its own
 *   exact-span scorer, same semantics); speed = test tokens / evaluator wall time, which includes
 *   the JVM start and model load, so it is a lower bound. Skipped with a note when not installed.
 * Speeds: wall-clock and CPU-time based (the CPU figure is steadier on a busy machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { sharedDataDir } from '../src/paths.js';
import { readConllFile, type LabelledDoc } from '../src/extract/entities/ner/conll-reader.js';
import type { TokenSpan } from '../src/extract/entities/ner/labels.js';
import { nerModel, tagSentences } from '../src/extract/entities/ner/index.js';
import { evaluateDocs, type NerScores } from '../eval/conll.js';

type Tagger = (sentences: string[][]) => Array<TokenSpan & { sentence: number }>;

interface Measured {
  name: string;
  f1: number;
  f1NoMisc: number | null;
  tokPerSecWall: number;
  tokPerSecCpu: number | null;
  note: string;
  byType?: NerScores['byType'];
}

function countTokens(docs: LabelledDoc[]): number {
  return docs.reduce((n, d) => n + d.reduce((m, s) => m + s.tokens.length, 0), 0);
}

function withoutMisc(docs: LabelledDoc[]): LabelledDoc[] {
  return docs.map((d) => d.map((s) => ({ tokens: s.tokens, spans: s.spans.filter((x) => x.label !== 'MISC') })));
}

/** Scores one pass (which also warms up the JIT and lazy loads), then times a second pass. */
function measure(name: string, docs: LabelledDoc[], tag: Tagger, note: string): Measured {
  const sentences = docs.map((d) => d.map((s) => s.tokens));
  const scores: NerScores = evaluateDocs(docs, tag);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of sentences) tag(d);
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const tokens = countTokens(docs);
  const noMisc = (tagSpans: Tagger): Tagger => (s) => tagSpans(s).filter((x) => x.label !== 'MISC');
  return {
    name,
    f1: scores.f1,
    byType: scores.byType,
    f1NoMisc: evaluateDocs(withoutMisc(docs), noMisc(tag)).f1,
    tokPerSecWall: tokens / wall,
    tokPerSecCpu: tokens / ((cpu.user + cpu.system) / 1e6),
    note,
  };
}

const require = createRequire(import.meta.url);
const PUNCT = /^[^\p{L}\p{N}]+$/u;

/** compromise over plain text; matches mapped back to the tokens their offsets cover. */
function compromiseTagger(): Tagger {
  const nlp = require('compromise') as (text: string) => any;
  return (sentences) => {
    const starts: number[] = [];
    const owner: Array<[number, number]> = [];
    let text = '';
    sentences.forEach((tokens, s) => {
      tokens.forEach((t, i) => {
        starts.push(text.length);
        owner.push([s, i]);
        text += t + (i < tokens.length - 1 ? ' ' : '');
      });
      text += '\n';
    });
    const doc = nlp(text);
    const out: Array<TokenSpan & { sentence: number }> = [];
    const groups: Array<[string, 'PER' | 'ORG' | 'LOC']> = [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']];
    for (const [method, label] of groups) {
      for (const m of doc[method]().json({ offset: true, terms: false }) as Array<{ offset: { start: number; length: number } }>) {
        const from = m.offset.start;
        const to = from + m.offset.length;
        const covered = starts.map((st, k) => [st, k] as const).filter(([st]) => st >= from && st < to).map(([, k]) => k);
        while (covered.length && PUNCT.test(tokenAt(sentences, owner[covered[0]!]!))) covered.shift();
        while (covered.length && PUNCT.test(tokenAt(sentences, owner[covered[covered.length - 1]!]!))) covered.pop();
        if (!covered.length) continue;
        const [s, a] = owner[covered[0]!]!;
        const [s2, b] = owner[covered[covered.length - 1]!]!;
        if (s === s2) out.push({ sentence: s, start: a, end: b + 1, label });
      }
    }
    return out;
  };
}

function tokenAt(sentences: string[][], [s, i]: [number, number]): string {
  return sentences[s]![i]!;
}

function runOpenNlp(dataDir: string, testTokens: number): Measured | string {
  if (spawnSync('which', ['opennlp']).status !== 0) return 'OpenNLP: skipped (not installed; `apt-get install -y opennlp`)';
  const model = join(tmpdir(), 'newsgraph-bench-opennlp-conll03.bin');
  let note = 'model cached from an earlier run';
  if (!existsSync(model)) {
    const t0 = performance.now();
    const train = spawnSync('opennlp', ['TokenNameFinderTrainer.conll03', '-lang', 'eng', '-types', 'per,loc,org,misc', '-model', model, '-data', join(dataDir, 'train.txt'), '-encoding', 'UTF-8'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (train.status !== 0) return `OpenNLP: training failed: ${train.stderr.slice(-400)}`;
    note = `trained in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  }
  const t0 = performance.now();
  const ev = spawnSync('opennlp', ['TokenNameFinderEvaluator.conll03', '-lang', 'eng', '-types', 'per,loc,org,misc', '-model', model, '-data', join(dataDir, 'test.txt'), '-encoding', 'UTF-8'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = (performance.now() - t0) / 1000;
  // Its report: "TOTAL: precision: 87.14%; recall: 78.31%; F1: 82.49%." and "Runtime: 8.006s".
  const f = /TOTAL:.*F1:\s*([\d.]+)%/.exec(ev.stdout);
  const runtime = /Runtime:\s*([\d.]+)s/.exec(ev.stdout);
  if (ev.status !== 0 || !f) return `OpenNLP: evaluation failed: ${(ev.stderr || ev.stdout).slice(-400)}`;
  const perType = [...ev.stdout.matchAll(/^\s*(person|location|organization|misc): .*F1:\s*([\d.]+)%/gm)].map((m) => `${m[1]} ${m[2]}`).join(', ');
  const seconds = runtime ? Number(runtime[1]) : wall;
  return {
    name: 'OpenNLP (Debian)',
    f1: Number(f[1]) / 100,
    f1NoMisc: null,
    tokPerSecWall: testTokens / seconds,
    tokPerSecCpu: null,
    note: `${note}; speed from its own Runtime (${seconds}s, tagging + scoring, JVM start excluded; process wall ${wall.toFixed(1)}s); F1 by type: ${perType}`,
  };
}

function fmt(x: number | null, digits = 3): string {
  return x === null ? '-' : x.toFixed(digits);
}

export async function run(_args: string[]): Promise<void> {
  const dataDir = join(sharedDataDir, 'conll2003');
  const docs = readConllFile(join(dataDir, 'test.txt'), { layout: 'conll2003' });
  const tokens = countTokens(docs);
  const load0 = performance.now();
  nerModel();
  const loadMs = performance.now() - load0;
  console.log(`CoNLL-2003 test: ${docs.length} documents, ${tokens} tokens; our model loads in ${loadMs.toFixed(0)} ms`);
  const rows: Measured[] = [measure('newsgraph', docs, tagSentences, 'averaged perceptron, BILOU Viterbi')];
  rows.push(measure('compromise', docs, compromiseTagger(), 'people/organizations/places; no MISC'));
  const opennlp = runOpenNlp(dataDir, tokens);
  if (typeof opennlp === 'string') console.log(opennlp);
  else rows.push(opennlp);
  const ours = rows[0]!;
  console.log(`newsgraph F1 by type: ${Object.entries(ours.byType ?? {}).map(([t, v]) => `${t} ${v.f1.toFixed(3)}`).join(', ')}`);
  console.log('system            F1   F1(no MISC)  tok/s wall  tok/s cpu  F1 ours/x  speed ours/x (wall)  note');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(16)} ${fmt(r.f1).padStart(5)} ${fmt(r.f1NoMisc).padStart(12)} ${Math.round(r.tokPerSecWall).toString().padStart(11)} ${(r.tokPerSecCpu === null ? '-' : String(Math.round(r.tokPerSecCpu))).padStart(10)} ${fmt(ours.f1 / r.f1, 2).padStart(10)} ${fmt(ours.tokPerSecWall / r.tokPerSecWall, 1).padStart(20)}  ${r.note}`,
    );
  }
}
