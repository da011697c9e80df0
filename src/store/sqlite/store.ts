/**
 * The SQLite store: one file, WAL, one transaction per article. Reads go through the shared
 * query modules (../sql/); writes are synchronous better-sqlite3 transactions.
 */
import type { Analysis, Incident } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/input.js';
import type { Report } from '../../fuse/report.js';
import { Mutex } from '../mutex.js';
import { listArticles, searchArticles } from '../sql/articles.js';
import { queryEvents } from '../sql/events.js';
import { getFeedStatus, listFeedStatus, markFeedItems, saveFeedStatus, seenFeedItems } from '../sql/feeds.js';
import { getIncident, queryIncidents } from '../sql/incidents.js';
import { queryClaims, queryEntities, queryEntity, queryMentions, queryPlaces, queryQuotes, queryTimes } from '../sql/layers.js';
import type { SqlRunner } from '../sql/runner.js';
import { queryEventTimeline } from '../sql/timeline.js';
import type { EntityFilter, EventFilter, FeedStatus, IncidentCandidateQuery, IncidentFilter, Page, Store, StoreStats } from '../types.js';
import { incidentCandidates, saveIncident } from './fusion.js';
import { openSqlite, type SqliteDb } from './open.js';
import { sqliteRunner } from './runner.js';
import { SqliteWriter } from './write.js';
import { storeStats } from '../sql/stats.js';

export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  readonly db: SqliteDb;
  private readonly sql: SqlRunner;
  private writer: SqliteWriter | null = null;
  private readonly fusion = new Mutex();

  constructor(readonly path: string, options: { readonly?: boolean } = {}) {
    this.db = openSqlite(path, options);
    this.sql = sqliteRunner(this.db);
  }

  /** The synchronous save, for callers on the ingest hot path that own the connection. */
  saveSync(analysis: Analysis, input: ArticleInput | null, replace = false) {
    this.writer ??= new SqliteWriter(this.db);
    return this.writer.save(analysis, input, replace);
  }

  async saveAnalysis(analysis: Analysis, input: ArticleInput | null, options: { replace?: boolean } = {}) {
    return this.saveSync(analysis, input, options.replace ?? false);
  }

  async hasArticle(id: string) {
    return (await this.sql.get('SELECT 1 FROM articles WHERE id = ?', [id])) !== undefined;
  }

  async getAnalysis(id: string) {
    const row = await this.sql.get<{ analysis: string }>('SELECT analysis FROM articles WHERE id = ?', [id]);
    return row ? (JSON.parse(row.analysis) as Analysis) : null;
  }

  async getInput(id: string) {
    const row = await this.sql.get<{ input: string | null }>('SELECT input FROM articles WHERE id = ?', [id]);
    return row?.input ? (JSON.parse(row.input) as ArticleInput) : null;
  }

  async *articleIds() {
    // materialised first: callers write while iterating, which one SQLite connection forbids
    const ids = this.db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all() as string[];
    yield* ids;
  }

  listArticles(page?: Page & { outlet?: string }) { return listArticles(this.sql, page); }
  search(query: string, page?: Page) { return searchArticles(this.sql, query, page); }
  events(filter?: EventFilter) { return queryEvents(this.sql, filter); }
  eventTimeline(filter?: EventFilter) { return queryEventTimeline(this.sql, filter); }
  entities(filter?: EntityFilter) { return queryEntities(this.sql, filter); }
  entity(key: string) { return queryEntity(this.sql, key); }
  mentions(key: string, page?: Page) { return queryMentions(this.sql, key, page); }
  quotes(filter?: Parameters<Store['quotes']>[0]) { return queryQuotes(this.sql, filter); }
  claims(filter?: Parameters<Store['claims']>[0]) { return queryClaims(this.sql, filter); }
  times(filter?: Parameters<Store['times']>[0]) { return queryTimes(this.sql, filter); }
  places(filter?: Parameters<Store['places']>[0]) { return queryPlaces(this.sql, filter); }
  incidents(filter?: IncidentFilter) { return queryIncidents(this.sql, filter); }
  getIncident(id: string) { return getIncident(this.sql, id); }
  stats(): Promise<StoreStats> { return storeStats(this.sql); }
  feedStatus(source: string) { return getFeedStatus(this.sql, source); }
  feeds() { return listFeedStatus(this.sql); }
  saveFeedStatus(status: FeedStatus) { return saveFeedStatus(this.sql, status); }
  seenFeedItems(source: string, keys: readonly string[]) { return seenFeedItems(this.sql, source, keys); }
  markFeedItems(source: string, keys: readonly string[]) { return markFeedItems(this.sql, source, keys, new Date().toISOString()); }

  async incidentCandidates(q: IncidentCandidateQuery) { return incidentCandidates(this.db, q); }
  async saveIncident(incident: Incident, reports: Report[]) { saveIncident(this.db, incident, reports); }
  /** Fusion reads then writes; within this process one article fuses at a time. */
  withFusionLock<T>(fn: () => Promise<T>): Promise<T> { return this.fusion.run(fn); }

  async close() {
    if (this.db.open) this.db.close();
  }
}
