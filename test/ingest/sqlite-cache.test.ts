import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/store/sqlite/open.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cache-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The page cache in KiB (SQLite reports a size in KiB as a negative number). */
function cacheKb(file: string): number {
  const db = openSqlite(join(dir, file));
  try {
    return -(db.pragma('cache_size', { simple: true }) as number);
  } finally {
    db.close();
  }
}

test('a new store file gets the 16 MB page cache ingest needs, not the 64 MB of a huge one', () => {
  assert.equal(cacheKb('new.db'), 16 * 1024);
});

test('NEWSGRAPH_SQLITE_CACHE_MB sets the page cache', () => {
  process.env.NEWSGRAPH_SQLITE_CACHE_MB = '5';
  try {
    assert.equal(cacheKb('env.db'), 5 * 1024);
  } finally {
    delete process.env.NEWSGRAPH_SQLITE_CACHE_MB;
  }
  assert.equal(cacheKb('env.db'), 16 * 1024);
});
