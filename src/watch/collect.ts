/**
 * One source to its current items, each with a key that says whether it was handled before:
 * feed items and pages by article id (the normalised URL, else the text), folder files by
 * path, size and modification time (so a changed file is read again).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { articleId } from '../read/article-id.js';
import { ARTICLE_EXTENSIONS, extensionOf, sniffFormat } from '../read/detect.js';
import { readBuffer, readInputs, type ReadItem } from '../read/index.js';
import { fetchBounded, type FetchLimits, type Validators } from './fetch.js';
import type { Source } from './sources.js';

export interface Candidate {
  key: string;
  /** Reads the item only when it is new (folder files are not read before that). */
  read: () => Promise<ReadItem[]>;
}

export type Collected =
  | { notModified: true }
  | { notModified: false; kind: 'feed' | 'page' | 'folder'; candidates: Candidate[]; etag: string | null; lastModified: string | null };

export interface CollectOptions {
  limits: FetchLimits;
  /** Fetch each feed item's page and analyse that instead of the feed's excerpt. */
  fetchPages: boolean;
}

export async function collect(source: Source, validators: Validators, options: CollectOptions): Promise<Collected> {
  return source.kind === 'folder' ? collectFolder(source.location) : collectUrl(source.location, validators, options);
}

async function collectUrl(url: string, validators: Validators, options: CollectOptions): Promise<Collected> {
  const result = await fetchBounded(url, validators, options.limits);
  if (result.status === 'not-modified') return { notModified: true };
  const format = sniffFormat(result.body.subarray(0, 4096).toString('utf8'));
  if (format !== 'feed' && format !== 'html') {
    const head = JSON.stringify(result.body.subarray(0, 40).toString('utf8'));
    throw new Error(`neither an RSS/Atom feed nor an HTML page (Content-Type ${result.contentType ?? 'none'}; starts ${head})`);
  }
  const items = [...readBuffer(result.url, result.body)];
  // an error for the whole body (malformed XML, a feed without items) fails the source, not one item
  const whole = items.length === 1 ? items[0]! : null;
  if (whole && !whole.ok && whole.origin === result.url) throw new Error(whole.error);
  const validatorsOut = { etag: result.etag, lastModified: result.lastModified };
  if (format === 'html' && whole?.ok) {
    // a page is an article at its own (final) address
    const item: ReadItem = { ok: true, input: { ...whole.input, url: whole.input.url ?? result.url } };
    return { notModified: false, kind: 'page', candidates: [{ key: articleId(result.url, ''), read: async () => [item] }], ...validatorsOut };
  }
  const candidates = items.map((item): Candidate => ({ key: itemKey(item), read: async () => [options.fetchPages ? await withPage(item, options.limits) : item] }));
  return { notModified: false, kind: 'feed', candidates, ...validatorsOut };
}

function itemKey(item: ReadItem): string {
  if (!item.ok) return `error:${item.origin}`;
  return articleId(item.input.url, item.input.text ?? item.input.html ?? '');
}

/** The item's page in place of the feed excerpt; the excerpt stays when the page cannot be had. */
async function withPage(item: ReadItem, limits: FetchLimits): Promise<ReadItem> {
  if (!item.ok || !item.input.url) return item;
  try {
    const page = await fetchBounded(item.input.url, {}, limits);
    if (page.status !== 'ok') return item;
    const { text: _text, html: _html, ...meta } = item.input;
    return { ok: true, input: { ...meta, html: page.body.toString('utf8') } };
  } catch {
    return item;
  }
}

function collectFolder(dir: string): Collected {
  const candidates = articleFiles(dir).map(({ path, size, mtimeMs }) => ({
    key: `file:${path}:${size}:${Math.round(mtimeMs)}`,
    read: async () => {
      const items: ReadItem[] = [];
      for await (const item of readInputs([path])) items.push(item);
      return items;
    },
  }));
  return { notModified: false, kind: 'folder', candidates, etag: null, lastModified: null };
}

function articleFiles(dir: string): Array<{ path: string; size: number; mtimeMs: number }> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new Error(`cannot list folder: ${(e as Error).message}`);
  }
  return entries
    .filter((d) => !d.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => {
      const full = join(dir, d.name);
      if (d.isDirectory()) return articleFiles(full);
      if (!d.isFile() || !ARTICLE_EXTENSIONS.has(extensionOf(d.name))) return [];
      const st = statSync(full);
      return [{ path: full, size: st.size, mtimeMs: st.mtimeMs }];
    });
}
