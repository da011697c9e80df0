#!/usr/bin/env node
// Runs every test/**/*.test.ts with node:test through tsx (Node 20's --test takes no globs).
// Arguments filter by path substring: `npm test -- store` runs the store tests only.
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : find(path);
    return path.endsWith('.test.ts') ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const files = find('test').filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort();
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
// Every temp file a test (or a server, worker or PostgreSQL it starts) makes goes under one
// folder removed at the end, so a crashed or careless test cannot leave /tmp filling up.
const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-tests-'));
chmodSync(scratch, 0o1777); // like /tmp: PostgreSQL test clusters run as the postgres user
const env = { ...process.env, TMPDIR: scratch };
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env });
if (!process.env.NEWSGRAPH_KEEP_TEST_TMP) rmSync(scratch, { recursive: true, force: true });
process.exit(result.status ?? 1);
