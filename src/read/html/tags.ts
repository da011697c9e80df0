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
