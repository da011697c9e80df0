/**
 * HTML page to article body and metadata: linkedom parses the page (no network, no
 * scripts), page metadata is read first (Readability mutates the document), then
 * Readability picks the main content and domToText renders it with its paragraphs.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pageMetadata } from './html-meta.js';
import { domToText } from './html-text.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

type Dom = Parameters<typeof domToText>[0];

export function htmlToArticle(html: string, hints: { url: string | null }): HtmlArticle {
  // A fragment (a feed item's content:encoded, a JSONL "html" field) is already the
  // article body: Readability would judge it too short and drop parts of it.
  if (!/<(html|body)[\s>]/i.test(html)) return fragmentToArticle(html, hints);
  const { document } = parseHTML(html);
  const meta = pageMetadata(document as unknown as Document);
  const bodyFallback = document.body ? domToText(document.body as unknown as Dom) : '';
  let text = '';
  try {
    // The serializer hands back the content node itself, so we render it once, our way.
    const reader = new Readability<Dom>(document as unknown as Document, { serializer: (node) => node as unknown as Dom });
    const article = reader.parse();
    if (article?.content) text = domToText(article.content);
    if (!meta.title && article?.title) meta.title = article.title.trim() || null;
  } catch {
    // Readability throws on some degenerate documents; the whole body is the honest fallback.
  }
  return { ...meta, url: meta.url ?? hints.url, text: text || bodyFallback };
}

function fragmentToArticle(html: string, hints: { url: string | null }): HtmlArticle {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return { text: domToText(document.body as unknown as Dom), title: null, url: hints.url, outlet: null, published: null };
}
