/**
 * The store interface: what the CLI, the server and fusion need from a database.
 * Async so that SQLite (sync underneath) and PostgreSQL implement the same contract;
 * one contract test suite runs against every backend (test/store/contract.ts).
 */
import type { Analysis, EventType, Incident, Stance } from '../model/analysis.js';
import type { ArticleInput } from '../model/input.js';
import type { Report } from '../fuse/report.js';

export type SaveOutcome = 'stored' | 'duplicate' | 'replaced';

export interface Page {
  limit?: number;
  offset?: number;
}

export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

export interface SearchHit extends ArticleSummary {
  /** A fragment of title or text with matches wrapped in \u0002...\u0003 (never HTML). */
  snippet: string;
  rank: number;
}

export interface EventFilter extends Page {
  type?: EventType | string;
  subType?: string;
  dateFrom?: string;
  dateTo?: string;
  country?: string;
  /** Matches an actor's KB id, or its name case-insensitively. */
  actor?: string;
  minFatalities?: number;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
  article?: string;
  sort?: 'date' | '-date' | 'fatalities' | '-fatalities';
  /** Keyset paging: only events after this one in the sort order (offset is then ignored). */
  after?: EventCursor;
  /** false: do not count the matches (total is then -1); for callers that page to the end. */
  countTotal?: boolean;
}

/** Where a page ended: the last event's sort value (date or fatalities) and key. */
export interface EventCursor {
  value: string | number | null;
  article: string;
  event: string;
}

export interface EventRow {
  article: string;
  event: string;
  type: string;
  subType: string | null;
  date: string | null;
  precision: string | null;
  placeName: string | null;
  countryCode: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  fatalities: number | null;
  fatalitiesQualifier: string | null;
  injured: number | null;
  actors: Array<{ role: string; text: string; name: string | null; actor: string | null }>;
  claimedBy: string | null;
  trigger: string;
  evidence: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  title: string | null;
}

export interface EntityFilter extends Page {
  type?: string;
  /** Name or alias text (case-insensitive, substring). */
  q?: string;
  actor?: string;
}

export interface EntitySummary {
  /** A cross-article key: the actor id when linked, else "name:<type>:<lower name>". */
  key: string;
  name: string;
  type: string;
  actor: string | null;
  articles: number;
  mentions: number;
  roles: string[];
}

export interface MentionRow {
  article: string;
  entity: string;
  start: number;
  end: number;
  text: string;
  title: string | null;
  published: string | null;
}

export interface QuoteFilter extends Page {
  /** Entity key (see EntitySummary.key), actor id, or speaker name. */
  speaker?: string;
  article?: string;
  kind?: string;
}

export interface QuoteRow {
  article: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  cue: string | null;
  speaker: string | null;
  speakerName: string | null;
  speakerActor: string | null;
  speakerRole: string | null;
  published: string | null;
  title: string | null;
}

export interface ClaimFilter extends Page {
  stance?: Stance | string;
  claimant?: string;
  article?: string;
}

export interface ClaimRow {
  article: string;
  claim: string;
  start: number;
  end: number;
  text: string;
  stance: string;
  claimant: string | null;
  claimantName: string | null;
  claimantActor: string | null;
  sources: string[];
  hedged: boolean;
  disputes: string | null;
  published: string | null;
  title: string | null;
}

export interface TimeFilter extends Page {
  dateFrom?: string;
  dateTo?: string;
  article?: string;
}

export interface PlaceFilter extends Page {
  country?: string;
  article?: string;
}

export interface StoreStats {
  articles: number;
  entities: number;
  mentions: number;
  times: number;
  places: number;
  quotes: number;
  claims: number;
  events: number;
  incidents: number;
  eventsByType: Record<string, number>;
  outlets: Record<string, number>;
  firstPublished: string | null;
  lastPublished: string | null;
}

/** Events of one day (or month, for month-precision dates) and type: what a timeline draws. */
export interface TimelineBucket {
  day: string;
  type: string;
  events: number;
  fatalities: number;
}

/** A timeline's bucket width: keys are YYYY-MM-DD, YYYY-MM or YYYY (coarser-dated events keep their own key). */
export type TimelineUnit = 'day' | 'month' | 'year';

/** One entity across articles, with every surface form it was mentioned by. */
export interface EntityDetail extends EntitySummary {
  aliases: Array<{ text: string; count: number }>;
}

export interface IncidentFilter extends Page {
  type?: string;
  dateFrom?: string;
  dateTo?: string;
  country?: string;
  actor?: string;
  minFatalities?: number;
  /** Keyset paging in the listing's order (newest first, undated last, then id): only incidents after this one; offset is then ignored. */
  after?: IncidentCursor;
  /** false: do not count the matches (total is then -1); for callers that page to the end. */
  countTotal?: boolean;
}

/** Where a page of incidents ended: the last incident's start date and id. */
export interface IncidentCursor {
  dateStart: string | null;
  id: string;
}

/**
 * Fusion's candidate search: incidents overlapping a date window in a country (or unplaced),
 * or, for an undated report, incidents at the same named place.
 */
export type IncidentCandidateQuery =
  | { dateFrom: string; dateTo: string; country: string | null; near: { lat: number; lon: number; km: number } | null }
  | { placeName: string; country: string | null };

/** One watched source's state (`newsgraph watch`), kept in the store for stats and the API. */
export interface FeedStatus {
  /** The URL or folder as given. */
  source: string;
  kind: 'feed' | 'page' | 'folder';
  /** ISO date-time of the last attempt. */
  lastFetch: string | null;
  /** "ok", "not-modified" or "error". */
  lastStatus: string | null;
  lastError: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Distinct items met so far, and how many of them were ingested (or sent to the queue). */
  itemsSeen: number;
  itemsIngested: number;
  /** Failed rounds in a row; drives the backoff. */
  failures: number;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Store one analysis in one transaction. Existing article: 'duplicate', unless replace. */
  saveAnalysis(analysis: Analysis, input: ArticleInput | null, options?: { replace?: boolean }): Promise<SaveOutcome>;
  hasArticle(id: string): Promise<boolean>;
  getAnalysis(id: string): Promise<Analysis | null>;
  /** The input an article was analysed from, so --reanalyze can run the pipeline again. */
  getInput(id: string): Promise<ArticleInput | null>;
  articleIds(): AsyncIterable<string>;
  listArticles(page?: Page & { outlet?: string }): Promise<{ total: number; items: ArticleSummary[] }>;
  search(query: string, page?: Page): Promise<{ total: number; items: SearchHit[] }>;
  events(filter?: EventFilter): Promise<{ total: number; items: EventRow[] }>;
  /** events() with the items as one JSON array text, for callers that send it on as it is (the HTTP API). */
  eventsJson?(filter?: EventFilter): Promise<{ total: number; itemsJson: string }>;
  /**
   * Changes whenever what the store holds may have changed (any writer, any process), so a
   * reader can cache answers until it does; absent when the backend cannot tell cheaply.
   */
  dataVersion?(): Promise<string>;
  entities(filter?: EntityFilter): Promise<{ total: number; items: EntitySummary[] }>;
  mentions(entityKey: string, page?: Page): Promise<{ total: number; items: MentionRow[] }>;
  quotes(filter?: QuoteFilter): Promise<{ total: number; items: QuoteRow[] }>;
  claims(filter?: ClaimFilter): Promise<{ total: number; items: ClaimRow[] }>;
  times(filter?: TimeFilter): Promise<{ total: number; items: Array<{ article: string; start: number; end: number; text: string; type: string; value: string }> }>;
  places(filter?: PlaceFilter): Promise<{ total: number; items: Array<{ article: string; start: number; end: number; text: string; name: string; kind: string; countryCode: string | null; lat: number | null; lon: number | null }> }>;
  incidents(filter?: IncidentFilter): Promise<{ total: number; items: Incident[] }>;
  getIncident(id: string): Promise<Incident | null>;
  /** Fusion: incidents that a report dated within the window could belong to, with their reports. */
  incidentCandidates(query: IncidentCandidateQuery): Promise<Array<{ id: string; reports: Report[] }>>;
  /** Fusion: write an incident and exactly these reports (replacing its earlier ones). */
  saveIncident(incident: Incident, reports: Report[]): Promise<void>;
  /** Fusion reads candidates then writes: run fn while no other fuser (thread, process or machine) does. */
  withFusionLock<T>(fn: () => Promise<T>): Promise<T>;
  stats(): Promise<StoreStats>;
  /** Event counts and fatalities per day and type under the events() filters (paging ignored; dateless events left out). */
  eventTimeline(filter?: EventFilter): Promise<TimelineBucket[]>;
  /**
   * eventTimeline() per day, month or year; 'auto' picks months when the dates span more than a
   * UI's worth of days (see src/store/sql/timeline.ts). Absent: the caller falls back to days.
   */
  eventTimelineBy?(filter: EventFilter, bucket: TimelineUnit | 'auto'): Promise<{ bucket: TimelineUnit; buckets: TimelineBucket[] }>;
  /** One entity by its cross-article key (EntitySummary.key), or null. */
  entity(key: string): Promise<EntityDetail | null>;
  /** `newsgraph watch` state: one source's status, all of them, and saving one. */
  feedStatus(source: string): Promise<FeedStatus | null>;
  feeds(): Promise<FeedStatus[]>;
  saveFeedStatus(status: FeedStatus): Promise<void>;
  /** Which item keys (guids, article ids, file versions) a source has handled, and recording more. */
  seenFeedItems(source: string, keys: readonly string[]): Promise<Set<string>>;
  markFeedItems(source: string, keys: readonly string[]): Promise<void>;
  /**
   * Keep remembering the keys a source still lists (their seen time becomes `now`) and forget
   * the ones it has not listed since `before`: without this, a watched feed's item table grows forever.
   */
  pruneFeedItems?(source: string, listed: readonly string[], before: string, now?: string): Promise<void>;
  close(): Promise<void>;
}

/** Page sizes are bounded everywhere: a caller cannot ask for the whole database at once. */
export const MAX_PAGE = 1000;
export function pageOf(page: Page | undefined, fallback = 50): { limit: number; offset: number } {
  const limit = Math.min(Math.max(1, Math.floor(page?.limit ?? fallback)), MAX_PAGE);
  const offset = Math.max(0, Math.floor(page?.offset ?? 0));
  return { limit, offset };
}
