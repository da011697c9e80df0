/**
 * Entities-stage throughput on Wikinews 2019-2020 texts: articles/s and tokens/s for the
 * whole stage and for the tagger alone (the difference is KB matching, typing, coreference
 * and roles). Segmentation is done beforehand and not timed. Prints figures, asserts nothing.
 *
 *   nice -n 10 node --import tsx training/actors/throughput.ts [--data DIR] [--limit N]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { documentOf } from '../../src/analyze.js';
import { actorKb } from '../../src/extract/entities/actors.js';
import { extractEntities } from '../../src/extract/entities/index.js';
import { typingLexicon } from '../../src/extract/entities/lexicon.js';
import { tagSentences } from '../../src/extract/entities/ner/index.js';
import { sharedDataDir } from '../../src/paths.js';
import { parseCsv } from '../../src/read/csv.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const dir = arg('--data') ?? join(sharedDataDir, 'wikinews-2019-2020');
const limit = Number(arg('--limit') ?? Infinity);
const texts = ['wikinews_2019.csv', 'wikinews_2020.csv']
  .flatMap((f) => parseCsv(readFileSync(join(dir, f), 'utf8')).slice(1))
  .map((row) => (row[3] ?? '').replace(/\n{3,}/g, '\n\n').trim())
  .filter((t) => t.length > 200)
  .slice(0, limit);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const timed = (fn: () => void) => {
  const wall = performance.now();
  const cpu = cpuMs();
  fn();
  return { wall: performance.now() - wall, cpu: cpuMs() - cpu };
};

const load = timed(() => actorKb());
const lexLoad = timed(() => typingLexicon());
const docs = texts.map((t) => documentOf(t));
const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
tagSentences([['Warm', 'up']]); // the tagger's own model load is not this stage's figure
let entities = 0;
let linked = 0;
const runStage = () => {
  entities = 0;
  linked = 0;
  for (const d of docs) {
    const es = extractEntities(d, {});
    entities += es.length;
    linked += es.filter((e) => e.actor).length;
  }
};
const runTagger = () => {
  for (const d of docs) tagSentences(d.sentences.map((s) => d.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text)));
};
// one warm-up pass of each, so neither figure carries the other's JIT compilation
timed(runTagger);
timed(runStage);
const tagger = timed(runTagger);
const stage = timed(runStage);
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en');
console.log(`articles ${docs.length}, tokens ${tokens.toLocaleString('en')}, entities ${entities} (${linked} linked to the KB)`);
console.log(`actor KB load: ${load.wall.toFixed(0)} ms wall, ${load.cpu.toFixed(0)} ms cpu; lexicon load: ${lexLoad.wall.toFixed(0)} ms wall, ${lexLoad.cpu.toFixed(0)} ms cpu`);
console.log(`entities stage: ${rate(docs.length, stage.cpu)} articles/s, ${rate(tokens, stage.cpu)} tokens/s (cpu time; wall ${(stage.wall / 1000).toFixed(2)} s)`);
console.log(`tagger alone:   ${rate(docs.length, tagger.cpu)} articles/s, ${rate(tokens, tagger.cpu)} tokens/s (cpu time; wall ${(tagger.wall / 1000).toFixed(2)} s)`);
console.log(`stage overhead beyond the tagger: ${(((stage.cpu - tagger.cpu) / stage.cpu) * 100).toFixed(0)}% of stage cpu time`);
