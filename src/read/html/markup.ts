/**
 * Reading the inside of a tag and jumping over raw text, for the streaming scan (scan.ts):
 * attribute values without a DOM, the hidden-element test, and where a raw-text element or
 * an (possibly nested) <svg> ends. Plain string searches where a regex per tag cost too much.
 */
import { decodeHTMLAttribute } from 'entities';

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Whether an element may be hidden (its attributes are parsed only then): "hidden" covers the
 * hidden attribute, aria-hidden and visibility:hidden; "none" only matters in a style. Plain
 * searches, lower case only: a case-blind regex here was a tenth of the scan.
 */
export const mayBeHidden = (raw: string): boolean => raw.includes('hidden') || (raw.includes('none') && raw.includes('style'));

/**
 * Class names that by common convention (Bootstrap, WordPress, Tailwind) hide an element or
 * keep it for screen readers only: a page rendered for a reader never shows their text
 * ("Share on Reddit" link labels, schema.org data kept in a hidden span). Whole class tokens
 * only: "hidden-xs" hides on phones alone.
 */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|is-hidden|d-none|visually-hidden|sr-only|screen-reader-text)(?=\s|$)/;
export const hiddenByClass = (cls: string): boolean =>
  cls !== '' && (cls.includes('hid') || cls.includes('none') || cls.includes('sr-') || cls.includes('screen-reader')) && HIDDEN_CLASS.test(cls);

const SVG_TAG = /<(\/?)svg(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>?/gi;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

const endTags = new Map<string, RegExp>();

/** Index just past the end tag of the raw-text element whose content starts at `from` (or the end of the page). */
export function rawEnd(html: string, tag: string, from: number): { contentEnd: number; next: number } {
  let re = endTags.get(tag);
  if (!re) endTags.set(tag, (re = new RegExp(`</${tag}(?=[\\s/>])[^>]*>?`, 'gi')));
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? { contentEnd: m.index, next: m.index + m[0].length } : { contentEnd: html.length, next: html.length };
}

/** SVG can nest (an icon inside a sprite): count depth to find the outer end. */
export function svgEnd(html: string, from: number): number {
  SVG_TAG.lastIndex = from;
  let depth = 0;
  for (let m = SVG_TAG.exec(html); m; m = SVG_TAG.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth <= 0) return m.index + m[0].length;
  }
  return html.length;
}


/** Attributes of one tag, names lower-cased; values decoded only when asked for (getter). */
export function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(raw); m; m = ATTR.exec(raw)) {
    const name = m[1]!.toLowerCase();
    if (!out.has(name)) out.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** The class and id attributes (the first of each, as in a DOM). */
export function classAndId(raw: string): { cls: string; id: string } {
  return { cls: attributeValue(raw, 'class'), id: attributeValue(raw, 'id') };
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * The value of one lower-case attribute in a tag's attribute text, '' when absent: a search
 * for the name at a word start, then the HTML value forms (quoted or not). A regex over every
 * tag's attributes cost a tenth of the scan; this is a few indexOf calls.
 */
function attributeValue(raw: string, name: string): string {
  for (let at = raw.indexOf(name); at !== -1; at = raw.indexOf(name, at + 1)) {
    if (at > 0 && !isSpace(raw.charCodeAt(at - 1))) continue;
    let i = at + name.length;
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    if (raw.charCodeAt(i) !== 61 /* = */) continue;
    i++;
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    const quote = raw.charCodeAt(i);
    if (quote === 34 || quote === 39) {
      const end = raw.indexOf(quote === 34 ? '"' : "'", i + 1);
      return (end === -1 ? raw.slice(i + 1) : raw.slice(i + 1, end)).trim();
    }
    let end = i;
    while (end < raw.length && !isSpace(raw.charCodeAt(end)) && raw.charCodeAt(end) !== 62) end++;
    return raw.slice(i, end);
  }
  return '';
}


export const attr = (a: Map<string, string>, name: string): string | null => {
  const v = a.get(name);
  return v === undefined ? null : v.includes('&') ? decodeHTMLAttribute(v) : v;
};


export function isHidden(a: Map<string, string>): boolean {
  if (a.has('hidden')) return true;
  const style = a.get('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  // Readability's exception: lazy-image fallbacks are marked aria-hidden but shown.
  return a.get('aria-hidden') === 'true' && !(a.get('class') ?? '').includes('fallback-image');
}
