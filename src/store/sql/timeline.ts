/** Aggregates for the workbench: events per day and type (timeline). */
import type { EventFilter, TimelineBucket } from '../types.js';
import { eventQuery } from './events.js';
import type { SqlRunner } from './runner.js';

export async function queryEventTimeline(sql: SqlRunner, f: EventFilter = {}): Promise<TimelineBucket[]> {
  const { from, fromParams, where: w } = eventQuery(sql, f);
  w.add('e.date IS NOT NULL');
  // Grouping by the stored (date, type) walks the events_timeline index in order with no sort;
  // dates longer than a day (with a time) are folded into their day here.
  const rows = await sql.all<{ date: string; type: string; events: number; fatalities: number }>(
    `SELECT e.date AS date, e.type AS type, count(*) AS events, coalesce(sum(e.fatalities), 0) AS fatalities
     FROM ${from} ${w} GROUP BY e.date, e.type`,
    [...fromParams, ...w.params],
  );
  const buckets = new Map<string, TimelineBucket>();
  for (const r of rows) {
    const day = r.date.slice(0, 10);
    const key = `${day}\u0000${r.type}`;
    const b = buckets.get(key) ?? buckets.set(key, { day, type: r.type, events: 0, fatalities: 0 }).get(key)!;
    b.events += Number(r.events);
    b.fatalities += Number(r.fatalities);
  }
  return [...buckets.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
