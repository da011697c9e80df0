/** Counts of what a store holds. */
import type { StoreStats } from '../types.js';
import type { SqlRunner } from './runner.js';

const TABLES = ['entities', 'mentions', 'times', 'places', 'quotes', 'claims', 'events', 'incidents'] as const;

export async function storeStats(sql: SqlRunner): Promise<StoreStats> {
  const count = async (table: string) => Number((await sql.get<{ n: number }>(`SELECT count(*) n FROM ${table}`))!.n);
  const pairs = async (q: string) => Object.fromEntries((await sql.all<{ k: string | null; n: number }>(q)).map((r) => [r.k ?? '(none)', Number(r.n)]));
  const range = (await sql.get<{ first: string | null; last: string | null }>('SELECT min(published) first, max(published) last FROM articles'))!;
  const counts = Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await count(t)] as const))) as Record<(typeof TABLES)[number], number>;
  return {
    articles: await count('articles'),
    ...counts,
    eventsByType: await pairs('SELECT type k, count(*) n FROM events GROUP BY type ORDER BY n DESC'),
    outlets: await pairs('SELECT outlet k, count(*) n FROM articles GROUP BY outlet ORDER BY n DESC LIMIT 50'),
    firstPublished: range.first,
    lastPublished: range.last,
  };
}
