/**
 * One country's timeline by month or year from SQLite's counts per (country, type, month)
 * (migrations 12 and 13, src/store/sqlite/month-counts.ts): ~720 groups for ten years
 * instead of every event of the country. A month group never straddles a bound of 7
 * characters or fewer ('2019', '2019-03'), so such bounds select whole groups; a day bound,
 * a filter on anything but country, type and dates, or day buckets take the general path.
 */
import type { EventFilter, TimelineBucket, TimelineUnit } from '../types.js';
import { dateUpperBound, type SqlRunner } from './runner.js';
import { Where } from './where.js';

const hasFatalities = new WeakMap<SqlRunner, boolean>();

async function monthFatalitiesExist(sql: SqlRunner): Promise<boolean> {
  let known = hasFatalities.get(sql);
  if (known === undefined) {
    known = (await sql.get("SELECT 1 FROM pragma_table_info('event_month_counts') WHERE name = 'fatalities'")) !== undefined;
    hasFatalities.set(sql, known);
  }
  return known;
}

const KEY_LENGTH = { month: 7, year: 4 } as const;

/** The timeline's buckets (unsorted), or null when the month counts cannot give them exactly. */
export async function monthTimeline(sql: SqlRunner, f: EventFilter, unit: TimelineUnit): Promise<TimelineBucket[] | null> {
  if (sql.dialect !== 'sqlite' || unit === 'day' || !f.country) return null;
  if (f.subType || f.article || f.actor || f.bbox || f.minFatalities !== undefined) return null;
  const to = f.dateTo ? dateUpperBound(f.dateTo) : undefined;
  if ((f.dateFrom && f.dateFrom.length > 7) || (to && to.length > 7)) return null;
  if (!(await monthFatalitiesExist(sql))) return null;
  // `+?`: see 'STAT4 and `+?`' in ./runner.ts
  const w = new Where()
    .add('country_code = +?', f.country.toUpperCase())
    .when(f.type, 'type = +?')
    .when(f.dateFrom, 'month >= +?')
    .when(to, 'month < +?');
  const rows = await sql.all<{ day: string; type: string; events: number; fatalities: number }>(
    `SELECT substr(month, 1, ${KEY_LENGTH[unit]}) AS day, type, sum(n) AS events, sum(fatalities) AS fatalities
     FROM event_month_counts ${w} GROUP BY 1, 2 HAVING sum(n) > 0`,
    w.params,
  );
  return rows.map((r) => ({ day: r.day, type: r.type, events: Number(r.events), fatalities: Number(r.fatalities) }));
}
