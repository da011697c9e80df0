/**
 * Choosing the year (or week) of an underspecified date relative to the publication day.
 *
 * Past or explicit future wording decides. Without either, the most recent date not after
 * publication ("in December" in a January article is last December; "mid-June" in March is
 * last June), unless the next occurrence is far nearer (FUTURE_BIAS.none = 4 times: "March 25"
 * three days after publication). A deadline ("until", "by") leans ahead more (2 times).
 */
import { addDays, diffDays, isoWeekday, type Day } from './calendar.js';
import type { Direction } from './direction.js';

/** How many times nearer the future occurrence must be to win: a deadline leans ahead, plain mentions lean back. */
const FUTURE_BIAS = { either: 2, none: 4 };

/**
 * The occurrence of weekday (1-7) to use: past-or-today by default, strictly after if
 * future; either way (a plan, a deadline), the nearer one, leaning back as for dates.
 */
export function resolveWeekday(anchor: Day, weekday: number, direction: Direction): Day {
  const today = isoWeekday(anchor);
  const ahead = (weekday - today + 7) % 7 || 7;
  const back = (today - weekday + 7) % 7;
  if (direction === 'future') return addDays(anchor, ahead);
  if (direction === 'either' && back > 0 && ahead * FUTURE_BIAS.either < back) return addDays(anchor, ahead);
  return addDays(anchor, -back);
}

/** "last Friday": the latest one strictly before the anchor; "next Friday": the first strictly after. */
export function shiftedWeekday(anchor: Day, weekday: number, which: 'last' | 'next' | 'this'): Day {
  const today = isoWeekday(anchor);
  if (which === 'last') return addDays(anchor, -((today - weekday + 7) % 7 || 7));
  if (which === 'next') return addDays(anchor, (weekday - today + 7) % 7 || 7);
  return addDays(anchor, weekday - today);
}

function pickYear(anchor: Day, past: Day, future: Day, direction: Direction): Day {
  if (direction === 'future') return future;
  if (direction === 'past') return past;
  const back = diffDays(past, anchor);
  const ahead = diffDays(anchor, future);
  return ahead * FUTURE_BIAS[direction] < back ? future : past;
}

/** Year for a month-day with no year ("4 March"). */
export function resolveMonthDay(anchor: Day, m: number, d: number, direction: Direction): Day {
  const same = { y: anchor.y, m, d };
  const cmp = diffDays(anchor, same);
  if (cmp === 0) return same;
  const past = cmp < 0 ? same : { y: anchor.y - 1, m, d };
  const future = cmp > 0 ? same : { y: anchor.y + 1, m, d };
  return pickYear(anchor, past, future, direction);
}

/** Year for a bare month ("in December"): the current month counts as past. */
export function resolveMonth(anchor: Day, m: number, direction: Direction): number {
  if (m === anchor.m) return anchor.y;
  const past = { y: m < anchor.m ? anchor.y : anchor.y - 1, m, d: 15 };
  const future = { y: m > anchor.m ? anchor.y : anchor.y + 1, m, d: 15 };
  return pickYear({ ...anchor, d: 15 }, past, future, direction).y;
}

/** Year of a season ("this summer", "last winter"): seasons as northern-hemisphere months. */
export function resolveSeasonYear(anchor: Day, season: string, which: 'this' | 'last' | 'next' | null, direction: Direction): number {
  const startMonth: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
  const start = startMonth[season]!;
  // winter spans the year end: January-February belong to the winter that began in December
  const current = anchor.m >= start && anchor.m < start + 3 ? anchor.y : season === 'WI' && anchor.m < 3 ? anchor.y - 1 : null;
  if (which === 'this') return current ?? (direction === 'past' || anchor.m >= start ? anchor.y : anchor.y);
  if (which === 'last') return current !== null ? current - 1 : anchor.m > start ? anchor.y : anchor.y - 1;
  if (which === 'next') return current !== null ? current + 1 : anchor.m < start ? anchor.y : anchor.y + 1;
  if (current !== null) return current;
  return resolveMonth(anchor, start, direction);
}
