/**
 * RSS 2.0 and Atom feeds: one article per <item>/<entry>. The body comes from the richest
 * field present (content:encoded, Atom content, then description/summary); the feed's own
 * title is the outlet. XML is parsed with entity processing OFF, so neither DTD-declared
 * entities (billion laughs) nor external entities (XXE) are ever expanded or fetched; we
 * decode only the five predefined XML entities and numeric references ourselves.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleInput } from '../model/input.js';
import { normaliseDate } from './dates.js';

import { readError, type ReadItem as FeedItem } from './item.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: '#cdata',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Atom content is kept raw: type="xhtml" content is markup to hand to the HTML reader as is.
  stopNodes: ['feed.entry.content'],
});

/** Atom <content>: raw XHTML for type="xhtml"; otherwise text with CDATA unwrapped and entities decoded. */
function atomContent(node: unknown): { html?: string; text?: string } | null {
  if (node === undefined || node === null) return null;
  const o = (Array.isArray(node) ? node[0] : node) as Record<string, unknown> | string;
  const raw = typeof o === 'string' ? o : String(o?.['#text'] ?? '');
  const type = typeof o === 'string' ? 'text' : String(o?.['@type'] ?? 'text');
  if (!raw.trim()) return null;
  if (type === 'xhtml') return { html: raw.trim() };
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  return { text: cdata ? cdata[1]!.trim() : decodeXmlEntities(raw).trim() };
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five XML entities and numeric character references; anything else is left as written. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[name.toLowerCase()] ?? whole;
  });
}

/** Text of a parsed node: plain string, CDATA section(s) or #text, entities decoded. */
function textOf(node: unknown): string | null {
  if (node === undefined || node === null) return null;
  if (typeof node === 'string' || typeof node === 'number') return decodeXmlEntities(String(node)).trim() || null;
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === 'object') {
    const o = node as Record<string, unknown>;
    const cdata = o['#cdata'];
    if (cdata !== undefined) return (Array.isArray(cdata) ? cdata.join('') : String(cdata)).trim() || null;
    return textOf(o['#text']);
  }
  return null;
}

/** Atom links are <link href rel>; RSS links are text. Prefer rel="alternate" or no rel. */
function linkOf(links: unknown): string | null {
  const list = Array.isArray(links) ? links : links === undefined ? [] : [links];
  for (const l of list) {
    if (l && typeof l === 'object' && '@href' in (l as object)) {
      const rel = (l as Record<string, string>)['@rel'];
      if (!rel || rel === 'alternate') return decodeXmlEntities((l as Record<string, string>)['@href']!);
    } else {
      const t = textOf(l);
      if (t) return t;
    }
  }
  return null;
}

const looksLikeHtml = (s: string): boolean => /<\/?(p|br|div|a|em|strong|b|i|ul|li|h\d|img|span|figure|blockquote)\b/i.test(s);

/** The item's body: Atom XHTML as is, else the richest text field; HTML or plain text. */
function bodyOf(entry: Record<string, unknown>): { html: string } | { text: string } | null {
  const atom = atomContent(entry.content);
  if (atom?.html) return { html: atom.html };
  const body = textOf(entry['content:encoded']) ?? atom?.text ?? textOf(entry.description) ?? textOf(entry.summary);
  if (!body) return null;
  return looksLikeHtml(body) ? { html: body } : { text: body };
}

function toInput(entry: Record<string, unknown>, outlet: string | null, origin: string): FeedItem {
  const body = bodyOf(entry);
  if (!body) return readError(origin, 'feed item has no content, description or summary');
  const dateRaw = textOf(entry.pubDate) ?? textOf(entry.published) ?? textOf(entry['dc:date']) ?? textOf(entry.updated);
  const published = dateRaw ? normaliseDate(dateRaw) : null;
  const guid = textOf(entry.guid);
  const input: ArticleInput = {
    url: linkOf(entry.link) ?? (guid && /^https?:\/\//.test(guid) ? guid : null),
    title: textOf(entry.title),
    outlet,
    published,
    ...(published ? { publishedFrom: 'input' as const } : {}),
    origin,
    ...body,
  };
  return { ok: true, input };
}

/**
 * Feeds never need a DTD; dropping the DOCTYPE (internal subset included) means entity
 * declarations are never read, so `&xxe;` or `&lol9;` stay as literal, harmless text.
 */
function withoutDoctype(xml: string): string {
  return xml.replace(/<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>/i, '');
}

/** Every article in an RSS or Atom document, or one error when the XML is not a feed. */
export function readFeed(source: string, origin: string): FeedItem[] {
  const xml = withoutDoctype(source);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return [readError(origin, `malformed XML at line ${valid.err.line}: ${valid.err.msg}`)];
  }
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml) as Record<string, any>;
  } catch (e) {
    return [readError(origin, `malformed XML: ${(e as Error).message}`)];
  }
  const channel = doc.rss?.channel ?? doc['rdf:RDF']?.channel;
  const entries: Array<Record<string, unknown>> | undefined = doc.rss ? channel?.item : doc['rdf:RDF'] ? doc['rdf:RDF'].item : doc.feed?.entry;
  if (!doc.rss && !doc.feed && !doc['rdf:RDF']) {
    return [readError(origin, 'XML is neither an RSS nor an Atom feed (no <rss>, <rdf:RDF> or <feed> root)')];
  }
  if (!entries?.length) return [readError(origin, 'feed has no items')];
  const outlet = textOf(doc.feed?.title ?? (Array.isArray(channel) ? channel[0]?.title : channel?.title));
  return entries.map((entry, i) => toInput(entry, outlet, `${origin}#${i + 1}`));
}
