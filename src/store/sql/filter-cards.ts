/**
 * The events page of one type in one country over dates, newest or oldest first, read from
 * SQLite's event_cards_ctd (migration 11, src/store/sqlite/filter-cards.ts): the page's cards
 * are one range of that table in page order, instead of one event_cards search per row.
 * Any other filter shape, a keyset cursor, PostgreSQL, or a database opened read-only below
 * schema 11 gets null and takes the general path.
 */
import type { EventFilter } from '../types.js';
import { dateUpperBound, type SqlRunner } from './runner.js';
import { Where } from './where.js';

/** Whether each runner's database has the table (asked once: a read-only store is never migrated). */
const hasTable = new WeakMap<SqlRunner, boolean>();

async function filterCardsExist(sql: SqlRunner): Promise<boolean> {
  let known = hasTable.get(sql);
  if (known === undefined) {
    known = (await sql.get("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_cards_ctd'")) !== undefined;
    hasTable.set(sql, known);
  }
  return known;
}

/** True when the filter is exactly type + country + dates (either bound), ordered by date. */
export function isFilterCardsShape(f: EventFilter): boolean {
  const others = f.subType || f.article || f.actor || f.bbox || f.minFatalities !== undefined || f.after;
  const byDate = f.sort === undefined || f.sort === '-date' || f.sort === 'date';
  return Boolean(f.type && f.country && (f.dateFrom || f.dateTo) && !others && byDate);
}

/** The page's card texts in page order, or null when this table cannot answer the filter. */
export async function filterCardsPage(sql: SqlRunner, f: EventFilter, limit: number, offset: number): Promise<string[] | null> {
  if (sql.dialect !== 'sqlite' || !isFilterCardsShape(f) || !(await filterCardsExist(sql))) return null;
  // the same bounds as eventQuery's (dates compared as ISO text); no date is NULL in this table,
  // so the general path's NULLS LAST changes nothing here
  // `+?` (the same value, kept out of the planner's statistics): see 'STAT4 and `+?`' in ./runner.ts
  const w = new Where()
    .add('country_code = +?', f.country!.toUpperCase())
    .add('type = +?', f.type)
    .when(f.dateFrom, 'date >= +?')
    .when(f.dateTo, 'date < +?', f.dateTo && dateUpperBound(f.dateTo));
  const dir = f.sort === 'date' ? 'ASC' : 'DESC';
  const rows = await sql.all<{ json: string }>(`SELECT json FROM event_cards_ctd ${w} ORDER BY date ${dir}, article, event LIMIT ? OFFSET ?`, [
    ...w.params, limit, offset,
  ]);
  return rows.map((r) => r.json);
}
