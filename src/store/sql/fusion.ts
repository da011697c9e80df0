/**
 * The SQL of incident fusion, shared by both backends: candidate searches blocked by date
 * window, country and a box around the place (index ranges, so the cost does not grow with
 * the number of incidents), and the statements that write an incident with its reports.
 * Each backend runs these inside its own kind of transaction (see sqlite/ and postgres/).
 */
import { COARSE_KINDS } from '../../fuse/match.js';
import type { Report } from '../../fuse/report.js';
import type { Incident } from '../../model/analysis.js';
import type { IncidentCandidateQuery } from '../types.js';

/** Day- and week-precision incidents whose reports disagree by a few days span up to about a week. */
const SHORT_SPAN_DAYS = 8;
/** Month- and year-precision incidents are searched apart, on their own index. */
const LONG_SPAN_DAYS = 366;
export const MAX_CANDIDATES = 200;

const daysBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 864e5).toISOString().slice(0, 10);

export interface Statement {
  sql: string;
  params: unknown[];
}

/** The queries whose union is the candidate incidents' ids. */
export function candidateStatements(q: IncidentCandidateQuery, dialect: 'sqlite' | 'postgres'): Statement[] {
  const indexed = (name: string) => (dialect === 'sqlite' ? ` INDEXED BY ${name}` : '');
  const limit = ` LIMIT ${MAX_CANDIDATES}`;
  if ('placeName' in q) {
    return [{
      sql: `SELECT id FROM incidents WHERE lower(place_name) = lower(?) AND (CAST(? AS TEXT) IS NULL OR country_code IS NULL OR country_code = ?)${limit}`,
      params: [q.placeName, q.country, q.country],
    }];
  }
  const recent = [daysBefore(q.dateFrom, SHORT_SPAN_DAYS), q.dateTo, q.dateFrom];
  const overlaps = 'date_start BETWEEN ? AND ? AND coalesce(date_end, date_start) >= ?';
  // incidents with no point, or only a coarse one (a country, a province), pass the box
  const box = q.near ? boxAround(q.near) : null;
  const inBox = box ? ' AND (lat IS NULL OR coarse = 1 OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?))' : '';
  const boxParams = box ? [box.south, box.north, box.west, box.east] : [];
  const out: Statement[] = q.country
    ? [
        { sql: `SELECT id FROM incidents${indexed('incidents_country')} WHERE country_code = ? AND ${overlaps}${inBox}${limit}`, params: [q.country, ...recent, ...boxParams] },
        { sql: `SELECT id FROM incidents${indexed('incidents_country')} WHERE country_code IS NULL AND ${overlaps}${limit}`, params: recent },
      ]
    : [{ sql: `SELECT id FROM incidents${indexed('incidents_date')} WHERE ${overlaps}${inBox}${limit}`, params: [...recent, ...boxParams] }];
  for (const precision of ['month', 'year']) {
    out.push({
      sql: `SELECT id FROM incidents${indexed('incidents_precision')} WHERE precision = ? AND ${overlaps} AND (CAST(? AS TEXT) IS NULL OR country_code IS NULL OR country_code = ?)${limit}`,
      params: [precision, daysBefore(q.dateFrom, LONG_SPAN_DAYS), q.dateTo, q.dateFrom, q.country, q.country],
    });
  }
  return out;
}

function boxAround(p: { lat: number; lon: number; km: number }) {
  const dLat = p.km / 111;
  const dLon = p.km / (111 * Math.max(0.05, Math.cos((p.lat * Math.PI) / 180)));
  // near the antimeridian the box would wrap: give up the longitude filter there
  const wraps = p.lon - dLon < -180 || p.lon + dLon > 180;
  return { south: p.lat - dLat, north: p.lat + dLat, west: wraps ? -180 : p.lon - dLon, east: wraps ? 180 : p.lon + dLon };
}

export const REPORTS_OF_SQL = 'SELECT data FROM incident_reports WHERE incident = ? AND data IS NOT NULL ORDER BY article, event';
export const INCIDENTS_OF_ARTICLE_SQL = 'SELECT DISTINCT incident FROM incident_reports WHERE article = ?';
export const DELETE_REPORTS_OF_ARTICLE_SQL = 'DELETE FROM incident_reports WHERE article = ?';
export const DELETE_INCIDENT_SQL = 'DELETE FROM incidents WHERE id = ?';
export const DELETE_REPORTS_OF_INCIDENT_SQL = 'DELETE FROM incident_reports WHERE incident = ?';
export const INSERT_REPORT_SQL = 'INSERT INTO incident_reports (incident, article, event, data) VALUES (?, ?, ?, ?) ON CONFLICT (article, event) DO UPDATE SET incident = excluded.incident, data = excluded.data';

export const UPSERT_INCIDENT_SQL = `INSERT INTO incidents (id, type, sub_type, date_start, date_end, precision, place_name, country_code, admin1, lat, lon, fatalities_min, fatalities_max, coarse, data, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET type = excluded.type, sub_type = excluded.sub_type, date_start = excluded.date_start,
    date_end = excluded.date_end, precision = excluded.precision, place_name = excluded.place_name,
    country_code = excluded.country_code, admin1 = excluded.admin1, lat = excluded.lat, lon = excluded.lon,
    fatalities_min = excluded.fatalities_min, fatalities_max = excluded.fatalities_max, coarse = excluded.coarse,
    data = excluded.data, updated_at = excluded.updated_at`;

export function upsertIncidentParams(incident: Incident, reports: Report[]): unknown[] {
  const best = reports.find((r) => r.place?.name === incident.place?.name)?.place;
  const p = incident.place;
  return [
    incident.id, incident.type, incident.subType, incident.date.start, incident.date.end, incident.date.precision,
    p?.name ?? null, p?.countryCode ?? null, p?.admin1 ?? null, p?.lat ?? null, p?.lon ?? null,
    incident.fatalities?.min ?? null, incident.fatalities?.max ?? null,
    best?.kind && COARSE_KINDS.has(best.kind) ? 1 : 0, JSON.stringify(incident), new Date().toISOString(),
  ];
}

export const reportParams = (incident: string, r: Report): unknown[] => [incident, r.article, r.event, JSON.stringify(r)];
