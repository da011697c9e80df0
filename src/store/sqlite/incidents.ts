/** Incident queries (fusion writes incidents; see src/fuse/). */
import type { Incident } from '../../model/analysis.js';
import type { IncidentFilter } from '../types.js';
import { pageOf } from '../types.js';
import type { SqliteDb } from './open.js';
import { Where } from './where.js';

export function queryIncidents(db: SqliteDb, f: IncidentFilter = {}): { total: number; items: Incident[] } {
  const { limit, offset } = pageOf(f);
  const w = new Where()
    .when(f.type, 'i.type = ?')
    .when(f.dateFrom, 'coalesce(i.date_end, i.date_start) >= ?')
    .when(f.dateTo, 'i.date_start <= ?', `${f.dateTo}\uffff`)
    .when(f.country, 'i.country_code = ?', f.country?.toUpperCase())
    .when(f.minFatalities, 'i.fatalities_max >= ?');
  if (f.actor) {
    w.add(
      `EXISTS (SELECT 1 FROM json_each(i.data, '$.actors') j
         WHERE json_extract(j.value, '$.actor') = ? OR json_extract(j.value, '$.name') = ? COLLATE NOCASE)`,
      f.actor, f.actor,
    );
  }
  const total = (db.prepare(`SELECT count(*) n FROM incidents i ${w}`).get(...w.params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT i.data FROM incidents i ${w} ORDER BY i.date_start DESC NULLS LAST, i.id LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as Array<{ data: string }>;
  return { total, items: rows.map((r) => JSON.parse(r.data) as Incident) };
}

export function getIncident(db: SqliteDb, id: string): Incident | null {
  const row = db.prepare('SELECT data FROM incidents WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Incident) : null;
}
