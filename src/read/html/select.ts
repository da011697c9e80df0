/**
 * Choosing the body container from a page scan, the way Readability's _grabArticle does on a
 * DOM: each paragraph-sized text run scores 1 + its commas + one per 100 characters (at most
 * 3); the score flows to the paragraph's parent in full, the grandparent by half and further
 * ancestors (up to 5 levels) by a third per level; a candidate starts from its tag and class
 * weight and ends scaled by (1 - link density). The best candidate is promoted to a common
 * ancestor of near-equal rivals or a better-scoring parent, and its siblings that score or
 * read like paragraphs join it. Runs under unlikely or pruned elements do not score.
 */
import { BLOCK } from './tags.js';
import type { Features } from './features.js';
import type { PageScan, ScanElement, TextRun } from './scan.js';

/** Tags Readability scores as paragraphs (their parent gets the score); other blocks hold runs directly. */
const PARAGRAPHS = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MIN_PARAGRAPH = 25;

export interface Scored {
  score: Float64Array;
  isCandidate: Uint8Array;
}

/** Nearest block-level element holding a run (the run's paragraph in a rendered page). */
function blockOf(elements: ScanElement[], index: number): number {
  let i = index;
  while (i >= 0 && !BLOCK.has(elements[i]!.tag)) i = elements[i]!.parent;
  return i;
}

function initialScore(tag: string, weight: number): number {
  let s = weight;
  if (tag === 'div') s += 5;
  else if (tag === 'pre' || tag === 'td' || tag === 'blockquote') s += 3;
  else if (['address', 'ol', 'ul', 'dl', 'dd', 'dt', 'li', 'form'].includes(tag)) s -= 3;
  else if (/^h[1-6]$/.test(tag) || tag === 'th') s -= 5;
  return s;
}

/** Readability's _grabArticle scoring over the runs. */
export function scoreRuns(scan: PageScan, f: Features): Scored {
  const { elements, runs } = scan;
  const score = new Float64Array(elements.length);
  const isCandidate = new Uint8Array(elements.length);
  for (const run of runs) {
    if (run.text.length < MIN_PARAGRAPH || run.owner < 0 || f.dropped[run.owner]) continue;
    const block = blockOf(elements, run.owner);
    if (block < 0) continue;
    const tag = elements[block]!.tag;
    const asParagraph = PARAGRAPHS.has(tag) || (tag === 'div' && !f.hasBlock[block]);
    if (!asParagraph && (tag === 'li' || tag === 'h1' || tag === 'dt' || tag === 'dd' || tag === 'th')) continue;
    const points = 1 + countOf(run.text, ',') + Math.min(Math.floor(run.text.length / 100), 3);
    let at = asParagraph ? elements[block]!.parent : block;
    for (let level = 0; level < 5 && at >= 0; level++, at = elements[at]!.parent) {
      const el = elements[at]!;
      if (el.tag === 'html') break;
      if (!isCandidate[at]) {
        isCandidate[at] = 1;
        score[at] = initialScore(el.tag, f.weight[at]!);
      }
      score[at]! += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (let i = 0; i < elements.length; i++) {
    if (!isCandidate[i]) continue;
    const el = elements[i]!;
    score[i] = score[i]! * (1 - (el.chars ? el.linkChars / el.chars : 0));
  }
  return { score, isCandidate };
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

export const inside = (elements: ScanElement[], outer: number, inner: number): boolean => inner >= outer && inner <= elements[outer]!.end;

/** Readability's top candidate, promoted to a shared ancestor or a better-scoring parent. */
export function topCandidate(elements: ScanElement[], { score, isCandidate }: Scored): { top: number } {
  const ranked: number[] = [];
  for (let i = 0; i < elements.length; i++) if (isCandidate[i] && !['body', 'html'].includes(elements[i]!.tag)) ranked.push(i);
  ranked.sort((a, b) => score[b]! - score[a]!);
  let top = ranked[0] ?? -1;
  if (top < 0) return { top };
  // Several near-equal candidates: their common ancestor holds the article (Readability's rule).
  const alternatives = ranked.slice(1, 5).filter((i) => score[i]! / score[top]! >= 0.75);
  if (alternatives.length >= 3) {
    for (let p = elements[top]!.parent; p >= 0 && elements[p]!.tag !== 'body'; p = elements[p]!.parent) {
      if (alternatives.filter((a) => inside(elements, p, a)).length >= 3) {
        top = p;
        break;
      }
    }
  }
  return { top: climb(elements, score, isCandidate, top) };
}

/** Move up while the parent scores better (Readability), then past wrappers with one child element. */
function climb(elements: ScanElement[], score: Float64Array, isCandidate: Uint8Array, start: number): number {
  let top = start;
  let last = score[top]!;
  const threshold = last / 3;
  for (let p = elements[top]!.parent; p >= 0 && elements[p]!.tag !== 'body'; p = elements[p]!.parent) {
    if (!isCandidate[p]) continue;
    if (score[p]! < threshold) break;
    if (score[p]! > last) {
      top = p;
      break;
    }
    last = score[p]!;
  }
  for (let p = elements[top]!.parent; p >= 0 && elements[p]!.tag !== 'body' && onlyChild(elements, p, top); p = elements[p]!.parent) top = p;
  return top;
}

/** Whether `child` is `parent`'s only child element (it spans the parent's whole range after itself). */
function onlyChild(elements: ScanElement[], parent: number, child: number): boolean {
  return child === parent + 1 && elements[child]!.end === elements[parent]!.end;
}

/** Readability's sibling merge: the top candidate plus siblings that score well or read as paragraphs. */
export function contentRoots(scan: PageScan, f: Features, { score, isCandidate }: Scored, top: number): number[] {
  const { elements, runs } = scan;
  const parent = elements[top]!.parent;
  if (parent < 0) return [top];
  const threshold = Math.max(10, score[top]! * 0.2);
  const roots: number[] = [];
  for (let i = parent + 1; i <= elements[parent]!.end; i = elements[i]!.end + 1) {
    const el = elements[i]!;
    if (i === top) {
      roots.push(i);
      continue;
    }
    if (f.dropped[i]) continue;
    const bonus = el.names && el.names === elements[top]!.names ? score[top]! * 0.2 : 0;
    if (isCandidate[i] && score[i]! + bonus >= threshold) roots.push(i);
    else if (el.tag === 'p' || (el.tag === 'div' && !f.hasBlock[i])) {
      const density = el.chars ? el.linkChars / el.chars : 0;
      if ((el.chars > 80 && density < 0.25) || (el.chars > 0 && el.chars < 80 && density === 0 && /\.( |$)/.test(textOf(elements, runs, i)))) roots.push(i);
    }
  }
  return roots;
}

/** The rendered text under an element (only for short-paragraph siblings: the scan keeps text per run). */
function textOf(elements: ScanElement[], runs: TextRun[], index: number): string {
  const out: string[] = [];
  for (const r of runs) if (r.owner >= 0 && inside(elements, index, r.owner)) out.push(r.text);
  return out.join(' ');
}
