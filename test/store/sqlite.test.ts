import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
storeContract('sqlite', async () => new SqliteStore(join(dir, `s${n++}.db`)));

test('sqlite: migrations bring a new file to the latest schema, WAL on', () => {
  const path = join(dir, 'm.db');
  new SqliteStore(path).db.close();
  const db = new Database(path);
  assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
});

test('sqlite: refuses a database from a newer newsgraph', () => {
  const path = join(dir, 'future.db');
  const db = new Database(path);
  db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
  db.close();
  assert.throws(() => new SqliteStore(path), /newer than this newsgraph knows/);
});
