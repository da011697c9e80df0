/**
 * Claims scorer (`newsgraph eval claims --data test/fixtures/claims [--split dev|heldout|blind|all]`).
 * No public gold exists for stance, source chains and denial links, so this scores our own
 * development set (test/fixtures/claims/README.md describes it and its conventions).
 *
 * A predicted claim matches an expected one when its span overlaps the expected anchor
 * (one to one, largest overlap first). Then, per field, precision and recall:
 * - detection: matched / predicted, matched / expected;
 * - stance (per stance): right stance among predicted with that stance / expected with it;
 * - claimant, sources, disputes: a prediction that names one (non-null, non-empty) is
 *   right when it equals the expected one (case and trailing punctuation ignored);
 * - hedged: the positive class is hedged = true.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, Stance } from '../src/model/analysis.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import { extractClaims } from '../src/extract/claims/index.js';
import { segment } from '../src/text/segment.js';
import type { Doc } from '../src/model/document.js';
import { prf, table, round, type PRF } from './metrics.js';
import type { EvalOptions, EvalResult, EvalTask } from './types.js';

interface Expected {
  key: string;
  anchor: string;
  stance: Stance;
  claimant: string | null;
  sources: string[];
  hedged: boolean;
  disputes: string | null;
}
interface Passage {
  id: string;
  split: 'dev' | 'heldout' | 'blind';
  published: string;
  text: string;
  claims: Expected[];
}
const SPLITS = ['dev', 'heldout', 'blind'] as const;
const FIELDS = ['claimant', 'sources', 'hedged', 'disputes'] as const;
const STANCES: Stance[] = ['assert', 'allege', 'accuse', 'deny', 'claim-responsibility', 'report'];
type Tally = { tp: number; pred: number; gold: number };
const tally = (): Tally => ({ tp: 0, pred: 0, gold: 0 });

const norm = (s: string) => s.toLowerCase().replace(/[\s,.;:]+$/, '').replace(/\s+/g, ' ').trim();

export function loadPassages(data: string): Passage[] {
  const file = existsSync(data) && statSync(data).isDirectory() ? join(data, 'passages.json') : data;
  if (!existsSync(file)) throw new Error(`claims: no passages file at ${file}; --data must be test/fixtures/claims (holding passages.json)`);
  return JSON.parse(readFileSync(file, 'utf8')) as Passage[];
}

export function claimsOf(p: Passage): Claim[] {
  const doc: Doc = { text: p.text, published: p.published, title: null, url: null, outlet: null, ...segment(p.text), messages: [] };
  return extractClaims(doc, { quotes: extractQuotes(doc, {}) });
}

/** Pair expected claims with predicted ones by anchor overlap; returns expected index -> predicted. */
function align(p: Passage, pred: Claim[]): Map<number, Claim> {
  const used = new Set<Claim>();
  const out = new Map<number, Claim>();
  p.claims.forEach((e, i) => {
    const a = p.text.indexOf(e.anchor);
    const b = a + e.anchor.length;
    let best: Claim | null = null;
    let bestOverlap = 0;
    for (const c of pred) {
      const overlap = Math.min(b, c.end) - Math.max(a, c.start);
      if (!used.has(c) && overlap > bestOverlap) {
        best = c;
        bestOverlap = overlap;
      }
    }
    if (best) {
      used.add(best);
      out.set(i, best);
    }
  });
  return out;
}

function scorePassage(p: Passage, pred: Claim[], t: Record<string, Tally>): void {
  const pairs = align(p, pred);
  const idOfKey = new Map(p.claims.map((e, i) => [e.key, pairs.get(i)?.id ?? '?']));
  t.detection!.pred += pred.length;
  t.detection!.gold += p.claims.length;
  t.detection!.tp += pairs.size;
  for (const c of pred) {
    t[`stance:${c.stance}`]!.pred++;
    if (c.claimant) t.claimant!.pred++;
    if (c.sources.length) t.sources!.pred++;
    if (c.hedged) t.hedged!.pred++;
    if (c.disputes) t.disputes!.pred++;
  }
  p.claims.forEach((e, i) => {
    const c = pairs.get(i);
    t[`stance:${e.stance}`]!.gold++;
    if (e.claimant) t.claimant!.gold++;
    if (e.sources.length) t.sources!.gold++;
    if (e.hedged) t.hedged!.gold++;
    if (e.disputes) t.disputes!.gold++;
    if (!c) return;
    if (c.stance === e.stance) t[`stance:${e.stance}`]!.tp++;
    if (e.claimant && c.claimant && norm(c.claimant.text) === norm(e.claimant)) t.claimant!.tp++;
    const sameChain = c.sources.length === e.sources.length && c.sources.every((s, k) => norm(s.text) === norm(e.sources[k]!));
    if (e.sources.length && sameChain) t.sources!.tp++;
    if (e.hedged && c.hedged) t.hedged!.tp++;
    if (e.disputes && c.disputes === idOfKey.get(e.disputes)) t.disputes!.tp++;
  });
}

function scoreSet(passages: Passage[]): Record<string, unknown> {
  const t: Record<string, Tally> = { detection: tally(), ...Object.fromEntries(FIELDS.map((f) => [f, tally()])), ...Object.fromEntries(STANCES.map((s) => [`stance:${s}`, tally()])) };
  for (const p of passages) scorePassage(p, claimsOf(p), t);
  const m = (x: Tally): PRF => prf(x.tp, x.pred - x.tp, x.gold - x.tp);
  const stanceTp = STANCES.reduce((n, s) => n + t[`stance:${s}`]!.tp, 0);
  return {
    passages: passages.length,
    expectedClaims: t.detection!.gold,
    detection: m(t.detection!),
    stanceAccuracyOnMatched: t.detection!.tp ? round(stanceTp / t.detection!.tp) : 0,
    byStance: Object.fromEntries(STANCES.map((s) => [s, m(t[`stance:${s}`]!)])),
    ...Object.fromEntries(FIELDS.map((f) => [f, m(t[f]!)])),
  };
}

async function run(opts: EvalOptions): Promise<EvalResult> {
  const split = opts.split ?? 'all';
  const all = loadPassages(opts.data).slice(0, opts.limit ?? Infinity);
  const t0 = performance.now();
  const chosen = split === 'all' ? all : all.filter((p) => p.split === split);
  if (!chosen.length) throw new Error(`claims: no passages in split '${split}' (expected dev, heldout, blind or all)`);
  const metrics = scoreSet(chosen);
  if (split === 'all') for (const part of SPLITS) metrics[part] = scoreSet(all.filter((p) => p.split === part));
  return { task: 'claims', split, n: chosen.length, metrics, seconds: round((performance.now() - t0) / 1000, 2) };
}

function rowsOf(name: string, m: Record<string, unknown>): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [];
  const add = (label: string, x: PRF) => rows.push([`${name}${label}`, x.precision, x.recall, x.f1]);
  add('detection', m.detection as PRF);
  for (const [s, x] of Object.entries(m.byStance as Record<string, PRF>)) add(`stance ${s}`, x);
  for (const f of FIELDS) add(f, m[f] as PRF);
  return rows;
}

function format(r: EvalResult): string {
  const m = r.metrics;
  const parts = r.split === 'all' ? SPLITS : null;
  const rows: Array<Array<string | number>> = [['field', 'precision', 'recall', 'f1']];
  if (parts) for (const p of parts) rows.push(...rowsOf(`${p}: `, m[p] as Record<string, unknown>));
  else rows.push(...rowsOf('', m));
  return `claims (${r.split}): ${r.n} passages, ${m.expectedClaims} expected claims, ${r.seconds} s\n${table(rows)}`;
}

export const task: EvalTask = {
  name: 'claims',
  description: 'claims on our own development set: detection, stance, claimant, source chain, hedging, disputes',
  defaultData: '',
  run,
  format,
};
