/** The shared queries' SqlRunner over a better-sqlite3 connection, with a statement cache. */
import type { Statement } from 'better-sqlite3';
import type { SqlRunner } from '../sql/runner.js';
import type { SqliteDb } from './open.js';

export function sqliteRunner(db: SqliteDb): SqlRunner {
  const cache = new Map<string, Statement<unknown[]>>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql);
      if (cache.size > 500) cache.clear();
      cache.set(sql, s);
    }
    return s;
  };
  return {
    dialect: 'sqlite',
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return prepared(sql).all(...params) as T[];
    },
    async get<T>(sql: string, params: readonly unknown[] = []) {
      return prepared(sql).get(...params) as T | undefined;
    },
    async run(sql: string, params: readonly unknown[] = []) {
      prepared(sql).run(...params);
    },
  };
}
