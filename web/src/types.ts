/** The shapes the UI reads from the API (a subset of the contract in src/model/analysis.ts). */
export type { Analysis, Incident, Entity, Quote, Claim, ConflictEvent, Span } from '../../src/model/analysis.js';
export type { EventRow, SearchHit, ArticleSummary, EntitySummary, EntityDetail, QuoteRow, ClaimRow, MentionRow, StoreStats, TimelineBucket } from '../../src/store/types.js';
