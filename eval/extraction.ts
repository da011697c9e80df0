/**
 * Scorer for 'extraction': the HTML reader's article body against the Zyte/Scrapinghub
 * article-extraction benchmark (181 pages, ground-truth.json articleBody).
 *
 * The metric replicates the benchmark's evaluate.py exactly, so our figure is comparable
 * with its published table: tokens are `\w+` runs (Python's Unicode \w: letters, digits,
 * underscore; case kept), shingles are 4-grams of tokens (a text with fewer than 4 tokens
 * is one short shingle), TP/FP/FN are multiset overlaps of shingles, normalised per page
 * so long pages do not weigh more, then precision is averaged over pages with tp+fp > 0,
 * recall over pages with tp+fn > 0, and F1 is computed from the two averages.
 *
 * Splits: `all` (default, the figure to report), `dev` (even positions in id order: the half
 * the fast path's rules were checked on) and `test` (odd positions). Beside the reader's
 * figure it prints each of its two extractors alone (the streaming fast path, Readability on
 * the DOM) and how often the reader fell back to Readability, with the reasons.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cleanText } from '../src/read/clean.js';
import { htmlToArticle } from '../src/read/html.js';
import { round, table } from './metrics.js';
import type { EvalResult, EvalTask } from './types.js';

type TpFpFn = [number, number, number];

const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + SHINGLE_SIZE);
    if (shingle.length === 0) continue;
    // U+0001 cannot occur inside a \w token, so joined shingles never collide.
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's shingle TP/FP/FN, normalised to sum to 1 (evaluate.py's string_shingle_matching). */
export function shingleMatch(gold: string, predicted: string): TpFpFn {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...g.keys(), ...p.keys()])) {
    const gc = g.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
    fn += Math.max(0, gc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

function pagePrecision([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function pageRecall([tp, fp, fn]: TpFpFn): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Averaged precision, recall and F1 over pages (evaluate.py's metrics_from_tp_fp_fns). */
export function benchmarkScores(pages: TpFpFn[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(pagePrecision));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(pageRecall));
  const f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

interface GoldPage {
  articleBody: string;
  url?: string;
}

function loadGold(data: string): Record<string, GoldPage> {
  const path = join(data, 'ground-truth.json');
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, GoldPage>;
  } catch (e) {
    throw new Error(`eval extraction: cannot read ${path}: ${(e as Error).message}`);
  }
}

/**
 * Peers' outputs shipped with the benchmark (output/<name>.json, {id: {articleBody}} or
 * {output: {...}}), scored with the same code: checks our metric against the published
 * table and puts the peers beside our figure.
 */
function peerScores(data: string, ids: string[], gold: Record<string, GoldPage>): Record<string, { precision: number; recall: number; f1: number }> {
  const dir = join(data, 'output');
  if (!existsSync(dir)) return {};
  const scores: Record<string, { precision: number; recall: number; f1: number }> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    const out = (raw.output ?? raw) as Record<string, { articleBody?: string }>;
    const s = benchmarkScores(ids.map((id) => shingleMatch(gold[id]!.articleBody ?? '', out[id]?.articleBody ?? '')));
    scores[file.replace(/\.json$/, '')] = { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) };
  }
  return scores;
}

function loadPage(data: string, id: string): string {
  return gunzipSync(readFileSync(join(data, 'html', `${id}.html.gz`))).toString('utf8');
}

export const task: EvalTask = {
  name: 'extraction',
  description: 'article body extraction (HTML reader) on the Scrapinghub benchmark: shingle P/R/F1 averaged over pages',
  defaultData: 'scrapinghub-article-extraction-benchmark',
  async run(options): Promise<EvalResult> {
    const started = performance.now();
    const gold = loadGold(options.data);
    const available = new Set(readdirSync(join(options.data, 'html')).map((f) => f.replace(/\.html\.gz$/, '')));
    const split = options.split ?? 'all';
    if (!['all', 'dev', 'test'].includes(split)) throw new Error(`eval extraction: unknown split '${split}' (all, dev or test)`);
    let ids = Object.keys(gold).filter((id) => available.has(id)).sort();
    if (split !== 'all') ids = ids.filter((_, i) => i % 2 === (split === 'dev' ? 0 : 1));
    if (options.limit) ids = ids.slice(0, options.limit);
    const reader: TpFpFn[] = [];
    const cleaned: TpFpFn[] = [];
    const fastOnly: TpFpFn[] = [];
    const readabilityOnly: TpFpFn[] = [];
    const fallbacks: Record<string, number> = {};
    for (const id of ids) {
      const html = loadPage(options.data, id);
      const gold_ = gold[id]!.articleBody ?? '';
      const url = gold[id]!.url ?? null;
      const page = htmlToArticle(html, { url });
      reader.push(shingleMatch(gold_, page.text));
      cleaned.push(shingleMatch(gold_, cleanText(page.text).text));
      if (page.extractor.name === 'readability') fallbacks[page.extractor.reason] = (fallbacks[page.extractor.reason] ?? 0) + 1;
      fastOnly.push(shingleMatch(gold_, htmlToArticle(html, { url, only: 'fast' }).text));
      readabilityOnly.push(shingleMatch(gold_, htmlToArticle(html, { url, only: 'readability' }).text));
    }
    const prf = (pages: TpFpFn[]): { precision: number; recall: number; f1: number } => {
      const s = benchmarkScores(pages);
      return { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) };
    };
    return {
      task: 'extraction',
      split,
      n: ids.length,
      metrics: {
        ...prf(reader),
        // The same pages after cleanText, i.e. the body newsgraph stores and analyses.
        afterCleaning: prf(cleaned),
        fastPathOnly: prf(fastOnly),
        readabilityOnly: prf(readabilityOnly),
        fallbacks: { pages: Object.values(fallbacks).reduce((a, b) => a + b, 0), reasons: fallbacks },
        peers: peerScores(options.data, ids, gold),
      },
      seconds: round((performance.now() - started) / 1000, 2),
    };
  },
  format(result) {
    type PRF = { precision: number; recall: number; f1: number };
    type Fallbacks = { pages: number; reasons: Record<string, number> };
    const m = result.metrics as PRF & { afterCleaning: PRF; fastPathOnly: PRF; readabilityOnly: PRF; fallbacks: Fallbacks; peers: Record<string, PRF> };
    const row = (name: string, p: PRF): Array<string | number> => [name, result.n, p.precision, p.recall, p.f1];
    const peers = Object.entries(m.peers).map(([name, p]) => row(`peer: ${name}`, p));
    const reasons = Object.entries(m.fallbacks.reasons).map(([r, n]) => `${r}: ${n}`).join(', ');
    return `${table([
      ['body text', 'pages', 'precision', 'recall', 'f1'],
      row('newsgraph htmlToArticle', m),
      row('newsgraph + cleanText', m.afterCleaning),
      row('  fast path alone', m.fastPathOnly),
      row('  Readability alone', m.readabilityOnly),
      ...peers,
    ])}\nsplit ${result.split}; Readability fallback on ${m.fallbacks.pages} of ${result.n} pages${reasons ? ` (${reasons})` : ''}` +
      `\n(peers: the benchmark's own output files, scored by the same code; ${result.seconds}s)`;
  },
};
