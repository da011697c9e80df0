/**
 * The times stage: finds date, time, duration and set expressions and gives each a TIMEX3
 * type and value anchored on the publication date (issue 4).
 *
 * Rules (rules-*.ts) propose candidate extents with regexes, run only in windows around
 * trigger words of the kinds they need (triggers.ts); the longest non-overlapping
 * ones win; each is then resolved in text order, so anaphora ("the day before") can count
 * from the last day named. With no publication date, values that depend on it are masked
 * TimeML-style ("XXXX-XX-XX", "XXXX-03-04") and one message says so.
 */
import type { TimeExpression } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';
import { parseIsoDay, type Day } from './calendar.js';
import { addPairedDays, CLOCK_RULES, mergeClockWithDay } from './compose.js';
import { directionAt, tokenAt } from './direction.js';
import { CALENDAR_RULES } from './rules-calendar.js';
import { RELATIVE_RULES } from './rules-relative.js';
import { SPAN_RULES } from './rules-span.js';
import { SPOKEN_RULES } from './rules-spoken.js';
import { triggerWindows, type Window } from './triggers.js';
import type { Candidate, Quarter, Resolved, ResolveContext, Rule } from './types.js';

const RULES: Rule[] = [...CALENDAR_RULES, ...RELATIVE_RULES, ...SPAN_RULES, ...SPOKEN_RULES];
/** Any fixed day works as a stand-in anchor: every digit it contributes is masked. */
const STAND_IN: Day = { y: 2000, m: 6, d: 15 };
export const UNKNOWN_PUBLICATION = 'publication date unknown; relative dates unresolved';

export function findCandidates(doc: Doc, windows: Window[] = triggerWindows(doc)): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const w of windows) {
    // one character of context each side keeps the rules' word-boundary checks honest
    const lead = w.start > 0 ? 1 : 0;
    const slice = doc.text.slice(w.start - lead, Math.min(doc.text.length, w.end + 1));
    for (const rule of RULES) {
      if (!(rule.needs & w.kinds)) continue;
      rule.re.lastIndex = lead;
      for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        m.index += w.start - lead;
        // a match running past the window's end may be cut short; windows reach far enough that this is rare
        if (m.index + m[0].length > w.end && w.end < doc.text.length) break;
        const key = `${rule.name}:${m.index}:${m[0].length}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const resolve = rule.make(m, doc);
        if (resolve) out.push({ start: m.index, end: m.index + m[0].length, rule: rule.name, resolve });
      }
    }
  }
  return out;
}

/** Longest first, then leftmost; a candidate overlapping a kept one is dropped. Result in text order. */
export function selectLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Replaces the publication-dependent digits with X: the whole date part, or the year only. */
function mask(r: Resolved): string {
  if (r.anchored === 'year') return `XXXX${r.value.slice(4)}`;
  const t = r.value.indexOf('T');
  const date = t < 0 ? r.value : r.value.slice(0, t);
  return date.replace(/\d/g, 'X') + (t < 0 ? '' : r.value.slice(t));
}

function sentenceOf(doc: Doc, offset: number): number {
  const t = doc.tokens[Math.min(tokenAt(doc.tokens, offset), doc.tokens.length - 1)];
  return t ? t.sentence : -1;
}

/** "1998" or "1998-03" as a day to count from ("a decade later", "the following month"). */
function coarseDay(value: string): Day | null {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  return m ? { y: Number(m[1]), m: m[2] ? Number(m[2]) : 1, d: 1 } : null;
}

interface NamedDay {
  at: number;
  sentence: number;
  resolved: Resolved & { day: Day };
}

/**
 * Resolves the candidates in text order, so that "the day before" counts from the last day
 * named; then gives each clock time the day named nearest to it in its sentence ("died today
 * at 10 a.m.", "at 3 p.m. on Friday"), else the publication day.
 */
function resolveInOrder(doc: Doc, chosen: Candidate[], anchor: Day): Array<Resolved | null> {
  const resolved: Array<Resolved | null> = [];
  const days: NamedDay[] = [];
  let last = anchor;
  let stated: { year: number; sentence: number } | null = null;
  let quarter: Quarter | null = null;
  const contextFor = (c: Candidate, sentenceDay: ResolveContext['sentenceDay']): ResolveContext => {
    const sentence = sentenceOf(doc, c.start);
    const near = stated && stated.sentence === sentence;
    return {
      anchor,
      last,
      sentenceDay,
      narrativeYear: near && stated!.year !== anchor.y ? stated!.year : null,
      quarter,
      direction: () => directionAt(doc, c.start, c.end),
    };
  };
  for (const c of chosen) {
    const r = c.resolve(contextFor(c, null));
    resolved.push(r);
    const q = r && !r.fromLast ? /^(\d{4})-Q([1-4])$/.exec(r.value) : null;
    if (q) quarter = { y: Number(q[1]), q: Number(q[2]) };
    const coarse = r && r.type === 'DATE' && !r.day && !r.fromLast ? coarseDay(r.value) : null;
    if (coarse) last = coarse;
    if (r?.day && (r.type === 'DATE' || r.type === 'TIME')) {
      if (!r.fromLast) last = r.day;
      days.push({ at: c.start, sentence: sentenceOf(doc, c.start), resolved: r as NamedDay['resolved'] });
      if (!r.anchored) stated = { year: r.day.y, sentence: sentenceOf(doc, c.start) };
    }
  }
  chosen.forEach((c, i) => {
    if (!CLOCK_RULES.has(c.rule)) return;
    const sentence = sentenceOf(doc, c.start);
    const near = days.filter((d) => d.sentence === sentence).sort((x, y) => Math.abs(x.at - c.start) - Math.abs(y.at - c.start))[0];
    if (near) resolved[i] = c.resolve(contextFor(c, { day: near.resolved.day, anchored: near.resolved.anchored }));
  });
  return resolved;
}

export function extractTimes(doc: Doc, _layers: Partial<Layers>): TimeExpression[] {
  const published = doc.published ? parseIsoDay(doc.published) : null;
  if (doc.published && !published) {
    doc.messages.push({ reason: `publication date '${doc.published}' is not an ISO date; relative dates unresolved`, rule: 'times' });
  }
  const anchor = published ?? STAND_IN;
  const chosen = selectLongest(findCandidates(doc));
  const resolved = resolveInOrder(doc, chosen, anchor);
  addPairedDays(doc, chosen, resolved);
  mergeClockWithDay(doc, chosen, resolved);
  const out: TimeExpression[] = [];
  let unresolved = false;
  chosen.forEach((c, i) => {
    const r = resolved[i];
    if (!r) return;
    let value = r.value;
    if (!published && r.anchored) {
      value = mask(r);
      unresolved = true;
    }
    const t: TimeExpression = { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), type: r.type, value };
    if (r.mod) t.mod = r.mod;
    out.push(t);
  });
  if (unresolved && !doc.published) doc.messages.push({ reason: UNKNOWN_PUBLICATION, rule: 'times' });
  return out;
}
