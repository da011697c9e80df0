#!/usr/bin/env node
// Runs the compiled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
const entry = new URL('../dist/src/cli/run.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('newsgraph: the compiled CLI is missing (dist/). Run `npm install` or `npm run build` first.');
  process.exit(1);
}
await import(entry.href);
