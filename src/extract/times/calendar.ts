/**
 * Calendar arithmetic on plain days (UTC, no time zone), and the TIMEX3 value formats.
 * A Day is {y, m (1-12), d}; everything goes through Date.UTC so month lengths and leap
 * years are right without a date library.
 */
export interface Day {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;

export function dayOf(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function toMs(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

/** Parses the date part of an ISO date or date-time ("2023-03-10", "2023-03-10T08:00:00Z"); null if not one. */
export function parseIsoDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay(day: Day): boolean {
  if (day.m < 1 || day.m > 12 || day.d < 1) return false;
  return day.d <= daysInMonth(day.y, day.m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(day: Day, n: number): Day {
  return dayOf(new Date(toMs(day) + n * MS_PER_DAY));
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** Signed number of days from a to b. */
export function diffDays(a: Day, b: Day): number {
  return Math.round((toMs(b) - toMs(a)) / MS_PER_DAY);
}

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export function isoWeekday(day: Day): number {
  const w = new Date(toMs(day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-year and week number. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(jan1, thursday) / 7) + 1 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const fmtYear = (y: number) => pad(y, 4);
export const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (day: Day) => `${pad(day.y, 4)}-${pad(day.m)}-${pad(day.d)}`;
export function fmtWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}
export const fmtQuarter = (y: number, q: number) => `${pad(y, 4)}-Q${q}`;
export const fmtTime = (day: Day, h: number, min: number) => `${fmtDay(day)}T${pad(h)}:${pad(min)}`;

export const quarterOf = (m: number) => Math.floor((m - 1) / 3) + 1;
