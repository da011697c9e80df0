/**
 * Connecting to PostgreSQL: a pool from a postgres:// URL. A `schema` query parameter puts
 * newsgraph's tables in their own schema (one database can hold several newsgraph stores,
 * and the tests use a fresh schema each). Counts (int8) arrive as numbers, not strings.
 */
import pg from 'pg';
import type { SqlRunner } from '../sql/runner.js';

const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8) return (v: string) => Number.parseInt(v, 10);
    if (oid === NUMERIC) return (v: string) => Number.parseFloat(v);
    return pg.types.getTypeParser(oid, format);
  },
};

export function poolFor(url: string, options: { max?: number } = {}): { pool: pg.Pool; schema: string | null } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`schema '${schema}' in the database URL: use lower-case letters, digits and _`);
  const pool = new pg.Pool({
    connectionString: u.toString(),
    max: options.max ?? 10,
    types,
    options: schema ? `-c search_path=${schema}` : undefined,
  });
  // a connection dropped by a restarting server must not crash the process: idle clients report
  // on the pool, checked-out ones on themselves; the query in flight fails (and is retried) and
  // the pool opens a fresh connection for the next one
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return { pool, schema };
}

/** `?` placeholders numbered for PostgreSQL; our SQL never has a literal ? inside a string. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function pgRunner(client: pg.Pool | pg.PoolClient): SqlRunner {
  return {
    dialect: 'postgres',
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(numbered(sql), params as unknown[])).rows as T[];
    },
    async get<T>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(numbered(sql), params as unknown[])).rows[0] as T | undefined;
    },
    async run(sql: string, params: readonly unknown[] = []) {
      await client.query(numbered(sql), params as unknown[]);
    },
  };
}
