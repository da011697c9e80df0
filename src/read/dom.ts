/**
 * A light DOM for Readability, built by htmlparser2's tokenizer.
 *
 * Why not linkedom: on the benchmark's 170 KB news pages linkedom spends ~15 ms building a
 * page (every node and every attribute is an EventTarget with its own WeakMap entry) and
 * Readability's many childNodes/getElementsByTagName calls are slow on it; Readability on
 * linkedom is ~30 ms a page. Readability ships its own minimal DOM (JSDOMParser.js, the one
 * Firefox's reader view runs on and Readability's tests use), fast because it is plain
 * arrays; only its parser is too naive for real pages (it gives up on unquoted attributes,
 * scripts and unclosed tags). So the nodes are JSDOMParser's and the parsing is
 * htmlparser2's (the tokenizer linkedom itself uses, with its implied-end-tag rules).
 *
 * JSDOMParser's node classes are not exported; their prototypes are taken from one tiny
 * document it parses at load time, and new nodes come from its createElement/createTextNode.
 */
import { createRequire } from 'node:module';
import { Parser } from 'htmlparser2';

export interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string;
  parentNode: MiniElement | null;
  childNodes: MiniNode[];
  remove(): void;
}

export interface MiniElement extends MiniNode {
  tagName: string;
  localName: string;
  children: MiniElement[];
  innerHTML: string;
  getAttribute(name: string): string | undefined;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  getElementsByTagName(tag: string): MiniElement[];
  appendChild(node: MiniNode): void;
}

export interface MiniDocument {
  documentElement: MiniElement;
  head: MiniElement;
  body: MiniElement;
  title: string;
  childNodes: MiniNode[];
  children: MiniElement[];
  getElementsByTagName(tag: string): MiniElement[];
  createElement(tag: string): MiniElement;
  createTextNode(text: string): MiniNode;
  appendChild(node: MiniNode): void;
}

const require = createRequire(import.meta.url);

/** JSDOMParser's Document prototype, taken once from a document it parses itself. */
let documentProto: object | null = null;
function newDocument(): MiniDocument {
  if (!documentProto) {
    const JSDOMParser = require('@mozilla/readability/JSDOMParser.js');
    documentProto = Object.getPrototypeOf(new JSDOMParser().parse('<html><head></head><body></body></html>'));
  }
  const doc = Object.create(documentProto!) as MiniDocument & Record<string, unknown>;
  // The fields JSDOMParser's Document constructor sets.
  Object.assign(doc, { documentURI: undefined, styleSheets: [], childNodes: [], children: [] });
  return doc;
}

/**
 * Deepest element nesting kept; deeper elements become children of the element at this depth,
 * as browsers do (Blink flattens past 512). Readability's cost grows with the cube of the
 * depth (each level re-reads the text of the levels below it): 1,000 nested <div>s took 40 s.
 * Real pages stay far below (the benchmark's deepest page: 51).
 */
const MAX_DEPTH = 128;

/** Elements that may stay in <head>; anything else seen there starts the body, as in a browser. */
const HEAD_TAGS = new Set(['meta', 'title', 'link', 'base', 'style', 'script', 'noscript', 'template']);

/**
 * Builds nodes under `root` from htmlparser2's events. The stack mirrors htmlparser2's own
 * open-element stack one to one (it emits a close, explicit or implied, for every open),
 * so each close pops exactly one entry. For a whole page, <html>, <head> and <body> are the
 * document's own three elements whatever the markup says, and stray content is routed as
 * a browser would: head-only tags before the body into <head>, everything else into <body>.
 */
function build(doc: MiniDocument, root: MiniElement, html: string, page: boolean): void {
  const stack: MiniElement[] = [root];
  const top = (): MiniElement => stack[stack.length - 1]!;
  let bodyStarted = false;
  /**
   * Where a new element goes (tag) or a text (null). Past MAX_DEPTH the stack still mirrors
   * the parser's, but new elements become siblings at that depth; text stays in its element.
   */
  const parentFor = (tag: string | null): MiniElement => {
    const t = tag === null ? top() : stack[Math.min(stack.length, MAX_DEPTH) - 1]!;
    if (!page || (t !== doc.documentElement && t !== doc.head)) return t;
    if (tag !== null && !bodyStarted && HEAD_TAGS.has(tag)) return doc.head;
    bodyStarted = true;
    return doc.body;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        let el: MiniElement;
        if (page && (name === 'html' || name === 'head' || name === 'body')) {
          el = name === 'html' ? doc.documentElement : name === 'head' ? doc.head : doc.body;
          if (name === 'body') bodyStarted = true;
        } else {
          el = doc.createElement(name);
          parentFor(name).appendChild(el);
        }
        for (const key in attribs) if (!el.hasAttribute(key)) el.setAttribute(key, attribs[key]!);
        stack.push(el);
      },
      ontext(text) {
        const t = top();
        if (page && (t === doc.documentElement || t === doc.head) && !text.trim()) return;
        const parent = parentFor(null);
        const last = parent.childNodes[parent.childNodes.length - 1];
        // htmlparser2 emits a text run in pieces (around entities): one node, as a browser has.
        if (last && last.nodeType === 3) last.textContent += text;
        else parent.appendChild(doc.createTextNode(text));
      },
      onclosetag(name) {
        // The first <title> is the page's (JSDOMParser's rule); SVG titles are stripped before.
        if (name === 'title' && page && !doc.title) doc.title = top().textContent.trim();
        if (stack.length > 1) stack.pop();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
}

/**
 * Readability re-parses the body from its own serialisation when its first pass finds too
 * little text; JSDOMParser's parser would choke on that, so the body's innerHTML setter is
 * this module's parser too.
 */
function reparseOnSet(doc: MiniDocument, element: MiniElement): void {
  const proto = Object.getPrototypeOf(element) as object;
  const getter = Object.getOwnPropertyDescriptor(proto, 'innerHTML')!.get!;
  Object.defineProperty(element, 'innerHTML', {
    get: getter,
    set(this: MiniElement, html: string) {
      for (const child of this.childNodes) child.parentNode = null;
      this.childNodes = [];
      this.children = [];
      build(doc, this, html, false);
    },
  });
}

/** A whole page: the document always has <html>, <head> and <body>. */
export function parsePage(html: string): MiniDocument {
  const doc = newDocument();
  const root = doc.createElement('html');
  doc.appendChild(root);
  doc.documentElement = root;
  doc.head = doc.createElement('head');
  doc.body = doc.createElement('body');
  root.appendChild(doc.head);
  root.appendChild(doc.body);
  reparseOnSet(doc, doc.body);
  build(doc, root, html, true);
  return doc;
}

/** A fragment (a feed item's HTML) parsed into a <body>. */
export function parseFragment(html: string): MiniElement {
  const doc = newDocument();
  const body = doc.createElement('body');
  build(doc, body, html, false);
  return body;
}
