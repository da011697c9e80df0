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
  // SQLite's default page cache is 2 MB: at a million incidents every fusion insert missed it on
  // its indexes. 64 MB keeps the hot index pages in memory (it is a ceiling, not an allocation).
  db.pragma('cache_size = -65536');
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
