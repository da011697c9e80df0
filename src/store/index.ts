/**
 * Opening a store from a location: a file path (SQLite, the default) or a postgres:// URL.
 * NEWSGRAPH_DB names the default location when --db is not given.
 */
import { SqliteStore } from './sqlite/store.js';
import type { Store } from './types.js';

export const DEFAULT_DB = 'newsgraph.db';

export function resolveDbLocation(flag: string | undefined): string {
  return flag ?? process.env.NEWSGRAPH_DB ?? DEFAULT_DB;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function openStore(location: string, options: { readonly?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const { PostgresStore } = await import('./postgres/store.js');
    return PostgresStore.open(location);
  }
  return new SqliteStore(location, options);
}

export type * from './types.js';
export { SqliteStore };
