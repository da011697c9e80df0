/** Incident queries (fusion writes incidents; see src/fuse/ and ./fusion.ts). */
import type { Incident } from '../../model/analysis.js';
import type { IncidentFilter } from '../types.js';
import { pageOf } from '../types.js';
import { dateUpperBound, ieq, type SqlRunner } from './runner.js';
import { Where } from './where.js';

export async function queryIncidents(sql: SqlRunner, f: IncidentFilter = {}): Promise<{ total: number; items: Incident[] }> {
  const { limit, offset } = pageOf(f);
  const w = new Where()
    .when(f.type, 'i.type = ?')
    .when(f.dateFrom, 'coalesce(i.date_end, i.date_start) >= ?')
    .when(f.dateTo, 'i.date_start < ?', f.dateTo && dateUpperBound(f.dateTo))
    .when(f.country, 'i.country_code = ?', f.country?.toUpperCase())
    .when(f.minFatalities, 'i.fatalities_max >= ?');
  if (f.actor) {
    const actors =
      sql.dialect === 'sqlite'
        ? `SELECT json_extract(j.value, '$.actor') actor, json_extract(j.value, '$.name') name FROM json_each(i.data, '$.actors') j`
        : `SELECT j->>'actor' actor, j->>'name' name FROM jsonb_array_elements(i.data::jsonb->'actors') j`;
    w.add(`EXISTS (SELECT 1 FROM (${actors}) x WHERE x.actor = ? OR ${ieq(sql, 'x.name')})`, f.actor, f.actor);
  }
  const total = f.countTotal === false ? -1 : Number((await sql.get<{ n: number }>(`SELECT count(*) n FROM incidents i ${w}`, w.params))!.n);
  // keyset: after (d, id) in "date_start DESC NULLS LAST, id" order; the count above ignores the cursor
  const after = f.after;
  if (after?.dateStart) w.add('(i.date_start < ? OR (i.date_start = ? AND i.id > ?) OR i.date_start IS NULL)', after.dateStart, after.dateStart, after.id);
  else if (after) w.add('(i.date_start IS NULL AND i.id > ?)', after.id);
  const rows = await sql.all<{ data: string }>(`SELECT i.data FROM incidents i ${w} ORDER BY i.date_start DESC NULLS LAST, i.id LIMIT ? OFFSET ?`, [...w.params, limit, after ? 0 : offset]);
  return { total, items: rows.map((r) => JSON.parse(r.data) as Incident) };
}

export async function getIncident(sql: SqlRunner, id: string): Promise<Incident | null> {
  const row = await sql.get<{ data: string }>('SELECT data FROM incidents WHERE id = ?', [id]);
  return row ? (JSON.parse(row.data) as Incident) : null;
}
