/** Article queries: listing and full-text search with snippets. */
import { toFtsQuery } from '../fts-query.js';
import type { ArticleSummary, Page, SearchHit } from '../types.js';
import { pageOf } from '../types.js';
import type { SqliteDb } from './open.js';
import { Where } from './where.js';

/** Match markers in snippets: control characters, so no HTML ever travels in stored text. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

export function listArticles(db: SqliteDb, page: Page & { outlet?: string } = {}): { total: number; items: ArticleSummary[] } {
  const { limit, offset } = pageOf(page);
  const w = new Where().when(page.outlet, 'outlet = ?');
  const total = (db.prepare(`SELECT count(*) n FROM articles ${w}`).get(...w.params) as { n: number }).n;
  const items = db
    .prepare(`SELECT id, url, title, outlet, published FROM articles ${w} ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as ArticleSummary[];
  return { total, items };
}

export function searchArticles(db: SqliteDb, query: string, page: Page = {}): { total: number; items: SearchHit[] } {
  const fts = toFtsQuery(query);
  if (!fts) return { total: 0, items: [] };
  const { limit, offset } = pageOf(page, 20);
  const total = (db.prepare('SELECT count(*) n FROM articles_fts WHERE articles_fts MATCH ?').get(fts) as { n: number }).n;
  const items = db
    .prepare(
      `SELECT a.id, a.url, a.title, a.outlet, a.published,
              snippet(articles_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24) snippet, bm25(articles_fts, 4.0, 1.0) rank
       FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
       WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
    )
    .all(fts, limit, offset) as SearchHit[];
  return { total, items };
}
