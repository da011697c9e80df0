/**
 * Page pruning before Readability: elements that are never article body whatever their
 * neighbourhood (captions and credits, share bars, newsletter boxes, "related" and
 * "most read" lists, comment threads, bylines and timestamps), recognised by tag and by
 * class/id words as trafilatura and jusText do. Readability scores whole containers and
 * keeps these when they sit inside the article's container; the benchmark shows that is
 * where most of its precision goes.
 */

import type { MiniDocument, MiniElement } from './dom.js';

/**
 * A block holding more than this share of the page's text is a wrapper, not a widget: sites
 * put words like "content-meta" or "has-comments" on the container of the whole article.
 */
export const MAX_SHARE = 0.1;

/** Tags whose content is not body text in a news page. */
const TAGS = new Set(['FIGCAPTION', 'ASIDE', 'NAV', 'FOOTER', 'FORM', 'NOSCRIPT', 'IFRAME', 'BUTTON', 'SELECT', 'DIALOG']);

/**
 * Whole words (split on -, _ and case changes) in a class or id that mark non-body blocks.
 * Words only, never substrings: "share" must not hit "shareholders", "related" not "unrelated".
 * WIDGET words name a block that is never body; LABEL words (byline, meta...) also occur in
 * names of regions that hold the headline and lead ("headline_region article_headline_byline"),
 * so they only count on a short element. "paywall" is deliberately absent: paywall
 * containers hold the article itself.
 */
const WIDGET_WORDS = new Set([
  'caption', 'captions', 'credit', 'credits', 'share', 'sharing', 'social', 'sharebar', 'newsletter', 'newsletters',
  'signup', 'subscribe', 'subscription', 'related', 'recommended', 'recirculation', 'recirc', 'promo', 'promotion',
  'outbrain', 'taboola', 'comments', 'comment', 'disqus', 'breadcrumb', 'breadcrumbs', 'sidebar', 'advert',
  'advertisement', 'ad', 'ads', 'sponsored', 'popular', 'trending', 'mostread', 'toolbar', 'cookie', 'cookies',
]);
const LABEL_WORDS = new Set(['byline', 'bylines', 'dateline', 'timestamp', 'author', 'authors', 'meta', 'tags']);
export const LABEL_MAX_CHARS = 200;

/** One regex per word list: a listed word between non-letters (one test instead of splitting every name). */
const wholeWords = (list: Set<string>): RegExp => new RegExp(`(?:^|[^a-z])(?:${[...list].join('|')})(?![a-z])`);
const WIDGET_RE = wholeWords(WIDGET_WORDS);
const LABEL_RE = wholeWords(LABEL_WORDS);

const KEPT = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
/** The same lists in lower case, for the streaming reader (html/features.ts). */
export const NEVER_PRUNED = new Set([...KEPT].map((t) => t.toLowerCase()));
const TAGS_LOWER = new Set([...TAGS].map((t) => t.toLowerCase()));
export const isPrunedTag = (tag: string): boolean => TAGS_LOWER.has(tag);

/** Whether an element is still in the document (an ancestor may have been removed already). */
function attached(el: MiniElement, document: MiniDocument): boolean {
  let node: MiniElement | null = el;
  while (node.parentNode && node !== document.documentElement) node = node.parentNode;
  return node === document.documentElement;
}

/** Which word lists a class/id string hits; class strings repeat a lot within a page ("menu-item"). */
export interface Verdict {
  widget: boolean;
  label: boolean;
}

export function pruneVerdict(names: string, seen: Map<string, Verdict>): Verdict {
  let v = seen.get(names);
  if (!v) {
    // Words split on -, _, digits and case changes ("shareBar" is "share bar").
    const lower = names.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    v = { widget: WIDGET_RE.test(lower), label: LABEL_RE.test(lower) };
    seen.set(names, v);
  }
  return v;
}

/**
 * Remove non-body elements in place. Never touches <body>, <html>, <main> or <article>.
 * Two passes: tags first, then class/id words on what the first pass left.
 */
export function prunePage(document: MiniDocument): void {
  const pageLength = (document.body.textContent ?? '').length || 1;
  const small = (el: MiniElement): boolean => (el.textContent ?? '').length <= MAX_SHARE * pageLength;
  const all = document.getElementsByTagName('*');
  for (const el of all) if (TAGS.has(el.tagName) && el.parentNode && small(el)) el.remove();
  const seen = new Map<string, Verdict>();
  for (const el of all) {
    if (KEPT.has(el.tagName) || !el.parentNode) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (names.length < 2) continue;
    const { widget, label } = pruneVerdict(names, seen);
    if (!widget && !label) continue;
    if (!attached(el, document)) continue;
    if ((widget && small(el)) || (label && (el.textContent ?? '').length <= LABEL_MAX_CHARS)) el.remove();
  }
}
