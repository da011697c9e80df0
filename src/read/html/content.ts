/**
 * The article body from a page scan, without a DOM: select.ts picks the container(s) as
 * Readability would, then the text runs inside are filtered as Readability's clean-up and our
 * pruning would filter the DOM (footers, asides and share boxes inside the content, link
 * lists, blocks that are mostly links or negatively named, the headline repeated from the
 * title) and joined into paragraphs as html-text.ts renders them.
 *
 * It also says whether the choice is clear-cut; html.ts falls back to Readability on a real
 * DOM when it is not (less body text than Readability's own threshold after all its retries).
 */
import { elementFeatures, pageFeatures, type Features, type Flags, type PageFeatures } from './features.js';
import type { Verdict } from '../html-prune.js';
import { contentRoots, scoreRuns, topCandidate } from './select.js';
import type { PageScan, ScanElement, TextRun } from './scan.js';

/** Tags Readability's conditional clean-up (_cleanConditionally) judges inside the content. */
const CONDITIONAL = new Set(['form', 'fieldset', 'table', 'ul', 'ol', 'div', 'section']);
/** Readability's _prepArticle removes these inside the content whatever their size. */
const ALWAYS_CUT = new Set(['footer', 'aside', 'nav', 'form', 'object', 'embed', 'iframe']);
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
/** Readability's charThreshold: less body text than this and it retries with looser rules. */
const MIN_BODY_CHARS = 500;
export interface Extraction {
  text: string;
  /** False when the fast path is not confident and Readability should decide. */
  sure: boolean;
  /** Why it is unsure ('ok' when sure): counted by the eval and the bench. */
  reason: string;
}

/** Readability's _cleanConditionally verdict for one element, from subtree counts. */
function fishy(el: ScanElement, i: number, f: Features): boolean {
  const weight = f.weight[i]!;
  if (weight < 0) return true;
  if (el.commas >= 10) return false;
  const p = f.p[i]!;
  const img = f.img[i]!;
  const isList = el.tag === 'ul' || el.tag === 'ol';
  const density = el.chars ? el.linkChars / el.chars : 0;
  return (
    (img > 1 && p / img < 0.5) ||
    f.input[i]! > Math.floor(p / 3) ||
    (!isList && el.chars < 25 && (img === 0 || img > 2) && density > 0) ||
    (!isList && weight < 25 && density > 0.2) ||
    (weight >= 25 && density > 0.5)
  );
}

/** Elements inside the content whose own shape cuts them (and everything below them). */
function cutHere(el: ScanElement, i: number, f: Features, flags: Flags): boolean {
  if (f.dropped[i] || ALWAYS_CUT.has(el.tag)) return true;
  if ((el.tag === 'li' || el.tag === 'dd') && el.chars && el.linkChars / el.chars >= 0.8) return true;
  if ((el.tag === 'h1' || el.tag === 'h2') && f.weight[i]! < 0) return true;
  if (el.names && el.chars < 500 && SHARE.test(el.names)) return true;
  return flags.cleanConditionally && CONDITIONAL.has(el.tag) && fishy(el, i, f);
}

/** Per element of the content roots: whether its runs are cut. Pre-order, so one pass inherits. */
function cutFlags(elements: ScanElement[], f: Features, flags: Flags, roots: number[]): Uint8Array {
  const cut = new Uint8Array(elements.length);
  for (const root of roots) {
    cut[root] = f.dropped[root]!;
    for (let i = root + 1; i <= elements[root]!.end; i++) {
      const el = elements[i]!;
      cut[i] = cut[el.parent] || cutHere(el, i, f, flags) ? 1 : 0;
    }
  }
  return cut;
}

/** Readability's _textSimilarity: the share of B's words (by length) also in A. */
function similarity(a: string, b: string): number {
  const tokensA = new Set(a.toLowerCase().split(/\W+/).filter(Boolean));
  const tokensB = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!tokensA.size || !tokensB.length) return 0;
  const unique = tokensB.filter((t) => !tokensA.has(t));
  return 1 - unique.join(' ').length / tokensB.join(' ').length;
}

/** Runs as paragraphs: a run split off by an inline element (see SoftSplit) is glued back to its neighbour. */
function joinRuns(runs: TextRun[]): string {
  const paragraphs: string[] = [];
  let previous: TextRun | null = null;
  for (const run of runs) {
    if (previous && previous.softEnd && run.softStart) {
      paragraphs[paragraphs.length - 1] += (previous.spaceAfter || run.spaceBefore ? ' ' : '') + run.text;
    } else paragraphs.push(run.text);
    previous = run;
  }
  return paragraphs.join('\n\n');
}

/** The kept runs of the content, in page order, as paragraphs; the first h1/h2 goes when it repeats the title. */
function render(scan: PageScan, roots: number[], cut: Uint8Array, title: string | null): string {
  const { elements, runs } = scan;
  const kept: TextRun[] = [];
  let headlineChecked = !title;
  for (const root of roots) {
    const end = elements[root]!.end;
    // A run's owner is the element open when it ended, so owners are not in page order
    // (a tail after a </p> belongs to the outer div): test the range for every run.
    for (const run of runs) {
      if (run.owner < root || run.owner > end || cut[run.owner]) continue;
      const tag = elements[run.owner]!.tag;
      if (!headlineChecked && (tag === 'h1' || tag === 'h2')) {
        headlineChecked = true;
        if (similarity(title!, run.text) > 0.75) continue;
      }
      kept.push(run);
    }
  }
  return joinRuns(kept);
}

/**
 * Unclaimed prose that makes a short result doubtful: paragraph-like runs (80+ characters,
 * under a quarter links) outside what was taken, worth twice Readability's threshold, i.e.
 * a long article may sit somewhere the fast path did not look.
 */
const PROSE_RUN = 80;
const UNCLAIMED_PROSE = 2 * MIN_BODY_CHARS;

function unclaimedProse(scan: PageScan, taken: number): number {
  let prose = 0;
  for (const run of scan.runs) if (run.text.length >= PROSE_RUN && run.linkChars < 0.25 * run.text.length) prose += run.text.length;
  return prose - taken;
}

/**
 * Why the fast path should not decide alone, or null when its choice is clear: a short body
 * on a page with much prose left out. A short body alone is not enough: on the benchmark the
 * pages with short bodies are short articles, where Readability (after its four attempts, at
 * ~35 ms a page) returned the same text. A rival rule (a container outside the chosen one
 * scoring higher after the promotions) was tried too: on the benchmark's test half it changed
 * nothing (F1 0.970 both ways), on the dev half it fixed one page of six sent to Readability.
 */
function doubt(scan: PageScan, top: number, text: string): string | null {
  if (top < 0) return 'no candidate';
  if (text.length < MIN_BODY_CHARS && unclaimedProse(scan, text.length) >= UNCLAIMED_PROSE) return 'short body, prose elsewhere';
  return null;
}

/** Readability's attempts: all rules, then without unlikely-stripping, class weights, conditional cleaning. */
const ATTEMPTS: Flags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

function attempt(scan: PageScan, page: PageFeatures, title: string | null, flags: Flags): Extraction {
  const f = elementFeatures(scan.elements, page, flags);
  const scored = scoreRuns(scan, f);
  const { top } = topCandidate(scan.elements, scored);
  if (top < 0) return { text: '', sure: false, reason: 'no candidate' };
  const roots = contentRoots(scan, f, scored, top);
  const text = render(scan, roots, cutFlags(scan.elements, f, flags, roots), title);
  const reason = doubt(scan, top, text);
  return { text, sure: reason === null, reason: reason ?? 'ok' };
}

/** Like Readability: the first attempt with enough text wins, else the longest of them (unsure). */
export function extractContent(scan: PageScan, title: string | null, prune: Map<string, Verdict> = new Map()): Extraction {
  const page = pageFeatures(scan.elements, prune);
  let best: Extraction | null = null;
  for (const flags of ATTEMPTS) {
    const result = attempt(scan, page, title, flags);
    if (result.text.length >= MIN_BODY_CHARS) return result;
    if (!best || result.text.length > best.text.length) best = result;
  }
  return best!;
}

/** Every run of a fragment (a feed item's HTML): it is all body, nothing is chosen or cut. */
export function renderAll(scan: PageScan): string {
  return joinRuns(scan.runs);
}
