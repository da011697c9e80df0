/**
 * Joining neighbouring expressions after resolution: a day number paired with a month-day
 * ("April 24 and 25") becomes a second date; a clock time next to its day ("5 p.m. EST
 * Nov. 9") becomes one TIME, as TimeML marks it.
 */
import type { Doc } from '../../model/document.js';
import { fmtDay, isValidDay } from './calendar.js';
import type { Candidate, Resolved } from './types.js';

/** Rules whose expressions are clock times: they take their date from a day named nearby. */
export const CLOCK_RULES = new Set(['clock-am-pm', 'clock-24h', 'noon', 'hour-of-part']);

/** "April 24 and 25", "March 3-5": a bare day number after a month-day is a second date of that month. */
const PAIRED_DAY = /^\s*(?:and|to|or|through|until|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:19|20)\d\d)\b)?(?=\s*(?:[,.;:)]|$|\s(?:in|at|and|when|to|of|,)\b))/;

export function addPairedDays(doc: Doc, chosen: Candidate[], resolved: Array<Resolved | null>): void {
  for (let i = chosen.length - 1; i >= 0; i--) {
    const r = resolved[i];
    if (!r || r.type !== 'DATE' || !r.day || !/^\d{4}-\d\d-\d\d$/.test(r.value)) continue;
    const m = PAIRED_DAY.exec(doc.text.slice(chosen[i]!.end, chosen[i]!.end + 16));
    if (!m) continue;
    // "March 3-5, 2021": the year closing the pair is both dates' year
    const year = m[2] ? Number(m[2]) : r.day.y;
    const day = { y: year, m: r.day.m, d: Number(m[1]) };
    if (!isValidDay(day) || day.d <= r.day.d) continue;
    const start = chosen[i]!.end + m.index + m[0].indexOf(m[1]!);
    const end = chosen[i]!.end + m.index + m[0].length;
    const next = chosen[i + 1];
    if (next && next.start < end && !(m[2] && next.rule === 'year' && next.end <= end)) continue;
    if (m[2]) {
      const first = { ...r.day, y: year };
      resolved[i] = { ...r, value: fmtDay(first), day: first, anchored: undefined };
      if (next && next.start < end) {
        chosen.splice(i + 1, 1);
        resolved.splice(i + 1, 1);
      }
    }
    chosen.splice(i + 1, 0, { start, end, rule: 'paired-day', resolve: () => null });
    resolved.splice(i + 1, 0, { type: 'DATE', value: fmtDay(day), day, anchored: m[2] ? undefined : r.anchored });
  }
}

/**
 * "5 p.m. EST Nov. 9", "Friday, 10 a.m.": a clock time next to the day it falls on is one
 * TIMEX3 (TimeML marks the whole); the pair becomes one TIME candidate in place.
 */
export function mergeClockWithDay(doc: Doc, chosen: Candidate[], resolved: Array<Resolved | null>): void {
  for (let i = chosen.length - 2; i >= 0; i--) {
    const [a, b] = [chosen[i]!, chosen[i + 1]!];
    const [ra, rb] = [resolved[i], resolved[i + 1]];
    if (!ra || !rb || !/^,?\s{1,3}$/.test(doc.text.slice(a.end, b.start))) continue;
    const clockFirst = CLOCK_RULES.has(a.rule) && rb.type === 'DATE' && rb.day;
    const dayFirst = CLOCK_RULES.has(b.rule) && ra.type === 'DATE' && ra.day;
    if (!clockFirst && !dayFirst) continue;
    const [clock, day] = clockFirst ? [ra, rb] : [rb, ra];
    const value = `${day.value}${clock.value.slice(clock.value.indexOf('T'))}`;
    chosen.splice(i, 2, { start: a.start, end: b.end, rule: 'clock-day', resolve: () => null });
    resolved.splice(i, 2, { type: 'TIME', value, day: day.day, anchored: day.anchored });
  }
}
