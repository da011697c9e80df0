/**
 * Scorer for 'tempeval': TempEval-3 task A (TIMEX3 extraction and normalisation).
 *
 * Splits: test = Evaluation/te3-platinum (20 docs), train = Training/TBAQ-cleaned (TimeBank + AQUAINT).
 * Each .tml document's <TEXT> is turned into plain text (tags out, XML entities decoded) while
 * the gold TIMEX3 spans are kept as character offsets; the DCT's value is the publication date.
 *
 * Scoring follows the TempEval-3 entity scorer (evaluate_entities.py, UzZaman et al. 2013):
 * - strict match: same extent; relaxed match: extents overlap (one-to-one pairing, as the
 *   scorer's id normalisation pairs each gold timex with at most one system timex);
 * - P = matched system / all system, R = matched gold / all gold, F1 their harmonic mean;
 * - type and value accuracy = correct attribute / relaxed matches;
 * - value F1 (the TE3 "attribute F1") = value accuracy × relaxed F1 (likewise typeF1).
 * Set NEWSGRAPH_TIMES_SYSTEM=chrono to score chrono-node alone as a baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentOf } from '../src/analyze.js';
import type { TimeExpression } from '../src/model/analysis.js';
import { extractTimes } from '../src/extract/times/index.js';
import { chronoTimes } from '../src/extract/times/chrono-baseline.js';
import { prf, round, table } from './metrics.js';
import type { EvalOptions, EvalResult, EvalTask } from './types.js';

interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

export interface TmlDoc {
  name: string;
  text: string;
  dct: string | null;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Plain text of a TimeML <TEXT> element with the character spans of its TIMEX3 tags. */
export function parseTml(name: string, xml: string): TmlDoc {
  const dctMatch = /<DCT>[\s\S]*?value="([^"]+)"/.exec(xml);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < 0) throw new Error(`tempeval: ${name} has no <TEXT> element`);
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const timexes: GoldTimex[] = [];
  let current: { start: number; type: string; value: string } | null = null;
  const token = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&([a-z]+);|[^<&]+|[<&]/g;
  for (const m of body.matchAll(token)) {
    if (m[2]) {
      if (m[2] !== 'TIMEX3') continue;
      if (m[1]) {
        if (current) timexes.push({ start: current.start, end: text.length, type: current.type, value: current.value });
        current = null;
      } else {
        const attr = (k: string) => new RegExp(`\\b${k}="([^"]*)"`).exec(m[3]!)?.[1] ?? '';
        current = { start: text.length, type: attr('type'), value: attr('value') };
      }
    } else if (m[4]) {
      text += ENTITIES[m[4]] ?? m[0];
    } else {
      text += m[0];
    }
  }
  // the scorer ignores timexes whose text is blank
  const kept = timexes.filter((t) => text.slice(t.start, t.end).trim() !== '');
  return { name, text, dct: dctMatch ? dctMatch[1]! : null, timexes: kept };
}

function splitFolder(data: string, split: string): string[] {
  if (split === 'test') return [join(data, 'Evaluation', 'te3-platinum')];
  if (split === 'train') return ['TimeBank', 'AQUAINT'].map((s) => join(data, 'Training', 'TBAQ-cleaned', s));
  throw new Error(`tempeval: unknown split '${split}': expected test (te3-platinum) or train (TBAQ-cleaned)`);
}

export function loadSplit(data: string, split: string, limit?: number): TmlDoc[] {
  const files = splitFolder(data, split).flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.tml'))
      .sort()
      .map((f) => join(dir, f)),
  );
  return files.slice(0, limit ?? files.length).map((f) => parseTml(f, readFileSync(f, 'utf8')));
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxedGold: number;
  relaxedSystem: number;
  type: number;
  value: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Pairs each gold timex with one overlapping system timex (exact extent first, then most overlap). */
export function scoreDoc(gold: GoldTimex[], system: TimeExpression[], counts: Counts, onPair?: (g: GoldTimex, s: TimeExpression | null) => void): void {
  counts.gold += gold.length;
  counts.system += system.length;
  const used = new Set<number>();
  for (const g of gold) {
    let best = -1;
    let bestScore = -1;
    system.forEach((s, i) => {
      if (used.has(i) || !overlaps(g, s)) return;
      const exact = s.start === g.start && s.end === g.end;
      const score = (exact ? 1e6 : 0) + Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best < 0) {
      onPair?.(g, null);
      continue;
    }
    used.add(best);
    const s = system[best]!;
    counts.relaxedGold++;
    counts.relaxedSystem++;
    if (s.start === g.start && s.end === g.end) counts.strict++;
    if (s.type === g.type) counts.type++;
    if (s.value === g.value) counts.value++;
    onPair?.(g, s);
  }
}

export function metricsOf(c: Counts): Record<string, number> {
  const strict = prf(c.strict, c.system - c.strict, c.gold - c.strict);
  const relaxed = prf(c.relaxedSystem, c.system - c.relaxedSystem, c.gold - c.relaxedGold);
  const typeAccuracy = c.relaxedGold ? c.type / c.relaxedGold : 0;
  const valueAccuracy = c.relaxedGold ? c.value / c.relaxedGold : 0;
  return {
    strictP: strict.precision,
    strictR: strict.recall,
    strictF1: strict.f1,
    relaxedP: relaxed.precision,
    relaxedR: relaxed.recall,
    relaxedF1: relaxed.f1,
    typeAccuracy: round(typeAccuracy),
    typeF1: round(typeAccuracy * relaxed.f1),
    valueAccuracy: round(valueAccuracy),
    valueF1: round(valueAccuracy * relaxed.f1),
    goldCount: c.gold,
    systemCount: c.system,
  };
}

type System = 'newsgraph' | 'chrono';

export function runSystem(system: System, doc: TmlDoc): TimeExpression[] {
  const d = documentOf(doc.text, { published: doc.dct });
  return system === 'chrono' ? chronoTimes(d) : extractTimes(d, {});
}

export const task: EvalTask = {
  name: 'tempeval',
  description: 'TempEval-3 TIMEX3 extraction and normalisation (strict/relaxed F1, type accuracy, value F1)',
  defaultData: 'tempeval3',
  async run(opts: EvalOptions): Promise<EvalResult> {
    const t0 = performance.now();
    const split = opts.split ?? 'test';
    const system: System = process.env.NEWSGRAPH_TIMES_SYSTEM === 'chrono' ? 'chrono' : 'newsgraph';
    const docs = loadSplit(opts.data, split, opts.limit);
    const counts: Counts = { gold: 0, system: 0, strict: 0, relaxedGold: 0, relaxedSystem: 0, type: 0, value: 0 };
    const debug = process.env.NEWSGRAPH_TIMES_DEBUG === '1';
    for (const doc of docs) {
      const out = runSystem(system, doc);
      scoreDoc(doc.timexes, out, counts, (g, s) => {
        if (!debug) return;
        const gt = doc.text.slice(g.start, g.end);
        if (!s) console.error(`MISS\t${gt}\t${g.type}\t${g.value}`);
        else if (s.value !== g.value || s.type !== g.type || s.start !== g.start || s.end !== g.end)
          console.error(`DIFF\t${gt}\t${g.type}\t${g.value}\t|\t${s.text}\t${s.type}\t${s.value}\t${doc.dct}`);
      });
      if (debug)
        for (const s of out)
          if (!doc.timexes.some((g) => overlaps(g, s))) console.error(`FP\t${s.text}\t${s.type}\t${s.value}\t${doc.text.slice(Math.max(0, s.start - 30), s.end + 20).replace(/\n/g, ' ')}`);
    }
    return {
      task: 'tempeval',
      split,
      n: docs.length,
      metrics: { system, ...metricsOf(counts) },
      seconds: round((performance.now() - t0) / 1000, 2),
    };
  },
  format(result: EvalResult): string {
    const m = result.metrics as Record<string, number | string>;
    const rows: Array<Array<string | number>> = [
      ['TempEval-3 timex (' + m.system + ', ' + result.split + ', ' + result.n + ' docs)', 'P', 'R', 'F1'],
      ['strict extent', m.strictP as number, m.strictR as number, m.strictF1 as number],
      ['relaxed extent', m.relaxedP as number, m.relaxedR as number, m.relaxedF1 as number],
      ['type (accuracy / F1)', '', m.typeAccuracy as number, m.typeF1 as number],
      ['value (accuracy / F1)', '', m.valueAccuracy as number, m.valueF1 as number],
    ];
    return `${table(rows)}\ngold ${m.goldCount}, system ${m.systemCount}; ${result.seconds} s`;
  },
};
