/**
 * Page pruning before Readability: elements that are never article body whatever their
 * neighbourhood (captions and credits, share bars, newsletter boxes, "related" and
 * "most read" lists, comment threads, bylines and timestamps), recognised by tag and by
 * class/id words as trafilatura and jusText do. Readability scores whole containers and
 * keeps these when they sit inside the article's container; the benchmark shows that is
 * where most of its precision goes.
 */

interface PrunableElement {
  tagName: string;
  textContent: string | null;
  className?: unknown;
  id?: string;
  getAttribute(name: string): string | null;
  remove(): void;
}

interface PrunableDocument {
  querySelectorAll(selector: string): ArrayLike<PrunableElement>;
  body: { textContent: string | null } | null;
}

/**
 * A block holding more than this share of the page's text is a wrapper, not a widget: sites
 * put words like "content-meta" or "has-comments" on the container of the whole article.
 */
const MAX_SHARE = 0.1;

/** Tags whose content is not body text in a news page. */
const TAGS = ['figcaption', 'aside', 'nav', 'footer', 'form', 'noscript', 'iframe', 'button', 'select', 'dialog'];

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
const LABEL_MAX_CHARS = 200;

function words(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

const classOf = (el: PrunableElement): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/** Remove non-body elements in place. Never touches <body>, <html>, <main> or <article>. */
export function prunePage(document: PrunableDocument): void {
  const pageLength = (document.body?.textContent ?? '').length || 1;
  const small = (el: PrunableElement): boolean => (el.textContent ?? '').length <= MAX_SHARE * pageLength;
  for (const el of Array.from(document.querySelectorAll(TAGS.join(',')))) if (small(el)) el.remove();
  for (const el of Array.from(document.querySelectorAll('[class],[id]'))) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') continue;
    const ws = words(classOf(el));
    const widget = ws.some((w) => WIDGET_WORDS.has(w)) && small(el);
    const label = ws.some((w) => LABEL_WORDS.has(w)) && (el.textContent ?? '').length <= LABEL_MAX_CHARS;
    if (widget || label) el.remove();
  }
}
