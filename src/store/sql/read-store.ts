/**
 * Everything a store does through the shared queries, written once: both backends extend
 * this with their own connection (`sql`), writes and locking.
 */
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/input.js';
import type { EntityFilter, EventFilter, FeedStatus, IncidentFilter, Page, Store, TimelineUnit } from '../types.js';
import { listArticles, searchArticles } from './articles.js';
import { queryEvents, queryEventsJson } from './events.js';
import { getFeedStatus, listFeedStatus, markFeedItems, pruneFeedItems, saveFeedStatus, seenFeedItems } from './feeds.js';
import { getIncident, queryIncidents } from './incidents.js';
import { queryClaims, queryEntities, queryEntity, queryMentions, queryPlaces, queryQuotes, queryTimes } from './layers.js';
import type { SqlRunner } from './runner.js';
import { storeStats } from './stats.js';
import { queryEventTimeline, queryEventTimelineBy } from './timeline.js';

export abstract class SqlReadStore {
  protected abstract readonly sql: SqlRunner;

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

  listArticles(page?: Page & { outlet?: string }) { return listArticles(this.sql, page); }
  search(query: string, page?: Page) { return searchArticles(this.sql, query, page); }
  events(filter?: EventFilter) { return queryEvents(this.sql, filter); }
  eventsJson(filter?: EventFilter) { return queryEventsJson(this.sql, filter); }
  eventTimeline(filter?: EventFilter) { return queryEventTimeline(this.sql, filter); }
  eventTimelineBy(filter: EventFilter, bucket: TimelineUnit | 'auto') { return queryEventTimelineBy(this.sql, filter, bucket); }
  entities(filter?: EntityFilter) { return queryEntities(this.sql, filter); }
  entity(key: string) { return queryEntity(this.sql, key); }
  mentions(key: string, page?: Page) { return queryMentions(this.sql, key, page); }
  quotes(filter?: Parameters<Store['quotes']>[0]) { return queryQuotes(this.sql, filter); }
  claims(filter?: Parameters<Store['claims']>[0]) { return queryClaims(this.sql, filter); }
  times(filter?: Parameters<Store['times']>[0]) { return queryTimes(this.sql, filter); }
  places(filter?: Parameters<Store['places']>[0]) { return queryPlaces(this.sql, filter); }
  incidents(filter?: IncidentFilter) { return queryIncidents(this.sql, filter); }
  getIncident(id: string) { return getIncident(this.sql, id); }
  stats() { return storeStats(this.sql); }
  feedStatus(source: string) { return getFeedStatus(this.sql, source); }
  feeds() { return listFeedStatus(this.sql); }
  saveFeedStatus(status: FeedStatus) { return saveFeedStatus(this.sql, status); }
  seenFeedItems(source: string, keys: readonly string[]) { return seenFeedItems(this.sql, source, keys); }
  markFeedItems(source: string, keys: readonly string[]) { return markFeedItems(this.sql, source, keys, new Date().toISOString()); }
  pruneFeedItems(source: string, listed: readonly string[], before: string, now = new Date().toISOString()) { return pruneFeedItems(this.sql, source, listed, before, now); }
}
