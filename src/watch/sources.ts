/** What `newsgraph watch` can follow: http(s) feed or page URLs, and local folders. */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isHttpUrl } from './fetch.js';

export type Source = { kind: 'url'; location: string } | { kind: 'folder'; location: string };

/** A source as given on the command line, or an error saying why it cannot be watched. */
export function parseSource(raw: string): Source {
  const s = raw.trim();
  if (isHttpUrl(s)) return { kind: 'url', location: s };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) throw new Error(`source '${s}': only http(s) URLs are fetched`);
  let isDir = false;
  try {
    isDir = statSync(s).isDirectory();
  } catch {
    throw new Error(`source '${s}': neither an http(s) URL nor an existing folder`);
  }
  if (!isDir) throw new Error(`source '${s}': a file is not watched; give its folder, or ingest it with \`newsgraph ingest\``);
  return { kind: 'folder', location: resolve(s) };
}

/** A --sources file: one source a line; blank lines and # comments are skipped. */
export function readSourcesFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`--sources ${path}: cannot read: ${(e as Error).message}`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean);
}
