/**
 * What incident fusion needs from SQLite: candidates blocked by date window (an index range,
 * so the cost does not grow with the number of incidents) and country, and saving an
 * incident with its reports. Incidents are derived data: rebuilt from their reports.
 */
import { buildIncident } from '../../fuse/build.js';
import type { Report } from '../../fuse/report.js';
import type { Incident } from '../../model/analysis.js';
import type { IncidentCandidateQuery } from '../types.js';
import type { SqliteDb } from './open.js';


/** Month-precision incidents span up to 31 days: look that far back for their start. */
const LONGEST_SPAN_DAYS = 31;
const MAX_CANDIDATES = 200;

export function incidentCandidates(db: SqliteDb, q: IncidentCandidateQuery): Array<{ id: string; reports: Report[] }> {
  if ('placeName' in q) {
    const ids = db
      .prepare(`SELECT id FROM incidents WHERE place_name = ? COLLATE NOCASE AND (? IS NULL OR country_code IS NULL OR country_code = ?) LIMIT ${MAX_CANDIDATES}`)
      .pluck()
      .all(q.placeName, q.country, q.country) as string[];
    return ids.map((id) => ({ id, reports: reportsOf(db, id) }));
  }
  const earliest = new Date(Date.parse(`${q.dateFrom}T00:00:00Z`) - LONGEST_SPAN_DAYS * 864e5).toISOString().slice(0, 10);
  const ids = db
    .prepare(
      `SELECT id FROM incidents
       WHERE date_start BETWEEN ? AND ? AND coalesce(date_end, date_start) >= ?
         AND (? IS NULL OR country_code IS NULL OR country_code = ?)
       ORDER BY date_start LIMIT ${MAX_CANDIDATES}`,
    )
    .pluck()
    .all(earliest, q.dateTo, q.dateFrom, q.country, q.country) as string[];
  return ids.map((id) => ({ id, reports: reportsOf(db, id) }));
}

function reportsOf(db: SqliteDb, incident: string): Report[] {
  const rows = db.prepare('SELECT data FROM incident_reports WHERE incident = ? AND data IS NOT NULL').pluck().all(incident) as string[];
  return rows.map((r) => JSON.parse(r) as Report);
}

export function saveIncident(db: SqliteDb, incident: Incident, reports: Report[]): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO incidents (id, type, sub_type, date_start, date_end, precision, place_name, country_code, admin1, lat, lon, fatalities_min, fatalities_max, data, updated_at)
       VALUES (@id, @type, @subType, @dateStart, @dateEnd, @precision, @placeName, @country, @admin1, @lat, @lon, @fmin, @fmax, @data, @now)
       ON CONFLICT(id) DO UPDATE SET type = excluded.type, sub_type = excluded.sub_type, date_start = excluded.date_start,
         date_end = excluded.date_end, precision = excluded.precision, place_name = excluded.place_name,
         country_code = excluded.country_code, admin1 = excluded.admin1, lat = excluded.lat, lon = excluded.lon,
         fatalities_min = excluded.fatalities_min, fatalities_max = excluded.fatalities_max, data = excluded.data,
         updated_at = excluded.updated_at`,
    ).run({
      id: incident.id,
      type: incident.type,
      subType: incident.subType,
      dateStart: incident.date.start,
      dateEnd: incident.date.end,
      precision: incident.date.precision,
      placeName: incident.place?.name ?? null,
      country: incident.place?.countryCode ?? null,
      admin1: incident.place?.admin1 ?? null,
      lat: incident.place?.lat ?? null,
      lon: incident.place?.lon ?? null,
      fmin: incident.fatalities?.min ?? null,
      fmax: incident.fatalities?.max ?? null,
      data: JSON.stringify(incident),
      now: new Date().toISOString(),
    });
    db.prepare('DELETE FROM incident_reports WHERE incident = ?').run(incident.id);
    const insert = db.prepare('INSERT OR REPLACE INTO incident_reports (incident, article, event, data) VALUES (?, ?, ?, ?)');
    for (const r of reports) insert.run(incident.id, r.article, r.event, JSON.stringify(r));
  })();
}

/**
 * An article is being replaced or removed: take its reports out of their incidents and
 * rebuild each incident from what remains (deleting incidents left with no report).
 * Runs inside the caller's transaction.
 */
export function detachArticle(db: SqliteDb, article: string): void {
  const affected = db.prepare('SELECT DISTINCT incident FROM incident_reports WHERE article = ?').pluck().all(article) as string[];
  db.prepare('DELETE FROM incident_reports WHERE article = ?').run(article);
  for (const id of affected) {
    const remaining = reportsOf(db, id);
    if (remaining.length === 0) db.prepare('DELETE FROM incidents WHERE id = ?').run(id);
    else saveIncident(db, buildIncident(id, remaining), remaining);
  }
}
