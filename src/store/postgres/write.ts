/** Writing on PostgreSQL: one Analysis per transaction, incidents with their reports, detaching a replaced article. */
import type pg from 'pg';
import { buildIncident } from '../../fuse/build.js';
import type { Report } from '../../fuse/report.js';
import type { Analysis, Incident } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/input.js';
import { analysisRows, COLUMNS, TABLES, type Table } from '../rows.js';
import {
  DELETE_INCIDENT_SQL, DELETE_REPORTS_OF_ARTICLE_SQL, DELETE_REPORTS_OF_INCIDENT_SQL, INCIDENTS_OF_ARTICLE_SQL, INSERT_REPORT_SQL,
  reportParams, REPORTS_OF_SQL, UPSERT_INCIDENT_SQL, upsertIncidentParams,
} from '../sql/fusion.js';
import type { SaveOutcome } from '../types.js';
import { numbered } from './connect.js';

/** PostgreSQL takes at most 65,535 parameters per statement. */
const MAX_PARAMS = 30_000;

export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let failed = false;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    failed = true;
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    // a client whose transaction failed may have lost its connection: destroy it, never recycle it
    client.release(failed);
  }
}

export async function saveAnalysisPg(pool: pg.Pool, a: Analysis, input: ArticleInput | null, replace: boolean): Promise<SaveOutcome> {
  return inTransaction(pool, async (client) => {
    const rows = analysisRows(a, input);
    // claim the id first: of two workers storing one article at once, one inserts, the other sees a duplicate
    const [article] = rows.articles;
    const inserted = await client.query(`${numbered(insertStatement('articles', 1))} ON CONFLICT (id) DO NOTHING RETURNING id`, article);
    let outcome: SaveOutcome = 'stored';
    if (inserted.rowCount === 0) {
      if (!replace) return 'duplicate';
      await client.query('SELECT id FROM articles WHERE id = $1 FOR UPDATE', [a.article.id]);
      await detachArticlePg(client, a.article.id);
      await client.query('DELETE FROM articles WHERE id = $1', [a.article.id]);
      await client.query(numbered(insertStatement('articles', 1)), article);
      outcome = 'replaced';
    }
    for (const table of TABLES.filter((t) => t !== 'articles')) await insertMany(client, table, rows[table]);
    return outcome;
  });
}

async function insertMany(client: pg.PoolClient, table: Table, rows: unknown[][]): Promise<void> {
  const width = COLUMNS[table].length;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / width));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await client.query(numbered(insertStatement(table, chunk.length)), chunk.flat());
  }
}

function insertStatement(table: Table, rows: number): string {
  const cols = COLUMNS[table];
  const tuple = `(${cols.map(() => '?').join(', ')})`;
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`;
}

export async function reportsOfPg(client: pg.Pool | pg.PoolClient, incident: string): Promise<Report[]> {
  const r = await client.query(numbered(REPORTS_OF_SQL), [incident]);
  return r.rows.map((row: { data: string }) => JSON.parse(row.data) as Report);
}

export async function saveIncidentPg(client: pg.PoolClient, incident: Incident, reports: Report[]): Promise<void> {
  await client.query(numbered(UPSERT_INCIDENT_SQL), upsertIncidentParams(incident, reports));
  await client.query(numbered(DELETE_REPORTS_OF_INCIDENT_SQL), [incident.id]);
  for (const r of reports) await client.query(numbered(INSERT_REPORT_SQL), reportParams(incident.id, r));
}

async function detachArticlePg(client: pg.PoolClient, article: string): Promise<void> {
  const affected = (await client.query(numbered(INCIDENTS_OF_ARTICLE_SQL), [article])).rows.map((r: { incident: string }) => r.incident);
  await client.query(numbered(DELETE_REPORTS_OF_ARTICLE_SQL), [article]);
  for (const id of affected) {
    const remaining = await reportsOfPg(client, id);
    if (remaining.length === 0) await client.query(numbered(DELETE_INCIDENT_SQL), [id]);
    else await saveIncidentPg(client, buildIncident(id, remaining), remaining);
  }
}
