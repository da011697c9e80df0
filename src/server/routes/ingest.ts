/**
 * POST /api/ingest: analyse and store articles sent in the body. Only mounted as writable when
 * the server has a token (see app.ts); JSON articles are read here, any other format (HTML,
 * RSS/Atom, JSONL, text) goes through the same readers as `newsgraph ingest` via a temp file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from 'hono';
import { ingestItems } from '../../ingest/ingest.js';
import type { Analyzer } from '../../ingest/pool.js';
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/input.js';
import { readInputs, type ReadItem } from '../../read/index.js';
import type { Store } from '../../store/types.js';
import { HttpError } from '../http-error.js';

export const MAX_INGEST_BYTES = 5 * 1024 * 1024;

const EXTENSION_BY_TYPE: Record<string, string> = {
  'application/x-ndjson': '.jsonl',
  'application/jsonl': '.jsonl',
  'text/html': '.html',
  'application/rss+xml': '.rss',
  'application/atom+xml': '.atom',
  'application/xml': '.xml',
  'text/xml': '.xml',
  'text/plain': '.txt',
};

export interface IngestDeps {
  store: Store;
  analyzer: Analyzer;
  onStored?: (analysis: Analysis) => Promise<void> | void;
}

export async function handleIngest(c: Context, deps: IngestDeps): Promise<Response> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > MAX_INGEST_BYTES) throw new HttpError(413, `body of ${declared} bytes is over the ${MAX_INGEST_BYTES}-byte limit`);
  const body = await c.req.text();
  if (Buffer.byteLength(body) > MAX_INGEST_BYTES) throw new HttpError(413, `body is over the ${MAX_INGEST_BYTES}-byte limit`);
  const stored: string[] = [];
  const run = (items: AsyncIterable<ReadItem>) =>
    ingestItems(items, {
      store: deps.store,
      analyzer: deps.analyzer,
      onStored: async (a) => {
        stored.push(a.article.id);
        await deps.onStored?.(a);
      },
    });
  let summary;
  if (type === 'application/json') summary = await run(fromList(jsonArticles(body)));
  else if (EXTENSION_BY_TYPE[type]) summary = await viaTempFile(body, EXTENSION_BY_TYPE[type]!, run);
  else throw new HttpError(415, `content-type '${type || '(none)'}' is not accepted; send application/json, ${Object.keys(EXTENSION_BY_TYPE).join(', ')}`);
  return c.json({ ...summary, articles: stored }, summary.failed.length && !stored.length ? 400 : 200);
}

async function* fromList(items: ReadItem[]): AsyncGenerator<ReadItem> {
  yield* items;
}

async function viaTempFile<T>(body: string, ext: string, run: (items: AsyncIterable<ReadItem>) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-'));
  try {
    const path = join(dir, `body${ext}`);
    writeFileSync(path, body);
    return await run(readInputs([path]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** JSON body: one article, an array of them, or {articles: [...]}. Each needs text or html. */
export function jsonArticles(body: string): ReadItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    throw new HttpError(400, `body is not valid JSON: ${(e as Error).message}`);
  }
  const list = Array.isArray(parsed) ? parsed : isObject(parsed) && Array.isArray(parsed.articles) ? parsed.articles : [parsed];
  if (list.length === 0) throw new HttpError(400, 'body holds no articles');
  return list.map((o, i) => toInput(o, `body[${i}]`));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function toInput(o: unknown, origin: string): ReadItem {
  if (!isObject(o)) return { ok: false, origin, error: 'expected an object with text or html' };
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : null);
  for (const k of ['url', 'title', 'outlet', 'published', 'text', 'html']) {
    if (o[k] !== undefined && o[k] !== null && typeof o[k] !== 'string') return { ok: false, origin, error: `'${k}' must be a string, got ${typeof o[k]}` };
  }
  if (!str('text') && !str('html')) return { ok: false, origin, error: "expected 'text' or 'html' (a non-empty string)" };
  const input: ArticleInput = { url: str('url'), title: str('title'), outlet: str('outlet'), published: str('published'), origin };
  if (str('text')) input.text = str('text')!;
  else input.html = str('html')!;
  return { ok: true, input };
}
