/**
 * HTML page to article body and metadata: linkedom parses the page (no network, no
 * scripts), page metadata is read first (Readability mutates the document), then
 * Readability picks the main content and domToText renders it with its paragraphs.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { pageMetadata } from './html-meta.js';
import { domToText } from './html-text.js';
import { prunePage } from './html-prune.js';

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
  let text = '';
  prunePage(document as never);
  try {
    // The serializer hands back the content node itself, so we render it once, our way.
    const reader = new Readability<Dom>(document as unknown as Document, { serializer: (node) => node as unknown as Dom });
    const article = reader.parse();
    if (article?.content) text = domToText(article.content, { skip: isLinkList });
    if (!meta.title && article?.title) meta.title = article.title.trim() || null;
  } catch {
    // Readability throws on some degenerate documents; handled as "found nothing" below.
  }
  // Readability found nothing: the page's remaining body (pruned, scripts gone) is the honest fallback.
  if (!text && document.body) text = domToText(document.body as unknown as Dom);
  return { ...meta, url: meta.url ?? hints.url, text };
}

/**
 * A list item that is nothing but a link ("More News" lists, tag clouds, navigation that
 * Readability kept): the text is someone else's headline. Prose items with a link inside stay.
 */
function isLinkList(node: Dom): boolean {
  const el = node as unknown as Element;
  if (el.tagName !== 'LI' && el.tagName !== 'DD') return false;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return false;
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, ' ').trim().length, 0);
  return linked / text.length >= 0.8;
}

function fragmentToArticle(html: string, hints: { url: string | null }): HtmlArticle {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return { text: domToText(document.body as unknown as Dom), title: null, url: hints.url, outlet: null, published: null };
}
