/**
 * `newsgraph watch --once` end to end with SQLite: the real pipeline analyses and stores the
 * feed's articles, a second run stores nothing new, and `newsgraph stats` shows the source.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { rss, serve } from './helpers.js';

const entry = fileURLToPath(new URL('../../src/cli/run.ts', import.meta.url));

/** Async, so this process's loopback server can answer the child. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEWSGRAPH_DB: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('watch --once: feed articles stored once, status in stats', { timeout: 90_000 }, async () => {
  const feed = rss('Northshore Tribune', [
    { link: 'http://tribune.test/a', title: 'Council vote', body: 'The Northshore council voted on Monday to close the old ferry terminal, its chair Maria Lund said.' },
    { link: 'http://tribune.test/b', title: 'Storm', body: 'A storm cut power to 3,000 homes in Kessby on Tuesday night, the utility said.' },
  ]);
  const server = await serve({ '/rss': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed), '/down': (_q, res) => res.writeHead(502).end() });
  const db = join(mkdtempSync(join(tmpdir(), 'ng-watch-cli-')), 'w.db');
  try {
    const first = await run(['watch', '--once', '--db', db, `${server.base}/rss`, `${server.base}/down`]);
    assert.equal(first.code, 1, 'a failing source makes --once exit 1');
    assert.match(first.stderr, /2 new article\(s\)/);
    assert.match(first.stderr, /\/down: error \(HTTP 502/);
    const second = await run(['watch', '--once', '--db', db, `${server.base}/rss`]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /0 new article\(s\)/);
    const store = new SqliteStore(db);
    assert.equal((await store.stats()).articles, 2);
    await store.close();
    const stats = await run(['stats', '--db', db]);
    assert.match(stats.stdout, /watched sources \(2\)/);
    assert.match(stats.stdout, /\/rss \[feed\] .* ok; 2 seen, 2 ingested/);
    assert.match(stats.stdout, /error: HTTP 502/);
  } finally {
    await server.close();
  }
});

test('watch: SIGTERM between rounds ends the process promptly and cleanly', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ng-watch-term-'));
  const child = spawn(process.execPath, ['--import', 'tsx', entry, 'watch', '--every', '1h', '--db', join(dir, 't.db'), dir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEWSGRAPH_DB: '' } });
  let stderr = '';
  await new Promise<void>((resolve) => child.stderr.on('data', (d) => ((stderr += d), /round of 1 source/.test(stderr) && resolve())));
  const sent = Date.now();
  child.kill('SIGTERM');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.ok(Date.now() - sent < 10_000, 'did not wait for the next round, an hour away');
  assert.match(stderr, /stopping after this round/);
});
