/**
 * Direct-quote regions: the stretches of text between quotation marks, in every style
 * news copy uses: “ ” (curly), " " (straight, toggling), ‘ ’ (curly single, told apart
 * from the apostrophe by what surrounds it), « », and '' '' (two apostrophes, the NYT
 * archive style). A quote that runs over several paragraphs leaves its mark open at the
 * end of a paragraph and reopens it at the start of the next (the printing convention),
 * so such paragraphs are joined into one region.
 */
import type { Span } from '../../model/analysis.js';

export interface QuoteRegion {
  /** Offset of the opening mark (included). */
  start: number;
  /** Offset just after the closing mark (or the end of the last paragraph when unclosed). */
  end: number;
  /** Offsets just inside the marks: the words quoted. */
  innerStart: number;
  innerEnd: number;
  /** True when the region runs over more than one paragraph. */
  multiParagraph: boolean;
}

interface Mark {
  at: number;
  width: number;
  kind: 'open' | 'close' | 'toggle';
  family: string;
}

const LETTER = /[\p{L}\p{N}]/u;

/** The quotation marks of one paragraph, in order, with the apostrophe cases removed. */
function marksOf(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const prev = i > from ? text[i - 1]! : ' ';
    const next = i + 1 < to ? text[i + 1]! : ' ';
    if (ch === '“') marks.push({ at: i, width: 1, kind: 'open', family: 'double' });
    // a ” that opens a word after a space is a mistyped “ (”Fear. I am truly afraid ...”)
    else if (ch === '”') marks.push({ at: i, width: 1, kind: /\s/.test(prev) && LETTER.test(next) ? 'open' : 'close', family: 'double' });
    else if (ch === '«') marks.push({ at: i, width: 1, kind: 'open', family: 'guillemet' });
    else if (ch === '»') marks.push({ at: i, width: 1, kind: 'close', family: 'guillemet' });
    else if (ch === '"') marks.push({ at: i, width: 1, kind: 'toggle', family: 'straight' });
    else if (ch === "'" && next === "'") {
      // '' as a double mark: opening when it starts a word, closing otherwise
      marks.push({ at: i, width: 2, kind: LETTER.test(prev) || /[.,!?;:]/.test(prev) ? 'close' : 'open', family: 'twoticks' });
      i++;
    } else if (ch === '‘' && !LETTER.test(prev)) marks.push({ at: i, width: 1, kind: 'open', family: 'single' });
    else if (ch === '’' && !LETTER.test(next) && !/[sS]/.test(next)) {
      marks.push({ at: i, width: 1, kind: 'close', family: 'single' });
    }
  }
  return marks;
}

interface Open {
  start: number;
  family: string;
  width: number;
}

/**
 * Pair the marks of one paragraph. Returns the closed regions and, when a mark is still
 * open at the paragraph's end, where it was opened (for multi-paragraph quotes).
 */
function pairMarks(text: string, para: Span, carried: Open | null): { regions: QuoteRegion[]; open: Open | null } {
  const regions: QuoteRegion[] = [];
  let open: Open | null = carried;
  let multi = carried !== null;
  for (const mark of marksOf(text, para.start, para.end)) {
    // the mark reopening a quote carried over from the previous paragraph
    if (carried && mark.at === para.start) continue;
    // curly and straight double quotes mix in copy (“...") : one family for pairing
    if (open && open.family !== mark.family && isDouble(open.family) && isDouble(mark.family) && mark.kind !== 'open') {
      regions.push({ start: open.start, end: mark.at + mark.width, innerStart: open.start + open.width, innerEnd: mark.at, multiParagraph: multi });
      open = null;
      multi = false;
      continue;
    }
    if (open && open.family !== mark.family) {
      // a single-quote pair nested inside a double quote, or a stray apostrophe: ignore
      if (mark.family === 'single' || open.family === 'single') {
        if (open.family === 'single' && mark.kind === 'open' && mark.family !== 'single') open = null;
        else continue;
      } else continue;
    }
    if (!open) {
      if (mark.kind === 'close') continue; // a closing mark with nothing open: an apostrophe or noise
      open = { start: mark.at, family: mark.family, width: mark.width };
      multi = false;
      continue;
    }
    if (mark.kind === 'open' && mark.family !== 'straight') {
      // a second opening mark of the same family before a close: the first was unclosed
      open = { start: mark.at, family: mark.family, width: mark.width };
      continue;
    }
    const end = mark.at + mark.width;
    regions.push({ start: open.start, end, innerStart: open.start + open.width, innerEnd: mark.at, multiParagraph: multi });
    open = null;
    multi = false;
  }
  return { regions, open };
}

/** All direct-quote regions of a document, in order. */
export function findQuoteRegions(text: string, blocks: Span[]): QuoteRegion[] {
  const paragraphs = blocks.flatMap((b) => lines(text, b));
  const out: QuoteRegion[] = [];
  let carried: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const { regions, open } = pairMarks(text, para, carried);
    out.push(...regions);
    carried = null;
    if (!open) continue;
    const next = paragraphs[p + 1];
    const reopens = next !== undefined && opensWith(text, next, open.family);
    if (reopens) carried = open;
    else if (para.end - open.start > open.width + 1) {
      // unclosed to the paragraph's end: the quote runs to the end of the paragraph
      out.push({ start: open.start, end: para.end, innerStart: open.start + open.width, innerEnd: para.end, multiParagraph: open.start < para.start });
    }
  }
  return out;
}

function opensWith(text: string, para: Span, family: string): boolean {
  const ch = text[para.start];
  if (family === 'double') return ch === '“' || ch === '"';
  if (family === 'straight') return ch === '"' || ch === '“';
  if (family === 'guillemet') return ch === '«';
  if (family === 'twoticks') return text.startsWith("''", para.start);
  return ch === '‘';
}

/**
 * A paragraph's lines: some sources separate paragraphs by a single newline, and a
 * quotation never legitimately runs over a bare line break, so marks pair within lines.
 */
function lines(text: string, block: Span): Span[] {
  if (!block.text.includes('\n')) return [block];
  const out: Span[] = [];
  let start = block.start;
  for (let i = block.start; i <= block.end; i++) {
    if (i === block.end || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
      start = i + 1;
    }
  }
  return out;
}

function isDouble(family: string): boolean {
  return family === 'double' || family === 'straight';
}
