#!/usr/bin/env node
// `npm start`: the demo. Ingests the bundled sample articles into newsgraph.db (re-analysing
// any already there, so the demo always reflects this version), prints what was found, then
// serves the workbench UI on the demo database when the build has it.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const cli = ['bin/newsgraph.js'];
const db = process.env.NEWSGRAPH_DB ?? 'newsgraph.db';
const run = (args) => {
  const r = spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync('dist/src/cli/run.js')) run(['--help']); // prints the "run npm install" hint and exits

/** Newest modification time of the files under a folder (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

// after a `git pull` the compiled code can be older than the source: the demo must show this version
if (Math.max(newest('src'), newest('models')) > statSync('dist/src/cli/run.js').mtimeMs) {
  console.log('The build is older than the source: npm run build ...');
  const b = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
console.log(`Ingesting examples/ into ${db} ...`);
run(['ingest', 'examples', '--db', db, '--reanalyze']);
console.log('');
run(['report', '--db', db]);

if (existsSync('dist/src/cli/serve.js') && process.env.NEWSGRAPH_NO_SERVE !== '1') {
  console.log('');
  const server = spawn(process.execPath, [...cli, 'serve', '--db', db], { stdio: 'inherit' });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}
