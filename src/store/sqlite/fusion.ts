/** Incident fusion on SQLite: the shared statements (../sql/fusion.ts) run synchronously in one transaction. */
import { buildIncident } from '../../fuse/build.js';
import type { Report } from '../../fuse/report.js';
import type { Incident } from '../../model/analysis.js';
import {
  candidateStatements, DELETE_INCIDENT_SQL, DELETE_REPORTS_OF_ARTICLE_SQL, DELETE_REPORTS_OF_INCIDENT_SQL, INCIDENTS_OF_ARTICLE_SQL,
  INSERT_REPORT_SQL, reportParams, REPORTS_OF_SQL, UPSERT_INCIDENT_SQL, upsertIncidentParams,
} from '../sql/fusion.js';
import type { IncidentCandidateQuery } from '../types.js';
import type { SqliteDb } from './open.js';

export function incidentCandidates(db: SqliteDb, q: IncidentCandidateQuery): Array<{ id: string; reports: Report[] }> {
  const ids = new Set<string>();
  for (const s of candidateStatements(q, 'sqlite')) for (const id of db.prepare(s.sql).pluck().all(...s.params) as string[]) ids.add(id);
  return [...ids].map((id) => ({ id, reports: reportsOf(db, id) }));
}

function reportsOf(db: SqliteDb, incident: string): Report[] {
  return (db.prepare(REPORTS_OF_SQL).pluck().all(incident) as string[]).map((r) => JSON.parse(r) as Report);
}

export function saveIncident(db: SqliteDb, incident: Incident, reports: Report[]): void {
  db.transaction(() => {
    db.prepare(UPSERT_INCIDENT_SQL).run(...upsertIncidentParams(incident, reports));
    db.prepare(DELETE_REPORTS_OF_INCIDENT_SQL).run(incident.id);
    const insert = db.prepare(INSERT_REPORT_SQL);
    for (const r of reports) insert.run(...reportParams(incident.id, r));
  })();
}

/**
 * An article is being replaced: take its reports out of their incidents and rebuild each
 * incident from what remains (deleting incidents left with no report). Runs inside the
 * caller's transaction.
 */
export function detachArticle(db: SqliteDb, article: string): void {
  const affected = db.prepare(INCIDENTS_OF_ARTICLE_SQL).pluck().all(article) as string[];
  db.prepare(DELETE_REPORTS_OF_ARTICLE_SQL).run(article);
  for (const id of affected) {
    const remaining = reportsOf(db, id);
    if (remaining.length === 0) db.prepare(DELETE_INCIDENT_SQL).run(id);
    else saveIncident(db, buildIncident(id, remaining), remaining);
  }
}
