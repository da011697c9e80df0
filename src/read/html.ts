/**
 * HTML page to article body and metadata. The fast path is one streaming pass over the
 * markup (html/scan.ts: no DOM) that yields the page's text runs, a flat element table and
 * the metadata facts; html/content.ts picks the body from them with Readability's own scoring.
 * When that choice is not clear-cut (little text, a rival container scoring close), the page
 * goes the slow, careful way: non-content elements cut from the markup (html-strip.ts),
 * htmlparser2 builds a light DOM (dom.ts), our pruning, then Readability itself, rendered by
 * html-text.ts. Metadata always comes from the single pass. No network, no scripts run.
 */
import { Readability } from '@mozilla/readability';
import { parsePage, type MiniElement } from './dom.js';
import { pageMetadata } from './html-meta.js';
import { domToText } from './html-text.js';
import { prunePage, pruneVerdict, type Verdict } from './html-prune.js';
import { stripNonContent } from './html-strip.js';
import { extractContent, renderAll } from './html/content.js';
import { scanHtml } from './html/scan.js';

export interface HtmlArticle {
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  /** Which extractor produced the body: the streaming fast path, or Readability on a DOM (and why). */
  extractor: { name: 'fast' | 'readability' | 'fragment'; reason: string };
}

/**
 * Inline elements named like a widget (a byline or credit <span> inside a paragraph) end a
 * text run, so the body picker can drop them as pruning drops them from a DOM. The verdict
 * cache lives for one page only (a module-level cache would grow with every site read).
 */
function softSplitter(seen: Map<string, Verdict>): (tag: string, names: string) => boolean {
  return (_tag, names) => {
    const v = pruneVerdict(names, seen);
    return v.widget || v.label;
  };
}

export interface HtmlHints {
  url: string | null;
  /** Use one extractor only (the eval compares them); by default the fast path decides when it is sure. */
  only?: 'fast' | 'readability';
}

export function htmlToArticle(html: string, hints: HtmlHints): HtmlArticle {
  // A fragment (a feed item's content:encoded, a JSONL "html" field) is already the
  // article body: nothing to choose, every run is rendered.
  if (!/<(html|body)[\s>]/i.test(html)) {
    return { text: renderAll(scanHtml(html)), title: null, url: hints.url, outlet: null, published: null, extractor: { name: 'fragment', reason: 'ok' } };
  }
  const verdicts = new Map<string, Verdict>();
  const scan = scanHtml(html, softSplitter(verdicts));
  const meta = pageMetadata(scan.meta);
  const fast = extractContent(scan, meta.title ?? scan.meta.title, verdicts);
  // A page that renders no text at all gives Readability nothing to find either.
  const nothing = scan.runs.length === 0;
  if (hints.only === 'fast' || ((fast.sure || nothing) && hints.only !== 'readability')) return { ...meta, url: meta.url ?? hints.url, text: fast.text, extractor: { name: 'fast', reason: 'ok' } };
  const slow = readabilityText(html);
  if (!meta.title && slow.title) meta.title = slow.title;
  // Readability found nothing either: the fast path's best guess beats nothing.
  const text = slow.text || fast.text;
  return { ...meta, url: meta.url ?? hints.url, text, extractor: { name: 'readability', reason: fast.reason } };
}

/** The careful path: Readability on a light DOM, the pruned page's whole text when it finds nothing. */
function readabilityText(html: string): { text: string; title: string | null } {
  const document = parsePage(stripNonContent(html));
  prunePage(document);
  let text = '';
  let title: string | null = null;
  try {
    // The serializer hands back the content node itself, so we render it once, our way.
    const reader = new Readability<MiniElement>(document as unknown as Document, { serializer: (node) => node as unknown as MiniElement });
    const article = reader.parse();
    if (article?.content) text = domToText(article.content, { skip: isLinkList });
    title = article?.title?.trim() || null;
  } catch {
    // Readability throws on some degenerate documents; handled as "found nothing" below.
  }
  if (!text) text = domToText(document.body);
  return { text, title };
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
