/**
 * Reading inputs: paths (files, directories, `-` for stdin) to a stream of articles.
 * Each item is an article or a read error naming the file (and line); one bad input
 * never stops the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../model/input.js';
import { decodeText, formatBytes, gunzipCapped, isGzip } from './decode.js';
import { ARTICLE_EXTENSIONS, detectFormat, extensionOf } from './detect.js';
import { readFeed } from './feed.js';
import { readError, type ReadItem } from './item.js';
import { readJsonDocument, readJsonLines } from './jsonl.js';
import { readPlainText } from './plain.js';

export type { ReadItem } from './item.js';

export interface ReadOptions {
  /** Largest article accepted, in bytes of its text or HTML (default 5 MB). */
  maxBytes?: number;
  /** Largest file (or inflated .gz) accepted; a feed or JSONL file holds many articles (default 200 MB). */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const path of paths) {
    if (path === '-') {
      const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
      const input = await readStdin(maxFile);
      if (input) yield* readBuffer('<stdin>', input, options);
      else yield readError('<stdin>', `input is over the ${formatBytes(maxFile)} file limit`);
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      yield readError(path, `cannot read: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`);
      continue;
    }
    if (stat.isDirectory()) {
      yield* readInputs(listArticleFiles(path), options);
    } else if (stat.size > (options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)) {
      yield readError(path, `file is ${formatBytes(stat.size)}, over the ${formatBytes(options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)} file limit`);
    } else {
      let buf: Buffer;
      try {
        buf = readFileSync(path);
      } catch (e) {
        yield readError(path, `cannot read: ${(e as Error).message}`);
        continue;
      }
      yield* readBuffer(path, buf, options);
    }
  }
}

/**
 * Files under `dir`, recursively, in a stable order: hidden entries are skipped, and only
 * article formats are taken, so a README.md or an image beside the articles is not read.
 */
function listArticleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => {
      const full = join(dir, d.name);
      if (d.isDirectory()) return listArticleFiles(full);
      return d.isFile() && ARTICLE_EXTENSIONS.has(extensionOf(d.name)) ? [full] : [];
    });
}

/** All of stdin, or null as soon as it passes `max` bytes (a pipe has no size to check first). */
async function readStdin(max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > max) {
      process.stdin.destroy();
      return null;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** One file's bytes (or stdin's) to its articles. Exported for tests and the server's uploads. */
export function* readBuffer(origin: string, raw: Buffer, options: ReadOptions = {}): Generator<ReadItem> {
  const maxFile = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let buf = raw;
  if (isGzip(raw)) {
    const inflated = gunzipCapped(raw, maxFile);
    if (!inflated.ok) return yield readError(origin, inflated.error);
    buf = inflated.data;
  }
  const decoded = decodeText(buf);
  if (!decoded.ok) return yield readError(origin, decoded.error);
  const text = decoded.text;
  if (!text.trim()) return yield readError(origin, 'empty file');
  const checked = (item: ReadItem): ReadItem => (item.ok ? checkArticle(item.input, options) : item);
  switch (detectFormat(origin, text)) {
    case 'jsonl':
      for (const item of readJsonLines(text, origin)) yield checked(item);
      return;
    case 'json':
      for (const item of readJsonDocument(text, origin)) yield checked(item);
      return;
    case 'feed':
      for (const item of readFeed(text, origin)) yield checked(item);
      return;
    case 'html':
      return yield checked({ ok: true, input: { url: null, title: null, outlet: null, published: null, html: text, origin } });
    case 'text':
      return yield checked({ ok: true, input: readPlainText(text, origin) });
  }
}

/** An article's own limits: not empty, not over maxBytes. */
function checkArticle(input: ArticleInput, options: ReadOptions): ReadItem {
  const origin = input.origin ?? input.url ?? 'input';
  const body = input.text ?? input.html ?? '';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = Buffer.byteLength(body, 'utf8');
  if (size > maxBytes) return readError(origin, `article is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (--max-bytes)`);
  const visible = input.html !== undefined ? body.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>|<[^>]*>|&nbsp;/gi, '') : body;
  if (!visible.trim()) return readError(origin, 'empty article: no text');
  return { ok: true, input };
}
