/**
 * DOM to plain text with paragraphs: each block element (p, h1, li, blockquote...) becomes
 * its own paragraph, separated by one blank line; <br> becomes a line break; runs of
 * whitespace collapse to one space as a browser renders them. textContent alone would
 * glue paragraphs together, and every later stage needs the paragraph structure.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL',
]);

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'OPTION']);

/** The DOM surface the renderer reads (dom.ts's nodes; a browser's or linkedom's would do too). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The rendered text of `root`, paragraphs separated by "\n\n", lines within one by "\n". */
export function domToText<N extends DomNode>(root: N, options: { skip?: (element: N) => boolean } = {}): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: N): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || options.skip?.(node)) return;
    if (name === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as N);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}
