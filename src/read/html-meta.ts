/**
 * Page metadata: title, outlet, publication date and URL from meta tags, JSON-LD
 * (NewsArticle and friends), <time datetime> and the canonical link. The first source
 * in each list that gives a usable value wins; the lists run from the most specific
 * (article:published_time, JSON-LD datePublished) to the most generic (<time>). The facts
 * come from the reader's single streaming pass over the page (html/scan.ts).
 */
import { normaliseDate } from './dates.js';
import type { MetaFacts } from './html/scan.js';

export interface PageMetadata {
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
}

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dcterms.created', 'dc.date.created', 'sailthru.date', 'parsely-pub-date', 'article.published',
  'original-publish-date', 'cxenseparse:recs:publishtime',
];
const OUTLET_META = ['og:site_name', 'publisher', 'dc.publisher', 'dcterms.publisher'];
/** Weaker outlet hints, used after JSON-LD's publisher: app names and @handles are often not the outlet's name. */
const OUTLET_FALLBACK_META = ['application-name', 'twitter:site'];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'headline'];
const URL_META = ['og:url', 'twitter:url'];

/** All <meta> values keyed by lower-cased property/name/itemprop (first occurrence kept). */
function metaValues(facts: MetaFacts): Map<string, string> {
  const values = new Map<string, string>();
  for (const { key, content } of facts.metas) if (!values.has(key)) values.set(key, content);
  return values;
}

const first = (values: Map<string, string>, keys: string[]): string | null => {
  for (const k of keys) if (values.get(k)) return values.get(k)!;
  return null;
};

/** JSON-LD objects of article types, flattening @graph and arrays; bad JSON is skipped. */
function jsonLdArticles(facts: MetaFacts): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(visit);
    if (!o || typeof o !== 'object') return;
    const rec = o as Record<string, unknown>;
    if (rec['@graph']) visit(rec['@graph']);
    const types = ([] as unknown[]).concat(rec['@type'] ?? []).map(String);
    if (types.some((t) => /Article|BlogPosting|Report|WebPage/i.test(t))) found.push(rec);
  };
  for (const json of facts.ldJson) {
    try {
      visit(JSON.parse(json));
    } catch {
      // Pages often carry broken JSON-LD; the other sources still apply.
    }
  }
  // Prefer real articles over generic WebPage blocks.
  return found.sort((a, b) => Number(/WebPage/i.test(String(a['@type']))) - Number(/WebPage/i.test(String(b['@type']))));
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const nameOf = (v: unknown): string | null =>
  str(v) ?? (v && typeof v === 'object' ? str((Array.isArray(v) ? v[0] : (v as Record<string, unknown>))?.name) : null);

function timeElementDate(facts: MetaFacts): string | null {
  for (const datetime of facts.times) {
    const d = normaliseDate(datetime);
    if (d) return d;
  }
  return null;
}

/** "Headline | Outlet" and "Headline - Outlet": the outlet part goes when we know the outlet. */
function cleanTitle(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  let t = title.replace(/\s+/g, ' ').trim();
  if (outlet) t = withoutLeadingOutlet(withoutTrailingOutlet(t, outlet), outlet);
  return t || null;
}

// String tests, not a RegExp built from the outlet's name for every page.
const SEPARATOR_AT_END = /\s+[|\-–—:·]\s+$/;
const SEPARATOR_AT_START = /^\s+[|\-–—:·]\s+/;
const sameText = (a: string, b: string): boolean => a.length === b.length && a.toLowerCase() === b.toLowerCase();

function withoutTrailingOutlet(t: string, outlet: string): string {
  if (t.length <= outlet.length || !sameText(t.slice(t.length - outlet.length), outlet)) return t;
  const head = t.slice(0, t.length - outlet.length);
  const m = SEPARATOR_AT_END.exec(head);
  return m ? head.slice(0, m.index) : t;
}

function withoutLeadingOutlet(t: string, outlet: string): string {
  if (t.length <= outlet.length || !sameText(t.slice(0, outlet.length), outlet)) return t;
  const tail = t.slice(outlet.length);
  const m = SEPARATOR_AT_START.exec(tail);
  return m ? tail.slice(m[0].length) : t;
}

export function pageMetadata(facts: MetaFacts): PageMetadata {
  const meta = metaValues(facts);
  const ld = jsonLdArticles(facts);
  const fromLd = (pick: (o: Record<string, unknown>) => string | null): string | null => {
    for (const o of ld) if (pick(o)) return pick(o);
    return null;
  };
  const outlet = first(meta, OUTLET_META) ?? fromLd((o) => nameOf(o.publisher)) ?? first(meta, OUTLET_FALLBACK_META);
  const publishedRaw = [first(meta, PUBLISHED_META), fromLd((o) => str(o.datePublished) ?? str(o.dateCreated))];
  const published = publishedRaw.map((d) => (d ? normaliseDate(d) : null)).find(Boolean) ?? timeElementDate(facts);
  const canonical = facts.canonical[0]?.trim() || null;
  const url = [canonical, first(meta, URL_META), fromLd((o) => str(o.url))].find((u) => u && /^https?:\/\//i.test(u)) ?? null;
  const title = cleanTitle(
    first(meta, TITLE_META) ?? fromLd((o) => str(o.headline)) ?? facts.title,
    outlet,
  );
  return { title, url, outlet: outlet?.replace(/^@/, '') ?? null, published };
}
