/**
 * Per-element facts the body picker (content.ts) reads, computed from the scan's flat
 * element table in a couple of linear passes: Readability's class weight and "unlikely
 * candidate" verdict, our pruning verdict (html-prune.ts's word lists and size rules), and
 * subtree counts of the tags Readability's conditional cleaning looks at.
 */
import { pruneVerdict, isPrunedTag, LABEL_MAX_CHARS, MAX_SHARE, NEVER_PRUNED, type Verdict } from '../html-prune.js';
import type { ScanElement } from './scan.js';

// Readability's own patterns (Readability.js REGEXPS), so the fast path and its fallback agree.
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;

/** Tags Readability's _hasChildBlockElement counts (its DIV_TO_P_ELEMS). */
const DIV_BLOCKS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);

/** Readability's flags: it retries with each turned off, in this order, while the body is too short. */
export interface Flags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

export interface Features {
  /** Readability's class weight: +25 / -25 for positive / negative words in class and in id. */
  weight: Float64Array;
  /** Inside an element Readability drops before scoring (unlikely names), or one we prune. */
  dropped: Uint8Array;
  /** Has a block-level descendant (a div without one is a paragraph to Readability). */
  hasBlock: Uint8Array;
  p: Int32Array;
  img: Int32Array;
  input: Int32Array;
}

/** Readability's _getClassWeight: class and id each add 25 for a positive word and take 25 for a negative one. */
function classWeight(cls: string, id: string): number {
  let w = 0;
  if (cls) w += (NEGATIVE.test(cls) ? -25 : 0) + (POSITIVE.test(cls) ? 25 : 0);
  if (id) w += (NEGATIVE.test(id) ? -25 : 0) + (POSITIVE.test(id) ? 25 : 0);
  return w;
}

/** What a class/id string says, computed once per distinct string (they repeat a lot within a page). */
interface NameVerdict {
  weight: number;
  unlikely: boolean;
  widget: boolean;
  label: boolean;
}

const NO_VERDICT: NameVerdict = { weight: 0, unlikely: false, widget: false, label: false };

/** Tags Readability never strips as unlikely (and the ones our pruning never touches). */
const NEVER_UNLIKELY = new Set(['body', 'a', 'html', 'article', 'main']);

function nameVerdict(el: ScanElement, cache: Map<string, NameVerdict>, prune: Map<string, Verdict>): NameVerdict {
  const { names } = el;
  // Keyed by class and id apart: "a b" as a class weighs differently from class "a", id "b".
  const key = el.id ? `${el.cls}\u0000${el.id}` : names;
  let v = cache.get(key);
  if (!v) {
    const words = names.length >= 2 ? pruneVerdict(names, prune) : { widget: false, label: false };
    v = { weight: classWeight(el.cls, el.id), unlikely: !!names && UNLIKELY.test(names) && !MAYBE.test(names), ...words };
    cache.set(key, v);
  }
  return v;
}

/** Facts that do not depend on Readability's flags, computed once per page. */
export interface PageFeatures {
  weight: Float64Array;
  /** Own verdicts (not inherited): Readability's unlikely names, our pruning. */
  unlikely: Uint8Array;
  pruned: Uint8Array;
  hasBlock: Uint8Array;
  p: Int32Array;
  img: Int32Array;
  input: Int32Array;
}

/** `prune` is the page's class-word cache, shared with the scanner's inline splitting. */
export function pageFeatures(elements: ScanElement[], prune: Map<string, Verdict>): PageFeatures {
  const n = elements.length;
  const f: PageFeatures = {
    weight: new Float64Array(n), unlikely: new Uint8Array(n), pruned: new Uint8Array(n), hasBlock: new Uint8Array(n),
    p: new Int32Array(n), img: new Int32Array(n), input: new Int32Array(n),
  };
  let pageChars = 0;
  for (const e of elements) if (e.tag === 'body' || e.parent === -1) pageChars = Math.max(pageChars, e.chars);
  const small = MAX_SHARE * (pageChars || 1);
  const cache = new Map<string, NameVerdict>();
  for (let i = 0; i < n; i++) {
    const el = elements[i]!;
    // An element without rendered text cannot score, be chosen or be cut from the body: its
    // names are not worth reading (icons, empty wrappers and images are half the elements).
    if (el.chars === 0) continue;
    const v = el.names ? nameVerdict(el, cache, prune) : NO_VERDICT;
    f.weight[i] = v.weight;
    if (v.unlikely && !NEVER_UNLIKELY.has(el.tag)) f.unlikely[i] = 1;
    if (NEVER_PRUNED.has(el.tag)) continue;
    const isSmall = el.chars <= small;
    if ((isSmall && (v.widget || isPrunedTag(el.tag))) || (v.label && el.chars <= LABEL_MAX_CHARS)) f.pruned[i] = 1;
  }
  // Reverse pre-order: children before parents, so subtree counts add up in one pass.
  for (let i = n - 1; i >= 0; i--) {
    const el = elements[i]!;
    if (el.tag === 'p') f.p[i]!++;
    else if (el.tag === 'img') f.img[i]!++;
    else if (el.tag === 'input') f.input[i]!++;
    const parent = el.parent;
    if (parent < 0) continue;
    f.p[parent]! += f.p[i]!;
    f.img[parent]! += f.img[i]!;
    f.input[parent]! += f.input[i]!;
    if (f.hasBlock[i] || DIV_BLOCKS.has(el.tag)) f.hasBlock[parent] = 1;
  }
  return f;
}

/** The features under one set of Readability's flags: weights on or off, what is dropped (inherited). */
export function elementFeatures(elements: ScanElement[], page: PageFeatures, flags: Flags): Features {
  const n = elements.length;
  const dropped = new Uint8Array(n);
  // Pre-order: a parent comes before its children, so inherited flags are one pass.
  for (let i = 0; i < n; i++) {
    const parent = elements[i]!.parent;
    dropped[i] = (parent >= 0 && dropped[parent]) || page.pruned[i] || (flags.stripUnlikely && page.unlikely[i]) ? 1 : 0;
  }
  return { ...page, weight: flags.weightClasses ? page.weight : new Float64Array(n), dropped };
}
