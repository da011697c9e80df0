/**
 * Where the rules need to look. Every time expression contains a trigger word (a month, a
 * unit, "yesterday", a four-digit year, a clock time ...). Reading the tokens once, we mark
 * windows around trigger words with the kinds of trigger they hold; each rule then runs only
 * in windows holding a kind it needs. Most of a news text holds no time expression, and most
 * windows hold one or two kinds, so the rules' regexes see a fraction of the text: this is
 * what keeps the stage above 1 MB/s (measured in bench/times.ts).
 */
import type { Doc } from '../../model/document.js';
import { MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS } from './lexicon.js';

export const Kind = {
  month: 1,
  weekday: 2,
  unit: 4,
  part: 8,
  season: 16,
  deictic: 32,
  ref: 64,
  set: 128,
  decade: 256,
  holiday: 512,
  clock: 1024,
  year: 2048,
  numdate: 4096,
  quarter: 8192,
  spoken: 16384,
} as const;

const WORD_KINDS = new Map<string, number>();
const add = (words: Iterable<string>, kind: number) => {
  for (const w of words) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | kind);
};
add(Object.keys(MONTHS), Kind.month);
add(Object.keys(WEEKDAYS), Kind.weekday);
add(Object.keys(WEEKDAYS).map((w) => `${w}s`), Kind.weekday);
add(Object.keys(UNITS), Kind.unit);
add(Object.keys(PARTS_OF_DAY), Kind.part);
add(['mornings', 'afternoons', 'evenings', 'nights'], Kind.part);
add(Object.keys(SEASONS), Kind.season);
add(['today', 'tonight', 'yesterday', 'tomorrow'], Kind.deictic);
add(['now', 'currently', 'nowadays', 'presently', 'present', 'recently', 'lately', 'formerly', 'past', 'future', 'term'], Kind.ref);
add(['hourly', 'daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'quarterly', 'annually', 'yearly'], Kind.set);
add(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'], Kind.decade);
add(['christmas', 'thanksgiving', 'halloween', 'easter', "valentine's", 'valentine’s', 'valentine'], Kind.holiday);
add(['noon', 'midday', 'midnight', "o'clock", 'o’clock', 'a.m', 'p.m', 'am', 'pm', 'gmt', 'utc'], Kind.clock);
add(['q1', 'q2', 'q3', 'q4'], Kind.quarter);
// "the latest period" of results news (rules-periods.ts)
add(['period'], Kind.unit);
// spelt-out years of transcripts (rules-spoken.ts)
add(['nineteen', 'thousand'], Kind.spoken);

/** The trigger kinds of one token's text (0 when none). */
export function kindsOf(raw: string): number {
  const w = raw.toLowerCase().replace(/\.$/, '');
  let kinds = WORD_KINDS.get(w) ?? 0;
  if (/\d/.test(w)) {
    if (/\d:\d|^\d{1,2}(?:[ap]\.?m)$/.test(w)) kinds |= Kind.clock;
    if (/\d{4}|['’]\d0s/.test(w)) kinds |= Kind.year;
    if (/\d[-/.]\d/.test(w)) kinds |= Kind.numdate;
  }
  if (w.includes('-')) for (const part of w.split('-')) kinds |= WORD_KINDS.get(part) ?? 0;
  return kinds;
}

export interface Window {
  start: number;
  end: number;
  kinds: number;
}

/** How far an expression may reach left of its trigger word ("the very beginning of ...") and right of it. */
const REACH_LEFT = 80;
const REACH_RIGHT = 48;

/** Windows around trigger tokens, merged where they overlap, each with the union of its kinds. */
export function triggerWindows(doc: Doc): Window[] {
  const windows: Window[] = [];
  const { text } = doc;
  for (const token of doc.tokens) {
    const kinds = kindsOf(token.text);
    if (!kinds) continue;
    const start = Math.max(0, token.start - REACH_LEFT);
    const end = Math.min(text.length, token.end + REACH_RIGHT);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.kinds |= kinds;
    } else {
      windows.push({ start, end, kinds });
    }
  }
  return windows;
}
