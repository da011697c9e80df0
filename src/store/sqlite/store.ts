/**
 * The SQLite store: one file, WAL, one transaction per article. Reads go through the shared
 * query modules (../sql/); writes are synchronous better-sqlite3 transactions.
 */
import type { Statement } from 'better-sqlite3';
import type { Analysis, Incident } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/input.js';
import type { Report } from '../../fuse/report.js';
import { Mutex } from '../mutex.js';
import { SqlReadStore } from '../sql/read-store.js';
import type { SqlRunner } from '../sql/runner.js';
import type { EntityFilter, EventFilter, FeedStatus, IncidentCandidateQuery, IncidentFilter, Page, Store, StoreStats } from '../types.js';
import { incidentCandidates, saveIncident } from './fusion.js';
import { GroupCommit, type GroupCommitOptions } from './group-commit.js';
import { openSqlite, type SqliteDb } from './open.js';
import { sqliteRunner } from './runner.js';
import { SqliteWriter } from './write.js';

export class SqliteStore extends SqlReadStore implements Store {
  readonly dialect = 'sqlite' as const;
  readonly db: SqliteDb;
  protected readonly sql: SqlRunner;
  private writer: SqliteWriter | null = null;
  private readonly fusion = new Mutex();
  private groupCommit: GroupCommit | null = null;

  constructor(readonly path: string, options: { readonly?: boolean } = {}) {
    super();
    this.db = openSqlite(path, options);
    this.sql = sqliteRunner(this.db);
  }

  /** The synchronous save, for callers on the ingest hot path that own the connection. */
  saveSync(analysis: Analysis, input: ArticleInput | null, replace = false) {
    const writer = (this.writer ??= new SqliteWriter(this.db));
    if (this.groupCommit) return this.groupCommit.run(() => writer.save(analysis, input, replace));
    return writer.save(analysis, input, replace);
  }

  /**
   * Bulk writers (ingest) opt in to sharing commits between articles; other processes see an
   * article up to maxMs later. Every other caller keeps one commit per article.
   */
  groupCommits(options: GroupCommitOptions = { maxSaves: 32, maxMs: 100 }): void {
    this.groupCommit ??= new GroupCommit(this.db, options);
  }

  async saveAnalysis(analysis: Analysis, input: ArticleInput | null, options: { replace?: boolean } = {}) {
    return this.saveSync(analysis, input, options.replace ?? false);
  }

  async *articleIds() {
    // materialised first: callers write while iterating, which one SQLite connection forbids
    const ids = this.db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all() as string[];
    yield* ids;
  }

  async incidentCandidates(q: IncidentCandidateQuery) { return incidentCandidates(this.db, q); }
  async saveIncident(incident: Incident, reports: Report[]) { saveIncident(this.db, incident, reports); }
  /** Fusion reads then writes; within this process one article fuses at a time. */
  withFusionLock<T>(fn: () => Promise<T>): Promise<T> { return this.fusion.run(fn); }

  private versionQuery: Statement | null = null;
  /**
   * total_changes() counts this connection's own writes, PRAGMA data_version moves when another
   * connection (a watcher, an ingest process) commits: together they change on every write.
   */
  async dataVersion() {
    this.versionQuery ??= this.db.prepare("SELECT total_changes() || '.' || data_version FROM pragma_data_version").pluck();
    return String(this.versionQuery.get());
  }

  async close() {
    this.groupCommit?.commit();
    if (this.db.open) this.db.close();
  }
}
