#!/usr/bin/env node
// `npm start`: the demo. Ingests the bundled sample articles into newsgraph.db (re-analysing
// any already there, so the demo always reflects this version), prints what was found, then
// serves the workbench UI on the demo database when the build has it.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const cli = ['bin/newsgraph.js'];
const db = process.env.NEWSGRAPH_DB ?? 'newsgraph.db';
const run = (args) => {
  const r = spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync('dist/src/cli/run.js')) run(['--help']); // prints the "run npm install" hint and exits
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
