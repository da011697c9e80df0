/** The SQLite store: one file, WAL, one transaction per article. */
import type { ArticleInput } from '../../model/input.js';
import type { Analysis, Incident } from '../../model/analysis.js';
import type { Report } from '../../fuse/report.js';
import type { IncidentCandidateQuery, Store, StoreStats } from '../types.js';
import { incidentCandidates, saveIncident } from './fusion.js';
import { listArticles, searchArticles } from './articles.js';
import { queryEvents } from './events.js';
import { getIncident, queryIncidents } from './incidents.js';
import { queryEntity, queryEventTimeline } from './timeline.js';
import { queryClaims, queryEntities, queryMentions, queryPlaces, queryQuotes, queryTimes } from './layers.js';
import { openSqlite, type SqliteDb } from './open.js';
import { SqliteWriter } from './write.js';

export class SqliteStore implements Store {
  readonly dialect = 'sqlite' as const;
  readonly db: SqliteDb;
  private writer: SqliteWriter | null = null;

  constructor(readonly path: string, options: { readonly?: boolean } = {}) {
    this.db = openSqlite(path, options);
  }

  /** The synchronous save, for callers on the ingest hot path that own the connection. */
  saveSync(analysis: Analysis, input: ArticleInput | null, replace = false) {
    this.writer ??= new SqliteWriter(this.db);
    return this.writer.save(analysis, input, replace);
  }

  async saveAnalysis(analysis: Analysis, input: ArticleInput | null, options: { replace?: boolean } = {}) {
    return this.saveSync(analysis, input, options.replace ?? false);
  }

  hasArticleSync(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async hasArticle(id: string) {
    return this.hasArticleSync(id);
  }

  async getAnalysis(id: string) {
    const row = this.db.prepare('SELECT analysis FROM articles WHERE id = ?').get(id) as { analysis: string } | undefined;
    return row ? (JSON.parse(row.analysis) as Analysis) : null;
  }

  async getInput(id: string) {
    const row = this.db.prepare('SELECT input FROM articles WHERE id = ?').get(id) as { input: string | null } | undefined;
    return row?.input ? (JSON.parse(row.input) as ArticleInput) : null;
  }

  async *articleIds() {
    // materialise first: callers write while iterating, and SQLite forbids that on one connection
    const ids = this.db.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all() as string[];
    yield* ids;
  }

  async listArticles(page?: Parameters<Store['listArticles']>[0]) { return listArticles(this.db, page); }
  async search(query: string, page?: Parameters<Store['search']>[1]) { return searchArticles(this.db, query, page); }
  async events(filter?: Parameters<Store['events']>[0]) { return queryEvents(this.db, filter); }
  async entities(filter?: Parameters<Store['entities']>[0]) { return queryEntities(this.db, filter); }
  async mentions(key: string, page?: Parameters<Store['mentions']>[1]) { return queryMentions(this.db, key, page); }
  async quotes(filter?: Parameters<Store['quotes']>[0]) { return queryQuotes(this.db, filter); }
  async claims(filter?: Parameters<Store['claims']>[0]) { return queryClaims(this.db, filter); }
  async times(filter?: Parameters<Store['times']>[0]) { return queryTimes(this.db, filter); }
  async places(filter?: Parameters<Store['places']>[0]) { return queryPlaces(this.db, filter); }
  async incidents(filter?: Parameters<Store['incidents']>[0]) { return queryIncidents(this.db, filter); }
  async getIncident(id: string) { return getIncident(this.db, id); }
  async incidentCandidates(q: IncidentCandidateQuery) { return incidentCandidates(this.db, q); }
  async saveIncident(incident: Incident, reports: Report[]) { saveIncident(this.db, incident, reports); }
  async eventTimeline(filter?: Parameters<Store['eventTimeline']>[0]) { return queryEventTimeline(this.db, filter); }
  async entity(key: string) { return queryEntity(this.db, key); }

  async stats(): Promise<StoreStats> {
    const count = (table: string) => (this.db.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n;
    const pairs = (sql: string) => Object.fromEntries((this.db.prepare(sql).all() as Array<{ k: string; n: number }>).map((r) => [r.k ?? '(none)', r.n]));
    const range = this.db.prepare('SELECT min(published) first, max(published) last FROM articles').get() as { first: string | null; last: string | null };
    return {
      articles: count('articles'),
      entities: count('entities'),
      mentions: count('mentions'),
      times: count('times'),
      places: count('places'),
      quotes: count('quotes'),
      claims: count('claims'),
      events: count('events'),
      incidents: count('incidents'),
      eventsByType: pairs('SELECT type k, count(*) n FROM events GROUP BY type ORDER BY n DESC'),
      outlets: pairs('SELECT outlet k, count(*) n FROM articles GROUP BY outlet ORDER BY n DESC LIMIT 50'),
      firstPublished: range.first,
      lastPublished: range.last,
    };
  }

  async close() {
    if (this.db.open) this.db.close();
  }
}
