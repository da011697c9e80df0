/**
 * The web UI's built files (web/dist), read once at start-up and served from memory. Only
 * files that exist there can be served: the request path never reaches the file system.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Uint8Array;
  type: string;
}

export function loadStaticFiles(root: string | null): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!root || !existsSync(root)) return files;
  for (const name of readdirSync(root)) {
    const type = TYPES[extname(name)];
    if (type) files.set(name, { body: readFileSync(join(root, name)), type });
  }
  return files;
}

export const UI_MISSING = `The web UI is not built. Run \`npm run build\` (it bundles web/ into web/dist), then restart the server. The API is under /api/.`;
