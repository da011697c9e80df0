/**
 * `newsgraph eval events`: field-level precision and recall of the events stage on our
 * own hand-written passages (test/fixtures/events/passages.jsonl), run through the whole
 * pipeline (so the entities, times and places layers are used as they stand).
 *
 * Gold and predicted events of a passage are paired greedily by how many fields agree;
 * then for each field a predicted value is a true positive when it equals its partner's
 * gold value, a false positive otherwise; a gold value never matched is a false negative.
 * Reported per part: "dev" (rules were tuned on it) and "heldout" (never looked at).
 * `--split wikinews --data ../shared/data/wikinews-2019-2020` measures the stage's speed instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, documentOf } from '../src/analyze.js';
import { extractEvents } from '../src/extract/events/index.js';
import type { ConflictEvent } from '../src/model/analysis.js';
import { packageRoot } from '../src/paths.js';
import { prf, table, type PRF } from './metrics.js';
import type { EvalOptions, EvalResult, EvalTask } from './types.js';
import { parseCsv } from '../src/read/csv.js';

export interface GoldEvent {
  type: string;
  subType: string | null;
  date: string | null;
  place: string | null;
  actors: Array<{ role: string; text: string }>;
  fatalities: number | null;
  injured: number | null;
}

export interface Passage {
  id: string;
  split: string;
  published: string;
  text: string;
  events: GoldEvent[];
}

const FIELDS = ['type', 'subType', 'date', 'place', 'actors', 'fatalities', 'injured'] as const;
type Field = (typeof FIELDS)[number];
type Tally = Record<Field | 'events', { tp: number; fp: number; fn: number }>;

export function loadPassages(dir: string): Passage[] {
  const file = join(dir, 'passages.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Passage;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not valid JSON (${(e as Error).message})`);
      }
    });
}

const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const contains = (a: string, b: string) => {
  const x = norm(a);
  const y = norm(b);
  return x.length > 0 && y.length > 0 && (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
};
const SIDE: Record<string, string> = { perpetrator: 'A', actor1: 'A', victim: 'B', target: 'B', actor2: 'B' };

function placeOf(e: ConflictEvent): string | null {
  return e.place ? e.place.name : null;
}

/** Values of the scalar fields, predicted and gold, as comparable strings (null = not given). */
function scalar(field: Exclude<Field, 'actors'>, g: GoldEvent | null, p: ConflictEvent | null): [string | null, string | null] {
  const gv = g === null ? null : g[field] === null || g[field] === undefined ? null : String(g[field]);
  let pv: string | null = null;
  if (p) {
    if (field === 'date') pv = p.date.value;
    else if (field === 'place') pv = placeOf(p);
    else if (field === 'fatalities') pv = p.fatalities ? String(p.fatalities.value) : null;
    else if (field === 'injured') pv = p.injured ? String(p.injured.value) : null;
    else pv = p[field];
  }
  return [gv, pv];
}

function agree(field: Exclude<Field, 'actors'>, g: string | null, p: string | null): boolean {
  if (g === null || p === null) return false;
  return field === 'place' ? contains(g, p) : g === p;
}

function actorMatches(g: { role: string; text: string }, p: { role: string; text: string }): boolean {
  return SIDE[g.role] === SIDE[p.role] && contains(g.text, p.text);
}

function pairScore(g: GoldEvent, p: ConflictEvent): number {
  let s = 0;
  for (const f of FIELDS) {
    if (f === 'actors') s += g.actors.filter((a) => p.actors.some((b) => actorMatches(a, b))).length * 0.5;
    else {
      const [gv, pv] = scalar(f, g, p);
      if (agree(f, gv, pv)) s += f === 'type' ? 2 : 1;
    }
  }
  return s;
}

function scorePassage(gold: GoldEvent[], pred: ConflictEvent[], t: Tally): void {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => pred.forEach((p, pi) => pairs.push([pairScore(g, p), gi, pi])));
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [score, gi, pi] of pairs) {
    if (score < 1 || gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.set(gi, pi);
    pUsed.add(pi);
  }
  gold.forEach((g, gi) => {
    const pi = gUsed.get(gi);
    tallyPair(g, pi === undefined ? null : pred[pi]!, t);
  });
  pred.forEach((p, pi) => {
    if (!pUsed.has(pi)) tallyPair(null, p, t);
  });
}

function tallyPair(g: GoldEvent | null, p: ConflictEvent | null, t: Tally): void {
  if (g && p && g.type === p.type) t.events.tp++;
  else {
    if (g) t.events.fn++;
    if (p) t.events.fp++;
  }
  for (const f of FIELDS) {
    if (f === 'actors') {
      const ga = g?.actors ?? [];
      const pa = p?.actors ?? [];
      const hit = ga.filter((a) => pa.some((b) => actorMatches(a, b))).length;
      t.actors.tp += hit;
      t.actors.fn += ga.length - hit;
      t.actors.fp += pa.filter((b) => !ga.some((a) => actorMatches(a, b))).length;
      continue;
    }
    const [gv, pv] = scalar(f, g, p);
    if (agree(f, gv, pv)) t[f].tp++;
    else {
      if (pv !== null) t[f].fp++;
      if (gv !== null) t[f].fn++;
    }
  }
}

function emptyTally(): Tally {
  return Object.fromEntries(['events', ...FIELDS].map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Tally;
}

/** Scores per part ("dev", "heldout") of the passages given. */
export function scorePassages(passages: Passage[], predict: (p: Passage) => ConflictEvent[]): Record<string, Record<string, PRF>> {
  const tallies = new Map<string, Tally>();
  for (const p of passages) {
    const t = tallies.get(p.split) ?? emptyTally();
    tallies.set(p.split, t);
    scorePassage(p.events, predict(p), t);
  }
  const out: Record<string, Record<string, PRF>> = {};
  for (const [part, t] of tallies) {
    out[part] = Object.fromEntries(Object.entries(t).map(([k, c]) => [k, prf(c.tp, c.fp, c.fn)]));
  }
  return out;
}

/**
 * Speed of the events stage alone (`--split wikinews --data .../wikinews-2019-2020`): every
 * article is analysed once without the events stage, then the stage runs three times over
 * the prepared layers. Metrics: articlesPerSecond, megabytesPerSecond, events found.
 */
function stageSpeed(dir: string, limit?: number): Record<string, number> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
  if (files.length === 0) throw new Error(`eval events --split wikinews: no .csv files in ${dir}; pass --data .../wikinews-2019-2020`);
  let rows = files.flatMap((f) => parseCsv(readFileSync(join(dir, f), 'utf8')).slice(1)).filter((r) => r.length >= 4);
  if (limit) rows = rows.slice(0, limit);
  const prepared = rows.map((r) => analyze({ text: r[3]!, published: r[1]!, url: r[0]!, title: r[2]!, outlet: 'Wikinews' }, { skip: ['events'] }));
  const docs = prepared.map((a) => ({ layers: a, doc: documentOf(a.article.text, { published: a.article.published, title: a.article.title }) }));
  let events = 0;
  const started = performance.now();
  for (let round = 0; round < 3; round++) for (const { doc, layers } of docs) events += extractEvents(doc, layers).length;
  const seconds = (performance.now() - started) / 1000;
  const chars = docs.reduce((n, d) => n + d.doc.text.length, 0) * 3;
  return { articles: docs.length, articlesPerSecond: Math.round((docs.length * 3) / seconds), megabytesPerSecond: Math.round((chars / seconds / 1e6) * 100) / 100, events: events / 3 };
}

export const task: EvalTask = {
  name: 'events',
  description: 'field-level P/R of conflict events on our own hand-written passages (dev and held-out parts)',
  defaultData: '',
  async run(options: EvalOptions): Promise<EvalResult> {
    const dir = existsSync(join(options.data, 'passages.jsonl')) ? options.data : join(packageRoot, 'test', 'fixtures', 'events');
    const started = performance.now();
    if (options.split === 'wikinews') {
      const metrics = stageSpeed(options.data, options.limit);
      return { task: 'events', split: 'wikinews', n: metrics.articles!, metrics, seconds: (performance.now() - started) / 1000 };
    }
    let passages = loadPassages(dir);
    if (options.split && options.split !== 'all') passages = passages.filter((p) => p.split === options.split);
    if (options.limit) passages = passages.slice(0, options.limit);
    const metrics = scorePassages(passages, (p) => analyze({ text: p.text, published: p.published, url: null, title: null, outlet: null }).events);
    return { task: 'events', split: options.split ?? 'all', n: passages.length, metrics, seconds: (performance.now() - started) / 1000 };
  },
  format(result: EvalResult): string {
    if (result.split === 'wikinews') return `events stage speed on ${result.n} Wikinews articles: ${JSON.stringify(result.metrics)}`;
    const parts = result.metrics as Record<string, Record<string, PRF>>;
    const rows: Array<Array<string | number>> = [['part / field', 'precision', 'recall', 'f1']];
    for (const [part, fields] of Object.entries(parts)) {
      for (const [field, s] of Object.entries(fields)) rows.push([`${part} ${field}`, s.precision, s.recall, s.f1]);
    }
    return `events on ${result.n} passages (${result.seconds.toFixed(1)} s)\n${table(rows)}`;
  },
};
