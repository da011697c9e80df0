/**
 * PolNeAR attribution scorer (`newsgraph eval polnear --data DIR [--split test|dev|train]`).
 *
 * Gold: brat standoff files data/<split>/attributions/<article>_<annotator>.ann, where an
 * event "Attribution:T Source:T Cue:T Content:T" links the three spans (Source absent in
 * "Attribution-no-source"). Scored like citron's model card: for cue, source and content
 * spans, and for whole attributions, exact and overlap precision/recall/F1.
 * - A discontinuous brat span (";") is scored by its extent, first to last character.
 * - Spans are matched one to one (greedy, in text order); "overlap" = share a character.
 * - An attribution matches exactly when cue and content match exactly and the sources
 *   do (or both are absent); by overlap when each of those overlaps.
 * - Articles annotated by several annotators are scored against each file, each
 *   counting 1/k, so every article weighs the same: the average over annotators.
 * Predictions are extractQuotes() exactly as analyze() runs it (rules + the trained tagger,
 * models/quotes.bin.gz); there is no PolNeAR-only mode.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../src/text/segment.js';
import type { Doc } from '../src/model/document.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import type { Quote } from '../src/model/analysis.js';
import { round, table } from './metrics.js';
import type { EvalOptions, EvalResult, EvalTask } from './types.js';

type Range = [number, number];
export interface Attribution {
  source: Range | null;
  cue: Range;
  content: Range;
}
export type Part = 'cue' | 'source' | 'content' | 'attribution';
const PARTS: Part[] = ['cue', 'source', 'content', 'attribution'];
export interface Counts {
  exactTp: number;
  overlapTp: number;
  pred: number;
  gold: number;
}

/** Python (code point) offsets -> UTF-16 offsets, needed only when the text has astral characters. */
function codePointMap(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[cp] ?? u;
}

export function freshCounts(): Record<Part, Counts> {
  return Object.fromEntries(PARTS.map((p) => [p, { exactTp: 0, overlapTp: 0, pred: 0, gold: 0 }])) as Record<Part, Counts>;
}

export function parseAnn(ann: string, text: string): Attribution[] {
  const toUtf16 = codePointMap(text);
  const spans = new Map<string, Range>();
  const out: Attribution[] = [];
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const [, ...rest] = cols[1]!.split(' ');
      const nums = rest.join(' ').split(';').flatMap((r) => r.trim().split(/\s+/).map(Number));
      if (nums.some((n) => Number.isNaN(n))) continue;
      spans.set(cols[0]!, trim(text, [toUtf16(Math.min(...nums)), toUtf16(Math.max(...nums))]));
    } else if (line.startsWith('E') && cols.length >= 2) events.push(cols[1]!);
  }
  for (const ev of events) {
    const args = new Map(ev.split(' ').map((a) => a.split(':') as [string, string]));
    const cue = spans.get(args.get('Cue') ?? '');
    const content = spans.get(args.get('Content') ?? '');
    if (!cue || !content) continue;
    out.push({ cue, content, source: spans.get(args.get('Source') ?? '') ?? null });
  }
  return out;
}

/** Trim surrounding whitespace so that "said " and "said" are the same span. */
export function trim(text: string, [s, e]: Range): Range {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Our quotes as PolNeAR attributions: continuations are folded into their cue's content. */
export function predictedAttributions(text: string, quotes: Quote[]): Attribution[] {
  const byCue = new Map<string, Attribution>();
  for (const q of quotes) {
    if (!q.cue) continue;
    const key = `${q.cue.start}:${q.cue.end}`;
    const have = byCue.get(key);
    if (have) {
      // PolNeAR extends a quote's content over its continuation in the same paragraph only
      if (!text.slice(have.content[1], q.start).includes('\n')) have.content = [Math.min(have.content[0], q.start), Math.max(have.content[1], q.end)];
      continue;
    }
    const source = q.speaker?.span ? polnearSource(text, trim(text, [q.speaker.span.start, q.speaker.span.end])) : null;
    byCue.set(key, { cue: trim(text, [q.cue.start, q.cue.end]), content: trim(text, [q.start, q.end]), source });
  }
  return [...byCue.values()];
}

/**
 * PolNeAR's convention: a source with an appositive or relative clause keeps the comma
 * that closes it ("Ann Compton, who covered the White House, [said]"). Our speaker span
 * stops before it (a cleaner name for people); the scorer adds it back.
 */
function polnearSource(text: string, [s, e]: Range): Range {
  return text.slice(s, e).includes(',') && text[e] === ',' ? [s, e + 1] : [s, e];
}

const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
const same = (a: Range, b: Range) => a[0] === b[0] && a[1] === b[1];

/** One-to-one greedy matching count. */
function matchCount<T>(pred: T[], gold: T[], ok: (p: T, g: T) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const p of pred) {
    const j = gold.findIndex((g, i) => !used.has(i) && ok(p, g));
    if (j >= 0) {
      used.add(j);
      n++;
    }
  }
  return n;
}

function uniqueRanges(rs: Range[]): Range[] {
  const seen = new Map(rs.map((r) => [`${r[0]}:${r[1]}`, r]));
  return [...seen.values()];
}

export function score(pred: Attribution[], gold: Attribution[], into: Record<Part, Counts>, weight: number): void {
  for (const part of ['cue', 'source', 'content'] as const) {
    const p = uniqueRanges(pred.flatMap((a) => (a[part] ? [a[part]!] : [])));
    const g = uniqueRanges(gold.flatMap((a) => (a[part] ? [a[part]!] : [])));
    add(into[part], weight, p.length, g.length, matchCount(p, g, same), matchCount(p, g, overlaps));
  }
  const src = (test: (a: Range, b: Range) => boolean) => (p: Attribution, g: Attribution) =>
    p.source === null || g.source === null ? p.source === g.source : test(p.source, g.source);
  const exact = matchCount(pred, gold, (p, g) => same(p.cue, g.cue) && same(p.content, g.content) && src(same)(p, g));
  const overlap = matchCount(pred, gold, (p, g) => overlaps(p.cue, g.cue) && overlaps(p.content, g.content) && src(overlaps)(p, g));
  add(into.attribution, weight, pred.length, gold.length, exact, overlap);
}

function add(c: Counts, w: number, pred: number, gold: number, exact: number, overlap: number): void {
  c.pred += w * pred;
  c.gold += w * gold;
  c.exactTp += w * exact;
  c.overlapTp += w * overlap;
}

export function metricsOf(c: Counts) {
  const f = (tp: number) => {
    const p = c.pred ? tp / c.pred : 0;
    const r = c.gold ? tp / c.gold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const e = f(c.exactTp);
  const o = f(c.overlapTp);
  return { exactF1: round(e.f1), overlapF1: round(o.f1), exactP: round(e.p), exactR: round(e.r), overlapP: round(o.p), overlapR: round(o.r) };
}

export function docOf(text: string): Doc {
  return { text, published: null, title: null, url: null, outlet: null, ...segment(text), messages: [] };
}

async function run(opts: EvalOptions): Promise<EvalResult> {
  const split = opts.split ?? 'test';
  const dir = join(opts.data, 'data', split);
  if (!existsSync(join(dir, 'attributions'))) {
    throw new Error(`polnear: no ${join(dir, 'attributions')}; --data must be the PolNeAR root (holding data/${split}/attributions)`);
  }
  const files = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const byArticle = new Map<string, string[]>();
  for (const f of files) {
    const article = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    byArticle.set(article, [...(byArticle.get(article) ?? []), f]);
  }
  const articles = [...byArticle.keys()].slice(0, opts.limit ?? Infinity);
  const counts = freshCounts();
  const t0 = performance.now();
  let multi = 0;
  for (const article of articles) {
    const text = readFileSync(join(dir, 'text', `${article}.txt`), 'utf8');
    const doc = docOf(text);
    const pred = predictedAttributions(text, extractQuotes(doc, {}));
    const anns = byArticle.get(article)!;
    if (anns.length > 1) multi++;
    for (const f of anns) {
      const gold = parseAnn(readFileSync(join(dir, 'attributions', f), 'utf8'), text);
      score(pred, gold, counts, 1 / anns.length);
    }
  }
  // the figures are the quotes stage exactly as analyze() runs it (rules + trained tagger)
  const metrics: Record<string, unknown> = Object.fromEntries(PARTS.map((p) => [p, metricsOf(counts[p])]));
  metrics.articlesWithSeveralAnnotators = multi;
  metrics.goldAttributions = round(counts.attribution.gold, 1);
  return { task: 'polnear', split, n: articles.length, metrics, seconds: round((performance.now() - t0) / 1000, 2) };
}

function format(r: EvalResult): string {
  const m = r.metrics as Record<Part, ReturnType<typeof metricsOf>> & { articlesWithSeveralAnnotators: number };
  const rows: Array<Array<string | number>> = [['part', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1']];
  for (const p of PARTS) rows.push([p, m[p].exactP, m[p].exactR, m[p].exactF1, m[p].overlapP, m[p].overlapR, m[p].overlapF1]);
  return `PolNeAR ${r.split}: ${r.n} articles (${m.articlesWithSeveralAnnotators} with several annotators: scored against each, averaged), ${r.seconds} s
the quotes stage as analyze() runs it (rules for quotations, the trained tagger elsewhere)
${table(rows)}`;
}

export const task: EvalTask = {
  name: 'polnear',
  description: 'PolNeAR attribution (cue/source/content spans and whole attributions, exact and overlap P/R/F1)',
  defaultData: 'polnear',
  run,
  format,
};
