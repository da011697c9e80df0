/**
 * Building DOM without HTML strings: every text goes in through textContent / text nodes, so
 * article text (untrusted) can never become markup or script.
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'href' && typeof v === 'string' && !/^(#|\/|https?:)/i.test(v)) continue; // no javascript: links
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A link only when the URL is http(s): stored URLs come from articles and feeds. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Text with \u0002..\u0003 match markers (search snippets) as text nodes and <mark>s. */
export function markedText(snippet: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const re = /\u0002([^\u0003]*)\u0003/g;
  let last = 0;
  for (const m of snippet.matchAll(re)) {
    frag.append(document.createTextNode(snippet.slice(last, m.index)), h('mark', {}, m[1]));
    last = m.index! + m[0].length;
  }
  frag.append(document.createTextNode(snippet.slice(last).replace(/[\u0002\u0003]/g, '')));
  return frag;
}
