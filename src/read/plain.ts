/**
 * Plain text, optionally opened by a header block: `Title:`, `Date:` (or `Published:`),
 * `URL:` and `Outlet:` (or `Source:`) lines, then a blank line. Only a block made entirely
 * of such lines counts as a header, so a story that happens to begin "Date: ..." in
 * prose is not eaten.
 */
import type { ArticleInput } from '../model/input.js';
import { normaliseDate } from './dates.js';

const HEADER_LINE = /^(title|headline|date|published|url|link|outlet|source|publisher|author|byline)[ \t]*:[ \t]*(.*)$/i;
const FIELD: Record<string, 'title' | 'published' | 'url' | 'outlet' | null> = {
  title: 'title', headline: 'title', date: 'published', published: 'published', url: 'url', link: 'url',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet', author: null, byline: null,
};

export interface HeaderBlock {
  fields: Partial<Record<'title' | 'published' | 'url' | 'outlet', string>>;
  /** The text after the header block (the whole text when there is none). */
  body: string;
  /** A Date: value that is not a date, so the caller can say so. */
  badDate: string | null;
}

export function parseHeaderBlock(text: string): HeaderBlock {
  const normalised = text.replace(/\r\n?/g, '\n');
  const end = normalised.search(/\n[ \t]*\n/);
  const head = end === -1 ? '' : normalised.slice(0, end);
  const lines = head.split('\n');
  if (!head.trim() || !lines.every((l) => HEADER_LINE.test(l.trim()))) return { fields: {}, body: normalised, badDate: null };
  const fields: HeaderBlock['fields'] = {};
  let badDate: string | null = null;
  for (const line of lines) {
    const [, key, value] = HEADER_LINE.exec(line.trim())!;
    const field = FIELD[key!.toLowerCase()];
    const v = value!.trim();
    if (!field || !v || fields[field]) continue;
    if (field === 'published') {
      const d = normaliseDate(v);
      if (d) fields.published = d;
      else badDate = v;
    } else fields[field] = v;
  }
  return { fields, body: normalised.slice(end).replace(/^\s+/, ''), badDate };
}

/**
 * A header `Date:` that is not a date is dropped (ArticleInput.published must be ISO), so
 * the publication date falls back to the dateline or URL as if no date were given.
 */
export function readPlainText(text: string, origin: string): ArticleInput {
  const { fields, body } = parseHeaderBlock(text);
  return {
    url: fields.url ?? null,
    title: fields.title ?? null,
    outlet: fields.outlet ?? null,
    published: fields.published ?? null,
    ...(fields.published ? { publishedFrom: 'input' as const } : {}),
    text: body,
    origin,
  };
}
