/**
 * `newsgraph eval muc`: MUC-3/4 document-level role-filler extraction on GRIT's processed
 * split (../shared/data/muc34/data/muc/processed, test = TST3 + TST4, 200 messages):
 * perpetrator individual and organisation, physical target, human victim, weapon. A
 * prediction counts when it equals (lower-cased, leading article dropped) any mention of
 * a gold entity; each gold entity is found at most once. Incident type and deaths are
 * scored against the raw key templates of TST3/TST4. `headMatch` repeats the role scores
 * with a relaxed match (same head word) to show how much is boundary disagreement.
 *
 * The processed text is lower case (the wire was upper case): we run on it as given;
 * splits tst4-lower / tst4-mixed measure what case costs on the 100 TST4 messages,
 * whose original mixed-case text MUC distributed.
 */
import { analyze } from '../src/analyze.js';
import type { ConflictEvent } from '../src/model/analysis.js';
import { findWeapons } from '../src/extract/events/weapons.js';
import { prf, round, table } from './metrics.js';
import type { EvalOptions, EvalResult, EvalTask } from './types.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROLES = ['PerpInd', 'PerpOrg', 'Target', 'Victim', 'Weapon'] as const;
export type MucRole = (typeof ROLES)[number];

export interface MucDoc {
  docid: string;
  doctext: string;
  /** Per role: gold entities, each a list of [mention, offset]. */
  extracts: Record<MucRole, Array<Array<[string, number]>>>;
}

export interface KeyTemplate {
  types: string[];
  /** Deaths of the template's human targets when the key states numbers for them. */
  deaths: { min: number; max: number } | null;
}

const muc = (dir: string) => (existsSync(join(dir, 'data', 'muc')) ? join(dir, 'data', 'muc') : dir);

export function readProcessed(dir: string, split: string): MucDoc[] {
  const file = join(muc(dir), 'processed', `${split}.json`);
  if (!existsSync(file)) throw new Error(`muc: no processed split '${split}' at ${file}; expected train, dev or test`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as MucDoc);
}

/** Key templates by message id (TST1-TST4: dev and test splits); messages whose template is "*" have none. */
export function readKeys(dir: string): Map<string, KeyTemplate[]> {
  const out = new Map<string, KeyTemplate[]>();
  const corpora = join(muc(dir), 'raw_files', 'extracted', 'muc34', 'TASK', 'CORPORA');
  const files = [join(corpora, 'tst1', 'key-tst1.v7'), join(corpora, 'tst2', 'key-tst2.v4'), join(corpora, 'tst3', 'key-tst3.v2'), join(corpora, 'tst4', 'key-tst4.v2')];
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
      const slots = slotsOf(block);
      const id = slots.get(0)?.[0]?.trim();
      if (!id) continue;
      const list = out.get(id) ?? [];
      out.set(id, list);
      const template = slots.get(1)?.[0]?.trim();
      if (!template || template === '*') continue;
      const types = (slots.get(4)?.[0] ?? '').split('/').map((t) => t.replace(/[?*]/g, '').trim()).filter(Boolean);
      list.push({ types, deaths: deathsOf(slots.get(21) ?? [], slots.get(23) ?? []) });
    }
  }
  return out;
}

/** Slot number -> its value lines (the first line's value plus continuation lines). */
function slotsOf(block: string): Map<number, string[]> {
  const slots = new Map<number, string[]>();
  let current = -1;
  for (const line of block.split('\n')) {
    const m = /^(\d+)\.\s+\S.*?\s{2,}(.*)$/.exec(line);
    if (m) {
      current = Number(m[1]);
      slots.set(current, [m[2]!]);
    } else if (current >= 0 && line.trim()) slots.get(current)!.push(line.trim());
  }
  return slots;
}

/** Sum of the numbers of the human targets whose effect is DEATH; null when not all are numeric. */
function deathsOf(numberLines: string[], effectLines: string[]): { min: number; max: number } | null {
  const dead = effectLines.flatMap((l) => [...l.matchAll(/DEATH:\s*"([^"]+)"/g)].map((m) => m[1]!));
  if (dead.length === 0) return null;
  const numbers = new Map<string, { min: number; max: number }>();
  for (const l of numberLines) {
    for (const m of l.matchAll(/(\d+)(?:\s*-\s*(\d+))?:\s*"([^"]+)"/g)) {
      numbers.set(m[3]!, { min: Number(m[1]), max: Number(m[2] ?? m[1]) });
    }
  }
  let min = 0;
  let max = 0;
  for (const who of new Set(dead)) {
    const n = numbers.get(who);
    if (!n) return null;
    min += n.min;
    max += n.max;
  }
  return { min, max };
}

/** The original mixed-case TST4 messages by id, with the dateline and source tags removed. */
export function readMixedCaseTst4(dir: string): Map<string, string> {
  const file = join(muc(dir), 'raw_files', 'extracted', 'muc34', 'TASK', 'CORPORA', 'tst4', 'tst4-muc4.mixed-case');
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  const parts = readFileSync(file, 'utf8').split(/^(TST4-MUC4-\d{4})\s*$/m);
  for (let i = 1; i + 1 < parts.length; i += 2) {
    let body = parts[i + 1]!.trim();
    const text = body.indexOf('[Text]');
    if (text >= 0) body = body.slice(text + '[Text]'.length);
    else body = body.replace(/^[^\n]*?--\s*/, '');
    out.set(parts[i]!, body.replace(/\[[^\]]*\]/g, ' ').replace(/[ \t]*\n[ \t]*(?!\n)/g, ' ').replace(/\n\s*\n/g, '\n\n').trim());
  }
  return out;
}

// ---- scoring ---------------------------------------------------------------------------

/** MUC-4 incident type for an ACLED sub-type (null: not a MUC incident). */
function mucType(e: ConflictEvent): string | null {
  const evidence = e.evidence.map((s) => s.text).join(' ');
  switch (e.subType) {
    case 'Remote explosive/landmine/IED':
    case 'Suicide bomb':
      return 'BOMBING';
    case 'Abduction/forced disappearance':
      return 'KIDNAPPING';
    case 'Looting/property destruction':
      return /\b(?:fire|burn|burned|torch|arson|incendiar)/i.test(evidence) ? 'ARSON' : 'ROBBERY';
    case 'Peaceful protest':
    case 'Agreement':
    case 'Arrests':
    case 'Change to group/activity':
    case 'Headquarters or base established':
    case 'Non-violent transfer of territory':
    case 'Other':
      return null;
    default:
      return 'ATTACK';
  }
}

const ORG_LIKE = /\b(?:front|army|movement|cartel|mafias?|armed forces|air force|military|government|alliance|organi[sz]ation|party|command|fmln|eln|farc|mrta|shining path|sendero luminoso|extraditables|death squads?|police|guard|battalion|brigade)\b/i;
const STRIP = /^(?:the|a|an|some|several|other)\s+/i;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(STRIP, '').trim();

interface Prediction {
  roles: Record<MucRole, string[]>;
  type: string | null;
  deaths: number | null;
}

export function predictMuc(text: string): Prediction {
  const analysis = analyze({ text, published: null, url: null, title: null, outlet: null });
  const roles: Record<MucRole, string[]> = { PerpInd: [], PerpOrg: [], Target: [], Victim: [], Weapon: [] };
  const entityType = new Map(analysis.entities.map((e) => [e.id, e.type]));
  const events = analysis.events.filter((e) => mucType(e) !== null);
  for (const e of events) {
    for (const a of e.actors) {
      if (a.role === 'perpetrator' || a.role === 'actor1') {
        const isOrg = (a.entity && entityType.get(a.entity) === 'ORG') || ORG_LIKE.test(a.text);
        roles[isOrg ? 'PerpOrg' : 'PerpInd'].push(a.text);
      } else if (a.role === 'target') roles.Target.push(a.text);
      else roles.Victim.push(a.text);
    }
    if (e.claimedBy) roles.PerpOrg.push(e.claimedBy.text);
    for (const s of e.evidence) roles.Weapon.push(...findWeapons(analysis.article.text, s.start, s.end).map((w) => w.text));
  }
  for (const r of ROLES) roles[r] = [...new Set(roles[r].map(norm))].filter((s) => /[a-z]/.test(s));
  const main = events[0] ?? null;
  return { roles, type: main ? mucType(main) : null, deaths: main?.fatalities?.value ?? null };
}

type Counts = { tp: number; fp: number; fn: number };

/** Each gold entity is found when some prediction equals one of its mentions; a prediction that matches no unfound entity is a false positive. */
function scoreRole(gold: Array<Array<[string, number]>>, predicted: string[], c: Counts, relaxed: boolean): void {
  const found = new Set<number>();
  const same = (p: string, m: string) => (relaxed ? lastWord(p) === lastWord(m) : p === m);
  for (const p of predicted) {
    const hit = gold.findIndex((entity, i) => !found.has(i) && entity.some(([m]) => same(p, norm(m))));
    if (hit >= 0) found.add(hit);
    else c.fp++;
  }
  c.tp += found.size;
  c.fn += gold.length - found.size;
}

function lastWord(s: string): string {
  return s.split(/\s+/).pop()!.replace(/s$/, '');
}

function scoreDocs(docs: Array<{ doc: MucDoc; text: string }>, keys: Map<string, KeyTemplate[]>) {
  const strict = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])) as Record<MucRole, Counts>;
  const relaxed = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }])) as Record<MucRole, Counts>;
  let typeN = 0, typeOk = 0, deathN = 0, deathOk = 0;
  for (const { doc, text } of docs) {
    const p = predictMuc(text);
    for (const r of ROLES) {
      scoreRole(doc.extracts[r] ?? [], p.roles[r], strict[r], false);
      scoreRole(doc.extracts[r] ?? [], p.roles[r], relaxed[r], true);
    }
    const templates = keys.get(doc.docid) ?? [];
    if (templates.length) {
      typeN++;
      if (p.type && templates.some((t) => t.types.includes(p.type!))) typeOk++;
      const withDeaths = templates.filter((t) => t.deaths);
      if (withDeaths.length) {
        deathN++;
        if (p.deaths !== null && withDeaths.some((t) => p.deaths! >= t.deaths!.min && p.deaths! <= t.deaths!.max)) deathOk++;
      }
    }
  }
  const summarise = (c: Record<MucRole, Counts>) => {
    const total = ROLES.reduce((s, r) => ({ tp: s.tp + c[r].tp, fp: s.fp + c[r].fp, fn: s.fn + c[r].fn }), { tp: 0, fp: 0, fn: 0 });
    return {
      perpInd: prf(c.PerpInd.tp, c.PerpInd.fp, c.PerpInd.fn),
      perpOrg: prf(c.PerpOrg.tp, c.PerpOrg.fp, c.PerpOrg.fn),
      target: prf(c.Target.tp, c.Target.fp, c.Target.fn),
      victim: prf(c.Victim.tp, c.Victim.fp, c.Victim.fn),
      weapon: prf(c.Weapon.tp, c.Weapon.fp, c.Weapon.fn),
      microF1: prf(total.tp, total.fp, total.fn),
    };
  };
  return {
    ...summarise(strict),
    incidentTypeAccuracy: round(typeOk / Math.max(1, typeN)),
    deathsAccuracy: round(deathOk / Math.max(1, deathN)),
    nWithTemplate: typeN,
    nWithDeaths: deathN,
    headMatch: summarise(relaxed),
  };
}

/**
 * Splits: train, dev, test (the processed text as distributed: lower-cased); and, to
 * measure what case costs, "tst4-lower" and "tst4-mixed": the 100 TST4 messages of the
 * test split, as processed (lower case) and in their original mixed case.
 */
export const task: EvalTask = {
  name: 'muc',
  description: 'MUC-3/4 role fillers (perpInd, perpOrg, target, victim, weapon), incident type and deaths',
  defaultData: 'muc34',
  async run(options: EvalOptions): Promise<EvalResult> {
    const started = performance.now();
    const split = options.split ?? 'test';
    const base = split.startsWith('tst4-') ? 'test' : split;
    let docs = readProcessed(options.data, base).map((doc) => ({ doc, text: doc.doctext }));
    if (split.startsWith('tst4-')) docs = docs.filter((d) => d.doc.docid.startsWith('TST4'));
    if (split === 'tst4-mixed') {
      const mixed = readMixedCaseTst4(options.data);
      docs = docs.map((d) => ({ doc: d.doc, text: mixed.get(d.doc.docid) ?? d.text }));
    }
    if (options.limit) docs = docs.slice(0, options.limit);
    const metrics = scoreDocs(docs, readKeys(options.data));
    return { task: 'muc', split, n: docs.length, metrics, seconds: (performance.now() - started) / 1000 };
  },
  format(result: EvalResult): string {
    const m = result.metrics as ReturnType<typeof scoreDocs>;
    const rows: Array<Array<string | number>> = [['role', 'precision', 'recall', 'f1', 'head-match f1']];
    for (const k of ['perpInd', 'perpOrg', 'target', 'victim', 'weapon', 'microF1'] as const) rows.push([k, m[k].precision, m[k].recall, m[k].f1, m.headMatch[k].f1]);
    return [
      `muc ${result.split}: ${result.n} messages, ${result.seconds.toFixed(1)} s`,
      table(rows),
      `incident type accuracy ${m.incidentTypeAccuracy.toFixed(3)} (${m.nWithTemplate} messages with a key template); deaths accuracy ${m.deathsAccuracy.toFixed(3)} (${m.nWithDeaths} with numeric deaths)`,
    ].join('\n');
  },
};
