/**
 * HTML page to article body and metadata: non-content elements are cut from the markup
 * (html-strip.ts), htmlparser2 builds a light DOM (dom.ts), page metadata is read first
 * (Readability mutates the document), then Readability picks the main content and
 * domToText renders it with its paragraphs. No network, no scripts run.
 */
import { Readability } from '@mozilla/readability';
import { parseFragment, parsePage, type MiniElement } from './dom.js';
import { pageMetadata } from './html-meta.js';
import { domToText } from './html-text.js';
import { prunePage } from './html-prune.js';
import { stripNonContent } from './html-strip.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

export function htmlToArticle(html: string, hints: { url: string | null }): HtmlArticle {
  // A fragment (a feed item's content:encoded, a JSONL "html" field) is already the
  // article body: Readability would judge it too short and drop parts of it.
  if (!/<(html|body)[\s>]/i.test(html)) return fragmentToArticle(html, hints);
  const document = parsePage(stripNonContent(html));
  const meta = pageMetadata(document);
  let text = '';
  prunePage(document);
  try {
    // The serializer hands back the content node itself, so we render it once, our way.
    const reader = new Readability<MiniElement>(document as unknown as Document, { serializer: (node) => node as unknown as MiniElement });
    const article = reader.parse();
    if (article?.content) text = domToText(article.content, { skip: isLinkList });
    if (!meta.title && article?.title) meta.title = article.title.trim() || null;
  } catch {
    // Readability throws on some degenerate documents; handled as "found nothing" below.
  }
  // Readability found nothing: the page's remaining body (pruned, scripts gone) is the honest fallback.
  if (!text) text = domToText(document.body);
  return { ...meta, url: meta.url ?? hints.url, text };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * A list item that is nothing but a link ("More News" lists, tag clouds, navigation that
 * Readability kept): the text is someone else's headline. Prose items with a link inside stay.
 */
function isLinkList(node: MiniElement): boolean {
  if (node.tagName !== 'LI' && node.tagName !== 'DD') return false;
  const text = squash(node.textContent ?? '');
  if (!text) return false;
  const linked = node.getElementsByTagName('a').reduce((n, a) => n + squash(a.textContent ?? '').length, 0);
  return linked / text.length >= 0.8;
}

function fragmentToArticle(html: string, hints: { url: string | null }): HtmlArticle {
  return { text: domToText(parseFragment(html)), title: null, url: hints.url, outlet: null, published: null };
}
