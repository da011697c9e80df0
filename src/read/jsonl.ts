/**
 * JSON Lines / NDJSON: one article object per line ({url, title, published, outlet, text
 * or html}). A bad line is one error naming file:line; the other lines go on.
 */
import type { ArticleInput } from '../model/input.js';
import { normaliseDate } from './dates.js';
import { readError, type ReadItem } from './item.js';

const optionalString = (o: Record<string, unknown>, key: string): string | null => {
  const v = o[key];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
};

/** One parsed JSON value to an article, or why it is not one. */
export function articleFromJson(value: unknown, origin: string): ReadItem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return readError(origin, `expected a JSON object with "text" or "html", got ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const o = value as Record<string, unknown>;
  const text = typeof o.text === 'string' ? o.text : typeof o.body === 'string' ? o.body : undefined;
  const html = typeof o.html === 'string' ? o.html : undefined;
  if (text === undefined && html === undefined) return readError(origin, 'object has no "text" or "html" string');
  const publishedRaw = optionalString(o, 'published') ?? optionalString(o, 'date');
  const published = publishedRaw ? normaliseDate(publishedRaw) : null;
  const input: ArticleInput = {
    url: optionalString(o, 'url'),
    title: optionalString(o, 'title'),
    outlet: optionalString(o, 'outlet') ?? optionalString(o, 'source'),
    published,
    ...(published ? { publishedFrom: 'input' as const } : {}),
    ...(text !== undefined ? { text } : { html }),
    origin,
  };
  return { ok: true, input };
}

export function* readJsonLines(text: string, file: string): Generator<ReadItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const origin = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield readError(origin, `invalid JSON: ${(e as Error).message}`);
      continue;
    }
    yield articleFromJson(value, origin);
  }
}

/** A .json file: one article object, or an array of them (origin file#N). */
export function* readJsonDocument(text: string, file: string): Generator<ReadItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield readError(file, `invalid JSON: ${(e as Error).message}`);
    return;
  }
  if (!Array.isArray(value)) {
    yield articleFromJson(value, file);
    return;
  }
  for (let i = 0; i < value.length; i++) yield articleFromJson(value[i], `${file}#${i + 1}`);
}
