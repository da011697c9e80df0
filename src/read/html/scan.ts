/**
 * One streaming pass over an HTML page, no DOM: a regex walks the tags, an open-element stack
 * gives each element its parent (with htmlparser2's implied end tags), and the text between
 * tags is gathered into paragraph-sized runs the way html-text.ts renders a DOM (a block tag
 * ends a run, <br> is a line break, whitespace collapses). What comes out is a flat,
 * pre-order element table with per-subtree text and link counts, the text runs with the
 * element they sit in, and the page's metadata facts — everything content.ts needs to pick
 * the body, at about a tenth of the cost of building a DOM for Readability.
 *
 * Scripts, styles, SVG, templates, noscript and iframes are jumped over (their end tag found
 * by one search), as html-strip.ts cuts them for the DOM path; JSON-LD and <title> are read.
 */
import { decodeHTML } from 'entities';
import { attr, attributes, classAndId, hiddenByClass, isHidden, mayBeHidden, rawEnd, svgEnd } from './markup.js';
import { KNOWN_TAGS, tagInfo, type TagInfo } from './tags.js';

export interface ScanElement {
  tag: string;
  /** Index of the parent element, -1 at the top. */
  parent: number;
  /** The class and id attributes, as written, joined by a space (both kept apart too: Readability weighs each). */
  names: string;
  cls: string;
  id: string;
  /** Index of the last element inside this one (pre-order), so "inside" is a range test. */
  end: number;
  /** Rendered characters and characters inside links, over the whole subtree. */
  chars: number;
  linkChars: number;
  commas: number;
  /** Text under it is never rendered: hidden, display:none, aria-hidden, or a form control. */
  silent: boolean;
  /** An inline element whose text runs were split off (see SoftSplit). */
  soft: boolean;
}

export interface TextRun {
  /** The innermost open element when the run ended. */
  owner: number;
  /** One paragraph as html-text.ts renders it: lines joined by "\n", spaces collapsed. */
  text: string;
  linkChars: number;
  /** Ended by an element that may be pruned inline (a byline span): glued back when both sides stay. */
  softStart: boolean;
  softEnd: boolean;
  /** Whether the raw text began / ended with white space (to glue soft-split runs faithfully). */
  spaceBefore: boolean;
  spaceAfter: boolean;
}

export interface MetaFacts {
  /** Every <meta>: its property/name/itemprop key (lower case) and content, in page order. */
  metas: Array<{ key: string; content: string }>;
  ldJson: string[];
  /** <time datetime> values in page order. */
  times: string[];
  /** The href of each <link rel=canonical>, in page order. */
  canonical: string[];
  title: string | null;
}

export interface PageScan {
  elements: ScanElement[];
  runs: TextRun[];
  meta: MetaFacts;
}

/**
 * A start tag, end tag, comment, doctype or processing instruction. Quoted values may hold '>'
 * and '<'; outside quotes a '<' ends the attempt (it is then text). That costs fidelity only on
 * the rare unquoted '<' in an attribute and keeps the scan linear: were '<' allowed, a page of
 * "<a<a<a..." with no '>' would make every '<' scan to the end of the page.
 */
const TAG = /<(?:(\/?)([a-zA-Z][^\s/<>]*)([^<>"']*(?:(?:"[^"]*"|'[^']*')[^<>"']*)*)>|!--|[!?][^<>]*>)/g;
const NON_SPACE = /[^\s\u2028]/;
const NO_NAMES = { cls: '', id: '' };

/** Class/id words that may mark an inline widget (a byline span inside a paragraph): their runs are split off. */
export type SoftSplit = (tag: string, names: string) => boolean;

class Scanner {
  readonly elements: ScanElement[] = [];
  readonly runs: TextRun[] = [];
  readonly meta: MetaFacts = { metas: [], ldJson: [], times: [], canonical: [], title: null };
  private readonly stack: number[] = [];
  /** The tag info of each open element (parallel to stack). */
  private readonly stackInfo: TagInfo[] = [];
  /**
   * How many elements of each tag are open: a stray end tag is then known without a stack
   * search. Known tags count in an array, custom elements in a map.
   */
  private readonly openKnown = new Int32Array(KNOWN_TAGS);
  private readonly openOther = new Map<string, number>();
  private silentDepth = 0;
  private linkDepth = 0;
  private text = '';
  /** Whether `text` holds a <br> (U+2028). */
  private hasBreak = false;
  /** Whether `text` holds anything but white space (most runs between block tags do not). */
  private hasContent = false;
  private linkText = '';
  private softStart = false;

  constructor(private readonly softSplit: SoftSplit) {}

  private top(): number {
    return this.stack.length ? this.stack[this.stack.length - 1]! : -1;
  }

  /** Whether text here is rendered (not inside a hidden element or a form control). */
  rendersText(): boolean {
    return this.silentDepth === 0;
  }

  addText(raw: string): void {
    if (this.silentDepth > 0 || !raw) return;
    const t = raw.includes('&') ? decodeHTML(raw) : raw;
    this.text += t;
    if (!this.hasContent && NON_SPACE.test(t)) this.hasContent = true;
    if (this.linkDepth > 0) this.linkText += t;
  }

  /** Ends the current run (a paragraph boundary); `soft` when an inline widget candidate caused it. */
  flush(soft: boolean): void {
    const raw = this.text;
    const startSoft = this.softStart;
    this.softStart = soft;
    if (!raw) return;
    this.text = '';
    const hasBreak = this.hasBreak;
    this.hasBreak = false;
    const link = this.linkText;
    this.linkText = '';
    if (!this.hasContent) return;
    this.hasContent = false;
    const text = hasBreak ? withBreaks(raw) : raw.replace(WHITE, ' ').trim();
    if (!text) return;
    const owner = this.top();
    const linkChars = link ? link.replace(WHITE, ' ').trim().length : 0;
    this.runs.push({
      owner, text, linkChars, softStart: startSoft, softEnd: soft,
      spaceBefore: /^\s/.test(raw), spaceAfter: /\s$/.test(raw),
    });
    if (owner >= 0) {
      const el = this.elements[owner]!;
      el.chars += text.length;
      el.linkChars += linkChars;
      el.commas += countCommas(text);
    }
  }

  private countOpen(info: TagInfo, delta: number): void {
    if (info.id >= 0) this.openKnown[info.id]! += delta;
    else this.openOther.set(info.name, (this.openOther.get(info.name) ?? 0) + delta);
  }

  open(info: TagInfo, rawAttrs: string): void {
    const tag = info.name;
    const implied = info.implies;
    while (implied && this.stack.length && implied.has(this.stackInfo[this.stackInfo.length - 1]!.name)) this.closeTop();
    const { cls, id } = rawAttrs.length > 2 && (rawAttrs.includes('class') || rawAttrs.includes('id')) ? classAndId(rawAttrs) : NO_NAMES;
    const names = cls && id ? `${cls} ${id}` : cls || id;
    const block = info.block;
    const soft = !block && names !== '' && this.softSplit(tag, names);
    // Inside an element whose text is not rendered (a <button>), nothing ends a run: the DOM renderer skips it whole.
    if ((block || soft) && this.silentDepth === 0) this.flush(soft);
    if (info.meta) this.readMeta(tag, attributes(rawAttrs));
    const silent = info.skipText || hiddenByClass(cls) || (mayBeHidden(rawAttrs) && isHidden(attributes(rawAttrs)));
    const index = this.elements.length;
    this.elements.push({ tag, parent: this.top(), names, cls, id, end: index, chars: 0, linkChars: 0, commas: 0, silent, soft });
    if (tag === 'br') {
      // U+2028 marks the line break inside the run; flush turns a white-space run holding one into "\n".
      if (this.silentDepth === 0) {
        this.text += '\u2028';
        this.hasBreak = true;
      }
      return;
    }
    if (info.void) return;
    this.stack.push(index);
    this.stackInfo.push(info);
    this.countOpen(info, 1);
    if (silent) this.silentDepth++;
    if (tag === 'a') this.linkDepth++;
  }

  close(info: TagInfo): void {
    const at = this.findOpen(info);
    if (at === -1) {
      // htmlparser2's (and a browser's) rules for two stray end tags: </br> is a <br>, </p> an empty <p>.
      if (info.name === 'br') this.open(info, '');
      else if (info.name === 'p') {
        this.open(info, '');
        this.closeTop();
      }
      return;
    }
    while (this.stack.length > at) this.closeTop();
  }

  /** Position in the stack of the innermost open element of this tag, -1 when none (a stray end tag, ignored). */
  private findOpen(info: TagInfo): number {
    if (info.id >= 0 ? !this.openKnown[info.id] : !this.openOther.get(info.name)) return -1;
    for (let i = this.stackInfo.length - 1; i >= 0; i--) if (this.stackInfo[i]!.name === info.name) return i;
    return -1;
  }

  private closeTop(): void {
    const index = this.stack[this.stack.length - 1]!;
    const info = this.stackInfo[this.stackInfo.length - 1]!;
    const el = this.elements[index]!;
    if ((info.block || el.soft) && this.silentDepth === 0) this.flush(el.soft);
    this.stack.pop();
    this.stackInfo.pop();
    this.countOpen(info, -1);
    el.end = this.elements.length - 1;
    if (el.silent) this.silentDepth--;
    if (el.tag === 'a') this.linkDepth--;
    if (el.parent >= 0) {
      const p = this.elements[el.parent]!;
      p.chars += el.chars;
      p.linkChars += el.linkChars;
      p.commas += el.commas;
    }
  }

  finish(): void {
    this.flush(false);
    while (this.stack.length) this.closeTop();
  }

  private readMeta(tag: string, a: Map<string, string>): void {
    if (tag === 'meta') {
      const key = (attr(a, 'property') ?? attr(a, 'name') ?? attr(a, 'itemprop') ?? '').trim().toLowerCase();
      const content = (attr(a, 'content') ?? '').trim();
      if (key && content) this.meta.metas.push({ key, content });
    } else if (tag === 'link' && attr(a, 'rel') === 'canonical') {
      const href = attr(a, 'href');
      if (href !== null) this.meta.canonical.push(href);
    } else if (tag === 'time') {
      const datetime = attr(a, 'datetime');
      if (datetime !== null) this.meta.times.push(datetime);
    }
  }
}

const WHITE = /\s+/g;

/** A run holding <br>s: each white-space run with a break becomes one "\n", blank lines go. */
function withBreaks(raw: string): string {
  return raw
    .replace(WHITE, (ws) => (ws.includes('\u2028') ? '\n' : ' '))
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

function countCommas(text: string): number {
  let n = 0;
  for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', i + 1)) n++;
  return n;
}

/** Scan a page (or a fragment) in one pass. */
export function scanHtml(html: string, softSplit: SoftSplit = () => false): PageScan {
  const s = new Scanner(softSplit);
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m.index > at && s.rendersText()) s.addText(html.slice(at, m.index));
    at = m.index + m[0].length;
    const name = m[2];
    if (name === undefined) {
      // A comment runs to the first "-->" (or the end); doctypes and <?...> are skipped whole.
      if (m[0] === '<!--') {
        const close = html.indexOf('-->', at);
        at = close === -1 ? html.length : close + 3;
      }
    } else {
      const info = tagInfo(name);
      if (m[1]) s.close(info);
      else if (info.name === 'svg') at = m[0].endsWith('/>') ? at : svgEnd(html, m.index);
      else if (info.raw) at = readRaw(s, html, info.name, m[3]!, at);
      else s.open(info, m[3]!);
    }
    TAG.lastIndex = at;
  }
  if (at < html.length) s.addText(html.slice(at));
  s.finish();
  return { elements: s.elements, runs: s.runs, meta: s.meta };
}

/** A raw-text element: JSON-LD and the first <title> are kept as metadata, the rest jumped over. */
function readRaw(s: Scanner, html: string, tag: string, rawAttrs: string, from: number): number {
  const { contentEnd, next } = rawEnd(html, tag, from);
  if (tag === 'title' && s.meta.title === null) s.meta.title = decodeHTML(html.slice(from, contentEnd)).trim();
  else if (tag === 'script' && /\btype\s*=\s*["']?application\/ld\+json/i.test(rawAttrs)) s.meta.ldJson.push(html.slice(from, contentEnd));
  return next;
}
