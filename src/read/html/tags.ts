/**
 * The HTML tag tables the streaming scanner (scan.ts) needs: which tags end a paragraph,
 * which never hold text, which hold raw text, and the implied end tags htmlparser2 (and,
 * for these cases, a browser) applies, so the element tree matches the one the DOM path built.
 */

/** Tags that start and end a paragraph in the rendered text (html-text.ts's BLOCK, lower case). */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'th',
  'thead', 'tr', 'ul',
]);

/** Elements whose text is never rendered (html-text.ts's SKIP, for those that are not raw text). */
export const SKIP_TEXT = new Set(['button', 'select', 'option']);

/**
 * Raw-text elements whose content the scanner jumps over to their end tag (the tokenizer's
 * rule: the first matching end tag ends them whatever is inside). Scripts are kept only as
 * JSON-LD; <title> is read for metadata.
 */
export const RAW = new Set(['script', 'style', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template', 'title']);

/** Elements that have no end tag. */
export const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DDT = new Set(['dd', 'dt']);
const RTP = new Set(['rt', 'rp']);
const TABLE_SECTION = new Set(['thead', 'tbody']);

/** htmlparser2's openImpliesClose: opening the key closes the current element when it is one of these. */
export const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DDT],
  ['dt', DDT],
  ['rt', RTP],
  ['rp', RTP],
  ['tbody', TABLE_SECTION],
  ['tfoot', TABLE_SECTION],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM] as [string, Set<string>]),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
    'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section',
    'table', 'ul',
  ].map((t) => [t, P] as [string, Set<string>]),
]);

/** Everything the scanner asks about one tag, found with one look-up. */
export interface TagInfo {
  /** Lower-case name. */
  name: string;
  /** Small integer for per-scan counters (known tags only; -1 for others). */
  id: number;
  block: boolean;
  void: boolean;
  raw: boolean;
  skipText: boolean;
  /** Carries metadata attributes (meta, link, time). */
  meta: boolean;
  implies: Set<string> | null;
}

const META = new Set(['meta', 'link', 'time']);
const KNOWN = [...new Set([...BLOCK, ...SKIP_TEXT, ...RAW, ...VOID, ...META, ...IMPLIES_CLOSE.keys(),
  'a', 'span', 'b', 'i', 'em', 'strong', 'img', 'html', 'head', 'body', 'svg', 'small', 'sup', 'sub', 'u', 'label', 'picture', 'video', 'audio', 'iframe'])];
export const KNOWN_TAGS = KNOWN.length;

function makeInfo(name: string, id: number): TagInfo {
  return {
    name, id, block: BLOCK.has(name), void: VOID.has(name), raw: RAW.has(name), skipText: SKIP_TEXT.has(name),
    meta: META.has(name), implies: IMPLIES_CLOSE.get(name) ?? null,
  };
}

const INFO = new Map<string, TagInfo>(KNOWN.map((name, id) => [name, makeInfo(name, id)]));
// Upper-case spellings of known tags resolve without lower-casing each time.
for (const name of KNOWN) INFO.set(name.toUpperCase(), INFO.get(name)!);

/** Info for a tag name as written; unknown tags (custom elements) get a fresh record, not cached (pages could add without bound). */
export function tagInfo(written: string): TagInfo {
  return INFO.get(written) ?? INFO.get(written.toLowerCase()) ?? makeInfo(written.toLowerCase(), -1);
}
