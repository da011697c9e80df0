import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { cli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
const article = (n: number) => `Title: Report ${n}\nDate: 2023-03-10\nURL: https://example.org/r${n}\n\nA protest took place in Nairobi on Sunday, police said. Report number ${n}.\n`;

test('no command prints usage and fails; unknown commands and options are explained', () => {
  const none = cli([]);
  assert.equal(none.code, 2);
  assert.match(none.stdout, /Commands:/);
  assert.match(cli(['frobnicate']).stderr, /unknown command 'frobnicate'/);
  const bad = cli(['analyze', 'examples', '--format', 'xml']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format expects json, jsonl or pretty, got 'xml'/);
  for (const cmd of ['analyze', 'ingest', 'search', 'stats', 'report', 'eval']) {
    const h = cli([cmd, '--help']);
    assert.equal(h.code, 0, cmd);
    assert.match(h.stdout, /^Usage: newsgraph/, cmd);
  }
});

test('analyze prints one Analysis per article in each format, from a file and from stdin', () => {
  const file = join(dir, 'one.txt');
  writeFileSync(file, article(1));
  const json = cli(['analyze', file]);
  assert.equal(json.code, 0, json.stderr);
  const a = JSON.parse(json.stdout);
  assert.equal(a.schema, 'newsgraph.analysis/1');
  assert.equal(a.article.title, 'Report 1');
  assert.equal(a.article.published, '2023-03-10');
  const lines = cli(['analyze', 'examples/jsonl', '--format', 'jsonl']).stdout.trim().split('\n');
  assert.ok(lines.length >= 2);
  for (const l of lines) assert.equal(JSON.parse(l).schema, 'newsgraph.analysis/1');
  const stdin = cli(['analyze', '-', '--format', 'pretty', '--published', '2023-01-02'], { input: 'Something happened in Kabul on Monday.\n' });
  assert.equal(stdin.code, 0, stdin.stderr);
  assert.match(stdin.stdout, /published 2023-01-02 \(input\)/);
});

test('a bad file in a batch gets a one-line error naming it; the rest are stored whole', () => {
  const batch = join(dir, 'batch');
  const db = join(dir, 'batch.db');
  mkdirSync(batch);
  writeFileSync(join(batch, 'a.txt'), article(1));
  writeFileSync(join(batch, 'b.txt'), article(2));
  writeFileSync(join(batch, 'broken.jsonl'), '{"url": "https://example.org/j1", "text": "Clashes erupted in Goma on Friday, residents said."}\n{not json\n');
  writeFileSync(join(batch, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]));
  const r = cli(['ingest', batch, '--db', db, '--jobs', '1']);
  assert.equal(r.code, 1, 'failures make a non-zero exit');
  assert.match(r.stderr, /broken\.jsonl:2/);
  assert.match(r.stderr, /binary\.txt/);
  assert.match(r.stderr, /stored 3/);
  const conn = new Database(db, { readonly: true });
  assert.equal((conn.prepare('SELECT count(*) n FROM articles').get() as { n: number }).n, 3);
  assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok');
  conn.close();
  const again = cli(['ingest', join(batch, 'a.txt'), join(batch, 'b.txt'), '--db', db]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /stored 0, skipped 2 duplicates/);
});

test('search and stats read what ingest stored', () => {
  const db = join(dir, 'search.db');
  const f = join(dir, 's.txt');
  writeFileSync(f, article(7));
  assert.equal(cli(['ingest', f, '--db', db, '--jobs', '2']).code, 0);
  const s = cli(['search', 'protest', '--db', db, '--json']);
  assert.equal(JSON.parse(s.stdout).total, 1);
  assert.equal(JSON.parse(cli(['stats', '--db', db, '--json']).stdout).articles, 1);
  assert.equal(cli(['search', '--db', db]).code, 2);
});
