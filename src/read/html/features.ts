/**
 * Per-element facts the body picker (content.ts) reads, computed from the scan's flat
 * element table in a couple of linear passes: Readability's class weight and "unlikely
 * candidate" verdict, our pruning verdict (html-prune.ts's word lists and size rules), and
 * subtree counts of the tags Readability's conditional cleaning looks at.
 */
import { pruneVerdict, isPrunedTag, LABEL_MAX_CHARS, MAX_SHARE, NEVER_PRUNED } from '../html-prune.js';
import type { ScanElement } from './scan.js';

// Readability's own patterns (Readability.js REGEXPS), so the fast path and its fallback agree.
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;

/** Tags Readability's _hasChildBlockElement counts (its DIV_TO_P_ELEMS). */
const DIV_BLOCKS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);

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

function classWeight(names: string): number {
  if (!names) return 0;
  let w = 0;
  // class and id are weighed separately in Readability; names holds both, so test each part.
  for (const part of names.split(' ')) {
    if (!part) continue;
    if (NEGATIVE.test(part)) w -= 25;
    if (POSITIVE.test(part)) w += 25;
  }
  return Math.max(-50, Math.min(50, w));
}

/** Readability's unlikely-candidate test (names only: the scan keeps no role attribute). */
function unlikely(el: ScanElement): boolean {
  if (!el.names || el.tag === 'body' || el.tag === 'a' || el.tag === 'html' || el.tag === 'article' || el.tag === 'main') return false;
  return UNLIKELY.test(el.names) && !MAYBE.test(el.names);
}

/** Our pruning (html-prune.ts) decided from the scan's counts instead of a DOM. */
function pruned(el: ScanElement, pageChars: number, seen: Map<string, { widget: boolean; label: boolean }>): boolean {
  if (NEVER_PRUNED.has(el.tag)) return false;
  const small = el.chars <= MAX_SHARE * pageChars;
  if (isPrunedTag(el.tag) && small) return true;
  if (el.names.length < 2) return false;
  const { widget, label } = pruneVerdict(el.names, seen);
  return (widget && small) || (label && el.chars <= LABEL_MAX_CHARS);
}

export function elementFeatures(elements: ScanElement[]): Features {
  const n = elements.length;
  const f: Features = {
    weight: new Float64Array(n), dropped: new Uint8Array(n), hasBlock: new Uint8Array(n),
    p: new Int32Array(n), img: new Int32Array(n), input: new Int32Array(n),
  };
  const body = elements.find((e) => e.tag === 'body');
  const pageChars = (body ?? elements.reduce((a, e) => (e.parent === -1 ? { chars: a.chars + e.chars } : a), { chars: 0 })).chars || 1;
  const seen = new Map<string, { widget: boolean; label: boolean }>();
  const weights = new Map<string, number>();
  // Pre-order: a parent comes before its children, so inherited flags are one pass.
  for (let i = 0; i < n; i++) {
    const el = elements[i]!;
    let w = weights.get(el.names);
    if (w === undefined) weights.set(el.names, (w = classWeight(el.names)));
    f.weight[i] = w;
    const inherited = el.parent >= 0 ? f.dropped[el.parent]! : 0;
    f.dropped[i] = inherited || unlikely(el) || pruned(el, pageChars, seen) ? 1 : 0;
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
