/**
 * The PostgreSQL store: the same Store contract as SQLite (one contract test suite runs on
 * both), for shared and large deployments where many workers on many machines write at once.
 */
import type pg from 'pg';
import type { Report } from '../../fuse/report.js';
import type { Analysis, Incident } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/input.js';
import { Mutex } from '../mutex.js';
import { candidateStatements } from '../sql/fusion.js';
import { SqlReadStore } from '../sql/read-store.js';
import type { SqlRunner } from '../sql/runner.js';
import type { EntityFilter, EventFilter, FeedStatus, IncidentCandidateQuery, IncidentFilter, Page, Store } from '../types.js';
import { pgRunner, poolFor } from './connect.js';
import { PG_MIGRATIONS } from './migrations.js';
import { inTransaction, reportsOfPg, saveAnalysisPg, saveIncidentPg } from './write.js';

/** Keys of the advisory locks that serialise schema migration and incident fusion across processes. */
const MIGRATION_LOCK = 7_314_001;
const FUSION_LOCK = 7_314_002;

export class PostgresStore extends SqlReadStore implements Store {
  readonly dialect = 'postgres' as const;
  readonly pool: pg.Pool;
  protected readonly sql: SqlRunner;
  private readonly fusion = new Mutex();

  private constructor(pool: pg.Pool) {
    super();
    this.pool = pool;
    this.sql = pgRunner(pool);
  }

  static async open(url: string, options: { max?: number } = {}): Promise<PostgresStore> {
    const { pool, schema } = poolFor(url, options);
    const store = new PostgresStore(pool);
    try {
      await store.migrate(schema);
    } catch (e) {
      await pool.end();
      throw new Error(`cannot open PostgreSQL store: ${(e as Error).message}`);
    }
    return store;
  }

  private async migrate(schema: string | null): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await c.query('CREATE TABLE IF NOT EXISTS newsgraph_schema (version INTEGER NOT NULL)');
      const row = (await c.query('SELECT max(version) v FROM newsgraph_schema')).rows[0] as { v: number | null };
      const current = row.v ?? 0;
      if (current > PG_MIGRATIONS.length) throw new Error(`database schema version ${current} is newer than this newsgraph knows (${PG_MIGRATIONS.length}); upgrade newsgraph`);
      for (let v = current; v < PG_MIGRATIONS.length; v++) {
        await c.query(PG_MIGRATIONS[v]!);
        await c.query('INSERT INTO newsgraph_schema (version) VALUES ($1)', [v + 1]);
      }
    });
  }

  saveAnalysis(analysis: Analysis, input: ArticleInput | null, options: { replace?: boolean } = {}) {
    return saveAnalysisPg(this.pool, analysis, input, options.replace ?? false);
  }

  async *articleIds() {
    let after = '';
    for (;;) {
      const ids = (await this.sql.all<{ id: string }>('SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT 1000', [after])).map((r) => r.id);
      yield* ids;
      if (ids.length < 1000) return;
      after = ids.at(-1)!;
    }
  }

  async incidentCandidates(q: IncidentCandidateQuery): Promise<Array<{ id: string; reports: Report[] }>> {
    const ids = new Set<string>();
    for (const s of candidateStatements(q, 'postgres')) for (const r of await this.sql.all<{ id: string }>(s.sql, s.params)) ids.add(r.id);
    return Promise.all([...ids].map(async (id) => ({ id, reports: await reportsOfPg(this.pool, id) })));
  }

  saveIncident(incident: Incident, reports: Report[]) {
    return inTransaction(this.pool, (c) => saveIncidentPg(c, incident, reports));
  }

  /**
   * Fusion reads candidates and then writes; two workers fusing reports of one incident at
   * once would each create it. A session advisory lock makes fusers take turns across
   * processes and machines; a worker that dies releases it with its connection.
   */
  withFusionLock<T>(fn: () => Promise<T>): Promise<T> {
    return this.fusion.run(async () => {
      const client = await this.pool.connect();
      let failed = false;
      try {
        await client.query('SELECT pg_advisory_lock($1)', [FUSION_LOCK]);
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [FUSION_LOCK]).catch((e) => {
            failed = true; // a lost connection released the lock with it
            throw e;
          });
        }
      } catch (e) {
        failed = true;
        throw e;
      } finally {
        client.release(failed);
      }
    });
  }

  async close() {
    await this.pool.end();
  }
}
