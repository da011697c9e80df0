/** Article queries: listing and full-text search with snippets (FTS5 on SQLite, tsvector on PostgreSQL). */
import { toFtsQuery } from '../fts-query.js';
import type { ArticleSummary, Page, SearchHit } from '../types.js';
import { pageOf } from '../types.js';
import type { SqlRunner } from './runner.js';
import { Where } from './where.js';

/** Match markers in snippets: control characters, so no HTML ever travels in stored text. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

export async function listArticles(sql: SqlRunner, page: Page & { outlet?: string } = {}): Promise<{ total: number; items: ArticleSummary[] }> {
  const { limit, offset } = pageOf(page);
  const w = new Where().when(page.outlet, 'outlet = ?');
  const total = Number((await sql.get<{ n: number }>(`SELECT count(*) n FROM articles ${w}`, w.params))!.n);
  const items = await sql.all<ArticleSummary>(
    `SELECT id, url, title, outlet, published FROM articles ${w} ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?`,
    [...w.params, limit, offset],
  );
  return { total, items };
}

export async function searchArticles(sql: SqlRunner, query: string, page: Page = {}): Promise<{ total: number; items: SearchHit[] }> {
  const fts = toFtsQuery(query);
  if (!fts) return { total: 0, items: [] };
  const { limit, offset } = pageOf(page, 20);
  if (sql.dialect === 'sqlite') {
    // bm25 first counts, for each phrase, every article holding it (its IDF): that walk is most of
    // a search's cost (6 ms for "clashes", 22 ms for the phrase "air strike" at 200k articles)
    // and no query shape avoids it. What the shape decides is the rest: FTS5's own rank sort
    // (`rank MATCH 'bm25(..)' ORDER BY rank`) evaluates bm25 twice per match and sorts them all
    // (12.8 ms for "clashes aleppo"); bm25() under SQLite's ORDER BY .. LIMIT keeps a top-N heap
    // and makes snippets only for rows entering it (8.5 ms; the rowids then re-matched for
    // their snippets cost 3 ms more). The rowid tie-break keeps pages stable.
    const items = await sql.all<SearchHit>(
      `SELECT a.id, a.url, a.title, a.outlet, a.published, f.snippet, f.rank
       FROM (SELECT rowid, bm25(articles_fts, 4.0, 1.0) rank, snippet(articles_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24) snippet
             FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?) f
       JOIN articles a ON a.rowid = f.rowid ORDER BY f.rank, f.rowid`,
      [fts, limit, offset],
    );
    // Counting walks the matches again, so it is skipped when the page is not full, as for events.
    const total = items.length < limit && (items.length > 0 || offset === 0)
      ? offset + items.length
      : Number((await sql.get<{ n: number }>('SELECT count(*) n FROM articles_fts WHERE articles_fts MATCH ?', [fts]))!.n);
    return { total, items };
  }
  const tsquery = toTsQuery(fts);
  const total = Number((await sql.get<{ n: number }>(`SELECT count(*) n FROM articles WHERE tsv @@ to_tsquery('english', ?)`, [tsquery]))!.n);
  const items = await sql.all<SearchHit>(
    `SELECT id, url, title, outlet, published,
            ts_headline('english', text, to_tsquery('english', ?), 'StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=24, MinWords=12') snippet,
            -ts_rank(tsv, to_tsquery('english', ?)) rank
     FROM articles WHERE tsv @@ to_tsquery('english', ?) ORDER BY rank, id LIMIT ? OFFSET ?`,
    [tsquery, tsquery, tsquery, limit, offset],
  );
  return { total, items };
}

/** The safe FTS5 query (quoted words and phrases, prefix stars) as a PostgreSQL tsquery. */
function toTsQuery(fts: string): string {
  const parts: string[] = [];
  for (const m of fts.matchAll(/"([^"]*)"(\*)?/g)) {
    const words = m[1]!.split(' ').filter(Boolean).map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
    if (!words.length) continue;
    const phrase = words.map((w) => `'${w}'`).join(' <-> ');
    parts.push(m[2] ? `${phrase}:*` : words.length > 1 ? `(${phrase})` : phrase);
  }
  return parts.join(' & ');
}
