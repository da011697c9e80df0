import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readInputs, type ReadItem, type ReadOptions } from '../../src/read/index.js';

/** A fresh temporary folder holding `files` (name -> content). */
export function tempFiles(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-read-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export async function readAll(paths: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

export const articles = (items: ReadItem[]) => items.flatMap((i) => (i.ok ? [i.input] : []));
export const errors = (items: ReadItem[]) => items.flatMap((i) => (i.ok ? [] : [`${i.origin}: ${i.error}`]));
