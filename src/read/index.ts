/**
 * Reading inputs: paths (files, directories, `-` for stdin) to a stream of articles.
 * Each item is an article or a read error naming the file (and line); one bad input
 * never stops the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ArticleInput } from '../model/input.js';

export type ReadItem = { ok: true; input: ArticleInput } | { ok: false; origin: string; error: string };

export interface ReadOptions {
  /** Largest article or file accepted, in bytes (default 5 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readBuffer('<stdin>', await readStdin(), options);
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      yield { ok: false, origin: path, error: `cannot read: ${(e as Error).message}` };
      continue;
    }
    if (stat.isDirectory()) {
      yield* readInputs(listFiles(path), options);
    } else {
      yield* readBuffer(path, readFileSync(path), options);
    }
  }
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function* readBuffer(origin: string, buf: Buffer, _options: ReadOptions): Generator<ReadItem> {
  const text = buf.toString('utf8');
  const ext = extname(origin).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    let n = 0;
    for (const line of text.split('\n')) {
      n++;
      if (!line.trim()) continue;
      try {
        const o = JSON.parse(line);
        yield { ok: true, input: { url: o.url ?? null, title: o.title ?? null, outlet: o.outlet ?? null, published: o.published ?? null, text: o.text, html: o.html, origin: `${origin}:${n}` } };
      } catch (e) {
        yield { ok: false, origin: `${origin}:${n}`, error: `invalid JSON: ${(e as Error).message}` };
      }
    }
    return;
  }
  if (ext === '.html' || ext === '.htm') {
    yield { ok: true, input: { url: null, title: null, outlet: null, published: null, html: text, origin } };
    return;
  }
  yield { ok: true, input: { url: null, title: null, outlet: null, published: null, text, origin } };
}
