/**
 * What incident fusion needs from SQLite: candidates blocked by date window, country and a
 * box around the place (index ranges, so the cost does not grow with the number of
 * incidents), and saving an incident with its reports. Incidents are derived data: rebuilt
 * from their reports.
 */
import { buildIncident } from '../../fuse/build.js';
import { COARSE_KINDS } from '../../fuse/match.js';
import type { Report } from '../../fuse/report.js';
import type { Incident } from '../../model/analysis.js';
import type { IncidentCandidateQuery } from '../types.js';
import type { SqliteDb } from './open.js';

/** Day- and week-precision incidents whose reports disagree by a few days span up to about a week. */
const SHORT_SPAN_DAYS = 8;
/** Month- and year-precision incidents are searched apart, on their own index. */
const LONG_SPAN_DAYS = 366;
const MAX_CANDIDATES = 200;

const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 864e5).toISOString().slice(0, 10);

export function incidentCandidates(db: SqliteDb, q: IncidentCandidateQuery): Array<{ id: string; reports: Report[] }> {
  const ids = new Set<string>();
  const add = (sql: string, ...params: unknown[]) => {
    for (const id of db.prepare(`${sql} LIMIT ${MAX_CANDIDATES}`).pluck().all(...params) as string[]) ids.add(id);
  };
  if ('placeName' in q) {
    add('SELECT id FROM incidents WHERE place_name = ? COLLATE NOCASE AND (? IS NULL OR country_code IS NULL OR country_code = ?)', q.placeName, q.country, q.country);
  } else {
    const recent = [daysBefore(q.dateFrom, SHORT_SPAN_DAYS), q.dateTo, q.dateFrom] as const;
    const overlaps = 'date_start BETWEEN ? AND ? AND coalesce(date_end, date_start) >= ?';
    // a point with a box around it; incidents with no point, or only a coarse one, pass the box
    const box = q.near ? boxAround(q.near) : null;
    const inBox = box ? ' AND (lat IS NULL OR coarse = 1 OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?))' : '';
    const boxParams = box ? [box.south, box.north, box.west, box.east] : [];
    if (q.country) {
      add(`SELECT id FROM incidents INDEXED BY incidents_country WHERE country_code = ? AND ${overlaps}${inBox}`, q.country, ...recent, ...boxParams);
      add(`SELECT id FROM incidents INDEXED BY incidents_country WHERE country_code IS NULL AND ${overlaps}`, ...recent);
    } else {
      add(`SELECT id FROM incidents INDEXED BY incidents_date WHERE ${overlaps}${inBox}`, ...recent, ...boxParams);
    }
    for (const precision of ['month', 'year']) {
      add(
        `SELECT id FROM incidents INDEXED BY incidents_precision WHERE precision = ? AND ${overlaps} AND (? IS NULL OR country_code IS NULL OR country_code = ?)`,
        precision, daysBefore(q.dateFrom, LONG_SPAN_DAYS), q.dateTo, q.dateFrom, q.country, q.country,
      );
    }
  }
  return [...ids].map((id) => ({ id, reports: reportsOf(db, id) }));
}

function boxAround(p: { lat: number; lon: number; km: number }) {
  const dLat = p.km / 111;
  const dLon = p.km / (111 * Math.max(0.05, Math.cos((p.lat * Math.PI) / 180)));
  // near the antimeridian the box would wrap: give up the longitude filter there
  const wraps = p.lon - dLon < -180 || p.lon + dLon > 180;
  return { south: p.lat - dLat, north: p.lat + dLat, west: wraps ? -180 : p.lon - dLon, east: wraps ? 180 : p.lon + dLon };
}

function reportsOf(db: SqliteDb, incident: string): Report[] {
  const rows = db.prepare('SELECT data FROM incident_reports WHERE incident = ? AND data IS NOT NULL').pluck().all(incident) as string[];
  return rows.map((r) => JSON.parse(r) as Report);
}

export function saveIncident(db: SqliteDb, incident: Incident, reports: Report[]): void {
  const best = reports.find((r) => r.place?.name === incident.place?.name)?.place;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO incidents (id, type, sub_type, date_start, date_end, precision, place_name, country_code, admin1, lat, lon, fatalities_min, fatalities_max, coarse, data, updated_at)
       VALUES (@id, @type, @subType, @dateStart, @dateEnd, @precision, @placeName, @country, @admin1, @lat, @lon, @fmin, @fmax, @coarse, @data, @now)
       ON CONFLICT(id) DO UPDATE SET type = excluded.type, sub_type = excluded.sub_type, date_start = excluded.date_start,
         date_end = excluded.date_end, precision = excluded.precision, place_name = excluded.place_name,
         country_code = excluded.country_code, admin1 = excluded.admin1, lat = excluded.lat, lon = excluded.lon,
         fatalities_min = excluded.fatalities_min, fatalities_max = excluded.fatalities_max, coarse = excluded.coarse,
         data = excluded.data, updated_at = excluded.updated_at`,
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
      coarse: best?.kind && COARSE_KINDS.has(best.kind) ? 1 : 0,
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
