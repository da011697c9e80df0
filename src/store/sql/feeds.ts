/**
 * What `newsgraph watch` remembers between rounds, in the store itself so that every watcher,
 * the stats command and the API see one truth: per-source status (conditional-request
 * validators, last result, failure streak for backoff) and the item keys already handled.
 * Upserts use `ON CONFLICT ... DO UPDATE`, which SQLite and PostgreSQL both speak.
 */
import type { FeedStatus } from '../types.js';
import type { SqlRunner } from './runner.js';

interface FeedRow {
  source: string;
  kind: string;
  last_fetch: string | null;
  last_status: string | null;
  last_error: string | null;
  etag: string | null;
  last_modified: string | null;
  items_seen: number | string;
  items_ingested: number | string;
  failures: number | string;
}

const COLUMNS = 'source, kind, last_fetch, last_status, last_error, etag, last_modified, items_seen, items_ingested, failures';

const fromRow = (r: FeedRow): FeedStatus => ({
  source: r.source,
  kind: r.kind as FeedStatus['kind'],
  lastFetch: r.last_fetch,
  lastStatus: r.last_status,
  lastError: r.last_error,
  etag: r.etag,
  lastModified: r.last_modified,
  itemsSeen: Number(r.items_seen),
  itemsIngested: Number(r.items_ingested),
  failures: Number(r.failures),
});

export async function getFeedStatus(sql: SqlRunner, source: string): Promise<FeedStatus | null> {
  const row = await sql.get<FeedRow>(`SELECT ${COLUMNS} FROM feeds WHERE source = ?`, [source]);
  return row ? fromRow(row) : null;
}

export async function listFeedStatus(sql: SqlRunner): Promise<FeedStatus[]> {
  return (await sql.all<FeedRow>(`SELECT ${COLUMNS} FROM feeds ORDER BY source`)).map(fromRow);
}

export async function saveFeedStatus(sql: SqlRunner, s: FeedStatus): Promise<void> {
  await sql.run(
    `INSERT INTO feeds (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (source) DO UPDATE SET kind = excluded.kind, last_fetch = excluded.last_fetch,
       last_status = excluded.last_status, last_error = excluded.last_error, etag = excluded.etag,
       last_modified = excluded.last_modified, items_seen = excluded.items_seen,
       items_ingested = excluded.items_ingested, failures = excluded.failures`,
    [s.source, s.kind, s.lastFetch, s.lastStatus, s.lastError, s.etag, s.lastModified, s.itemsSeen, s.itemsIngested, s.failures],
  );
}

/** Which of `keys` this source has handled before (guids, article ids, file versions). */
export async function seenFeedItems(sql: SqlRunner, source: string, keys: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  // chunks keep the placeholder count far below both engines' limits
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const rows = await sql.all<{ key: string }>(`SELECT key FROM feed_items WHERE source = ? AND key IN (${chunk.map(() => '?').join(', ')})`, [source, ...chunk]);
    for (const r of rows) seen.add(r.key);
  }
  return seen;
}

export async function markFeedItems(sql: SqlRunner, source: string, keys: readonly string[], at: string): Promise<void> {
  for (const key of keys) {
    await sql.run('INSERT INTO feed_items (source, key, seen_at) VALUES (?, ?, ?) ON CONFLICT (source, key) DO NOTHING', [source, key, at]);
  }
}

/** See Store.pruneFeedItems: listed keys seen before `before` are renewed to `now`, then the rest seen before `before` go. */
export async function pruneFeedItems(sql: SqlRunner, source: string, listed: readonly string[], before: string, now: string): Promise<void> {
  for (let i = 0; i < listed.length; i += 500) {
    const chunk = listed.slice(i, i + 500);
    await sql.run(`UPDATE feed_items SET seen_at = ? WHERE source = ? AND seen_at < ? AND key IN (${chunk.map(() => '?').join(', ')})`, [now, source, before, ...chunk]);
  }
  await sql.run('DELETE FROM feed_items WHERE source = ? AND seen_at < ? AND seen_at < ?', [source, before, now]);
}
