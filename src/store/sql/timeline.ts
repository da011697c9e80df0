/** Aggregates for the workbench: events per day and type (timeline). */
import type { EventFilter, TimelineBucket } from '../types.js';
import { eventWhere } from './events.js';
import type { SqlRunner } from './runner.js';

export async function queryEventTimeline(sql: SqlRunner, f: EventFilter = {}): Promise<TimelineBucket[]> {
  const w = eventWhere(sql, f).add('e.date IS NOT NULL');
  const rows = await sql.all<TimelineBucket>(
    `SELECT substr(e.date, 1, 10) AS day, e.type AS type, count(*) AS events, coalesce(sum(e.fatalities), 0) AS fatalities
     FROM events e ${w} GROUP BY substr(e.date, 1, 10), e.type ORDER BY day, type`,
    w.params,
  );
  return rows.map((r) => ({ day: r.day, type: r.type, events: Number(r.events), fatalities: Number(r.fatalities) }));
}
