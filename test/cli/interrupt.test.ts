/**
 * Killing an ingest midway (SIGKILL: no chance to clean up; SIGINT: a polite stop) leaves
 * the database consistent, and running the same command again stores the rest, once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli, cliAsync } from './run-cli.js';

const N = 300;

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-kill-'));
  const src = join(dir, 'in');
  mkdirSync(src);
  const para = 'Security forces clashed with gunmen near the border on Sunday, officials said, and at least three people were killed. ';
  for (let i = 0; i < N; i++) {
    writeFileSync(join(src, `a${String(i).padStart(4, '0')}.txt`), `Title: Article ${i}\nDate: 2023-03-10\nURL: https://example.org/k${i}\n\n${para.repeat(6)}\n\n${para.repeat(4)} Item ${i}.\n`);
  }
  return dir;
}

function count(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

function assertConsistent(db: string): void {
  const conn = new Database(db, { readonly: true });
  assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok');
  // every stored article has every layer row its Analysis lists: nothing half-written
  const rows = conn.prepare('SELECT id, analysis FROM articles').all() as Array<{ id: string; analysis: string }>;
  const layer = (table: string, id: string) => (conn.prepare(`SELECT count(*) n FROM ${table} WHERE article = ?`).get(id) as { n: number }).n;
  for (const r of rows) {
    const a = JSON.parse(r.analysis);
    assert.equal(layer('entities', r.id), a.entities.length);
    assert.equal(layer('quotes', r.id), a.quotes.length);
    assert.equal(layer('events', r.id), a.events.length);
    assert.equal(layer('times', r.id), a.times.length);
  }
  const fts = (conn.prepare('SELECT count(*) n FROM articles_fts').get() as { n: number }).n;
  assert.equal(fts, rows.length, 'the full-text index matches the articles');
  conn.close();
}

async function killWhenSome(signal: NodeJS.Signals, db: string, src: string): Promise<number | null> {
  const child = cliAsync(['ingest', src, '--db', db, '--jobs', '1']);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (count(db) < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  child.kill(signal);
  const code = await exited;
  assert.ok(count(db) < N, `the ingest should have been stopped midway (stored ${count(db)} of ${N}); stderr: ${stderr}`);
  return code;
}

test('SIGKILL midway: consistent database, and a re-run stores the rest once', async () => {
  const dir = corpus();
  const db = join(dir, 'k.db');
  await killWhenSome('SIGKILL', db, join(dir, 'in'));
  const before = count(db);
  assert.ok(before > 0);
  assertConsistent(db);
  const again = cli(['ingest', join(dir, 'in'), '--db', db, '--jobs', '2']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, new RegExp(`stored ${N - before}, skipped ${before} duplicates`));
  assert.equal(count(db), N);
  assertConsistent(db);
});

test('SIGINT midway: stops after the articles in progress, exit 130, re-run completes', async () => {
  const dir = corpus();
  const db = join(dir, 'i.db');
  const code = await killWhenSome('SIGINT', db, join(dir, 'in'));
  assert.equal(code, 130);
  assertConsistent(db);
  assert.equal(cli(['ingest', join(dir, 'in'), '--db', db, '--jobs', '1']).code, 0);
  assert.equal(count(db), N);
});
