/**
 * The total of a country+dates filter (with or without a type) from SQLite's counts per month
 * (migration 12, src/store/sqlite/month-counts.ts): whole months summed from the counts, and
 * only the events between each bound and the start of its month counted one by one.
 *
 * Dates are ISO texts compared as text. A month group (a date's first 7 characters, or the
 * whole of a shorter date) never straddles a cut of 7 characters or fewer, so with
 * lo = from's first 7 characters and hi = to's:
 *   count[from, to) = sum of the groups in [lo, hi) - count[lo, from) + count[hi, to)
 * where the two exact counts read only the events of one month each (none when the bound is
 * a month or a year).
 */
import type { EventFilter } from '../types.js';
import { dateUpperBound, type SqlRunner } from './runner.js';

const hasTable = new WeakMap<SqlRunner, boolean>();

async function monthCountsExist(sql: SqlRunner): Promise<boolean> {
  let known = hasTable.get(sql);
  if (known === undefined) {
    known = (await sql.get("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_month_counts'")) !== undefined;
    hasTable.set(sql, known);
  }
  return known;
}

/** True when the filter is exactly country + dates (either bound), with or without a type; the sort does not matter. */
function isMonthCountShape(f: EventFilter): boolean {
  const others = f.subType || f.article || f.actor || f.bbox || f.minFatalities !== undefined;
  return Boolean(f.country && (f.dateFrom || f.dateTo) && !others);
}

/** The number of events matching the filter, or null when the counts cannot tell it. */
export async function monthCount(sql: SqlRunner, f: EventFilter): Promise<number | null> {
  if (sql.dialect !== 'sqlite' || !isMonthCountShape(f) || !(await monthCountsExist(sql))) return null;
  const from = f.dateFrom ?? null;
  const to = f.dateTo ? dateUpperBound(f.dateTo) : null;
  if (from !== null && to !== null && from >= to) return 0;
  const [lo, hi] = [from?.slice(0, 7) ?? null, to?.slice(0, 7) ?? null];
  // `+?` (the same value, kept out of the planner's statistics): see 'STAT4 and `+?`' in ./runner.ts
  const key = f.type ? 'country_code = +? AND type = +?' : 'country_code = +?';
  const keyParams = f.type ? [f.country!.toUpperCase(), f.type] : [f.country!.toUpperCase()];
  // without a type, the exact counts read (country, date) entries; the sum reads the country's groups of every type
  const exact = `SELECT count(*) FROM events ${f.type ? '' : 'INDEXED BY events_country_date '}WHERE ${key} AND date >= +? AND date < +?`;
  const months = `SELECT coalesce(sum(n), 0) FROM event_month_counts WHERE ${key}${lo !== null ? ' AND month >= +?' : ''}${hi !== null ? ' AND month < +?' : ''}`;
  const parts = [`(${months})`];
  const params: unknown[] = [...keyParams, ...(lo !== null ? [lo] : []), ...(hi !== null ? [hi] : [])];
  if (from !== null && lo !== from) {
    parts.push(`- (${exact})`);
    params.push(...keyParams, lo, from);
  }
  if (to !== null && hi !== to) {
    parts.push(`+ (${exact})`);
    params.push(...keyParams, hi, to);
  }
  const row = await sql.get<{ n: number }>(`SELECT ${parts.join(' ')} AS n`, params);
  return Number(row!.n);
}
