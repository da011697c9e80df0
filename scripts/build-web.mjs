#!/usr/bin/env node
// Bundles the web UI (web/src, TypeScript + DOM, no framework) into web/dist with esbuild:
// app.js (with d3-geo, topojson-client and the 110m world atlas inlined: no CDN, works offline),
// app.css and index.html. Run by `npm run build` (and so by `npm ci` through `prepare`).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --out DIR builds elsewhere (tests build their own copy, so parallel runs never share a folder)
const outFlag = process.argv.indexOf('--out');
const out = outFlag > 0 ? process.argv[outFlag + 1] : join(root, 'web', 'dist');
const watch = process.argv.includes('--dev');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const started = Date.now();
await build({
  entryPoints: [join(root, 'web', 'src', 'main.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: !watch,
  sourcemap: watch ? 'linked' : false,
  legalComments: 'eof',
  logLevel: 'warning',
});
copyFileSync(join(root, 'web', 'style.css'), join(out, 'app.css'));
copyFileSync(join(root, 'web', 'index.html'), join(out, 'index.html'));
console.log(`web UI built to ${out} in ${Date.now() - started} ms`);
