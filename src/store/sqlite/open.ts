/** Opening a SQLite store file: pragmas for a single writer with concurrent readers, then migrations. */
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations.js';

export type SqliteDb = Database.Database;

export function openSqlite(path: string, options: { readonly?: boolean } = {}): SqliteDb {
  let db: SqliteDb;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new Error(`cannot open database '${path}': ${(e as Error).message}`);
  }
  db.pragma('busy_timeout = 5000');
  // Page cache (a ceiling, filled as pages are read): SQLite's default 2 MB made fusion at a million
  // stored events miss on every index insert (64 MB: 8.8 -> 3.1 ms per article), but a cache fills
  // whatever its size and costs RSS: ingesting 10k articles into a new file, 8 instead of 64 MB cost
  // ~10% more store CPU for 59 MB less. So 1/16 of the file at open, within 16..64 MB (16 for a new
  // file); NEWSGRAPH_SQLITE_CACHE_MB sets it (src/ingest/MEMORY.md).
  db.pragma(`cache_size = -${1024 * (Number(process.env.NEWSGRAPH_SQLITE_CACHE_MB) || Math.min(64, Math.max(16, Math.round(((db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number)) / 2 ** 24))))}`);
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a crash can lose the last transactions but never corrupts the file
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
}

function migrate(db: SqliteDb): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this newsgraph knows (${MIGRATIONS.length}); upgrade newsgraph`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}
