import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { storeContract } from './contract.js';
import { sampleAnalysis } from './sample-analysis.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-group-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

// every store behaviour must hold when writes share commits
storeContract('sqlite with group commits', async () => {
  const store = new SqliteStore(join(dir, `c${n++}.db`));
  store.groupCommits();
  return store;
});

const countIn = (path: string) => {
  const db = new Database(path, { readonly: true });
  const count = (db.prepare('SELECT count(*) AS c FROM articles').get() as { c: number }).c;
  db.close();
  return count;
};

test('group commit: another connection sees the batch once it reaches maxSaves, and the rest on close', async () => {
  const path = join(dir, 'batch.db');
  const store = new SqliteStore(path);
  store.groupCommits({ maxSaves: 3, maxMs: 60_000 });
  for (const id of ['a1', 'a2']) await store.saveAnalysis(sampleAnalysis(id), null);
  assert.equal(countIn(path), 0, 'nothing visible before the batch commits');
  await store.saveAnalysis(sampleAnalysis('a3'), null);
  assert.equal(countIn(path), 3);
  await store.saveAnalysis(sampleAnalysis('a4'), null);
  await store.close();
  assert.equal(countIn(path), 4);
});

test('group commit: the timer commits a batch that never fills', async () => {
  const path = join(dir, 'timer.db');
  const store = new SqliteStore(path);
  store.groupCommits({ maxSaves: 100, maxMs: 20 });
  await store.saveAnalysis(sampleAnalysis('t1'), null);
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(countIn(path), 1);
  await store.close();
});

test('group commit: an article that fails rolls back alone, the others in its batch are kept whole', async () => {
  const path = join(dir, 'fail.db');
  const store = new SqliteStore(path);
  store.groupCommits({ maxSaves: 10, maxMs: 60_000 });
  await store.saveAnalysis(sampleAnalysis('ok1'), null);
  const broken = sampleAnalysis('bad');
  // a NOT NULL column left null makes the insert of its events fail after the article row went in
  (broken.events[0] as { type: unknown }).type = null;
  await assert.rejects(store.saveAnalysis(broken, null));
  await store.saveAnalysis(sampleAnalysis('ok2'), null);
  await store.close();
  const db = new Database(path, { readonly: true });
  const ids = (db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as string[]);
  assert.deepEqual(ids, ['ok1', 'ok2']);
  assert.equal((db.prepare("SELECT count(*) AS c FROM entities WHERE article = 'bad'").get() as { c: number }).c, 0);
  db.close();
});
