/**
 * Paragraphs, sentences and tokens as spans into the cleaned text.
 *
 * Paragraphs are split on blank lines here (the cleaner guarantees "\n\n" between them),
 * then wink-nlp splits the text into sentences and tokens; a sentence never crosses a
 * paragraph. wink-nlp gives no character offsets, so each token is located by walking the text: its preceding
 * whitespace, then its value. Token values are raw text, so the walk is exact; when a
 * token ever fails to line up (a normalisation inside wink), it is searched for nearby
 * and skipped if absent, so the invariant text.slice(start, end) === token.text holds.
 */
import { createRequire } from 'node:module';
import type { Span } from '../model/analysis.js';
import type { Sentence, Token } from '../model/document.js';

const require = createRequire(import.meta.url);

interface WinkDoc {
  tokens(): { out(f?: unknown): string[] };
  sentences(): { out(f?: unknown): Array<[number, number]> };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
}

let wink: Wink | null = null;
/** Loaded once per process (~90 ms); every later call reuses it. */
function getWink(): Wink {
  if (!wink) {
    const winkNLP = require('wink-nlp');
    const model = require('wink-eng-lite-web-model');
    wink = winkNLP(model, ['sbd', 'pos']) as Wink;
  }
  return wink;
}

export interface Segmentation {
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    // trim whitespace at both ends so paragraph spans hold content only
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    push(start, m.index!);
    start = m.index! + m[0].length;
  }
  push(start, text.length);
  return out;
}

export function segment(text: string): Segmentation {
  const nlp = getWink();
  const its = nlp.its as { value: unknown; pos: unknown; span: unknown };
  const paragraphs = splitParagraphs(text);
  if (paragraphs.length === 0) return { paragraphs, sentences: [], tokens: [] };
  // One wink document for the whole text: a document per paragraph costs ~10% more (wink's
  // per-document setup), and wink ends a sentence at a blank line by itself; a sentence that
  // still runs over a paragraph break is cut there below.
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out(its.value);
  const pos = wdoc.tokens().out(its.pos);
  const offsets = locateTokens(text, 0, text.length, values);
  const tokens: Token[] = [];
  const tokenParagraph: number[] = [];
  /** startsSentence[j]: token j opens a sentence. */
  const startsSentence: boolean[] = [];
  let paragraph = 0;
  for (const [first, last] of wdoc.sentences().out(its.span)) {
    const winkStart = tokens.length;
    for (let i = first; i <= last; i++) {
      const at = offsets[i];
      if (at === undefined || at < 0) continue;
      const end = at + values[i]!.length;
      while (paragraph < paragraphs.length - 1 && at >= paragraphs[paragraph]!.end) paragraph++;
      const prev = tokens.length > winkStart ? tokens[tokens.length - 1]! : null;
      if (prev && prev.end === at && splitsWord(text, at)) {
        // wink cuts words at letters it does not know ("Jal|ā|l|ā|b|ā|d", "Gda|ń|sk"): one token again
        prev.end = end;
        prev.text = text.slice(prev.start, end);
        if (pos[i] === 'PROPN') prev.pos = 'PROPN';
        continue;
      }
      const samePara = tokens.length > 0 && tokenParagraph[tokens.length - 1] === paragraph;
      const opens = !samePara || (tokens.length === winkStart && !continuesAfterParenthesis(tokens, values[i]!));
      tokens.push({ start: at, end, text: values[i]!, pos: pos[i] ?? 'X', sentence: -1 });
      tokenParagraph.push(paragraph);
      startsSentence.push(opens);
    }
  }
  return { paragraphs, sentences: groupSentences(text, tokens, tokenParagraph, startsSentence), tokens };
}

/**
 * wink ends a sentence after a parenthesis closed right after an abbreviation's period:
 * "Sen. Johnny Isakson (R-Ga.) | said ...". A sentence does not begin with a lower-case
 * word or a comma, so such a break is undone; "(see map.) Then ..." stays two sentences.
 */
function continuesAfterParenthesis(tokens: Token[], next: string): boolean {
  const n = tokens.length;
  if (n < 2 || tokens[n - 1]!.text !== ')' || !tokens[n - 2]!.text.endsWith('.')) return false;
  return /^[\p{Ll},;:]/u.test(next);
}

/** Sentences from the tokens that open them; sets each token's sentence index. */
function groupSentences(text: string, tokens: Token[], tokenParagraph: number[], startsSentence: boolean[]): Sentence[] {
  const sentences: Sentence[] = [];
  let tokenStart = 0;
  const close = (tokenEnd: number): void => {
    if (tokenEnd === tokenStart) return;
    const start = tokens[tokenStart]!.start;
    const end = tokens[tokenEnd - 1]!.end;
    sentences.push({ start, end, text: text.slice(start, end), tokenStart, tokenEnd, paragraph: tokenParagraph[tokenStart]! });
    tokenStart = tokenEnd;
  };
  for (let j = 0; j < tokens.length; j++) {
    if (startsSentence[j]) close(j);
    tokens[j]!.sentence = sentences.length;
  }
  close(tokens.length);
  return sentences;
}

/** Offsets of each token value inside text[from, to); -1 for a value that cannot be found. */
function locateTokens(text: string, from: number, to: number, values: string[]): number[] {
  const out: number[] = new Array(values.length);
  let cursor = from;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // wink emits line breaks and tabs as tokens of their own; they are gaps, not tokens
    // (printable ASCII first is never blank: skips the trim for nearly every token)
    const c = v.charCodeAt(0);
    if ((c <= 32 || c >= 0x7f) && v.trim() === '') {
      out[i] = -1;
      continue;
    }
    while (cursor < to && isSpace(text.charCodeAt(cursor))) cursor++;
    if (text.startsWith(v, cursor)) {
      out[i] = cursor;
      cursor += v.length;
      continue;
    }
    const found = text.indexOf(v, cursor);
    if (found >= 0 && found + v.length <= to && found - cursor < 64) {
      out[i] = found;
      cursor = found + v.length;
    } else {
      out[i] = -1;
    }
  }
  return out;
}

const LETTER = /[\p{L}\p{M}]/u;

/** A boundary between two letters with no space: inside one word. */
function splitsWord(text: string, at: number): boolean {
  return at > 0 && isLetter(text, at) && isLetter(text, at - 1);
}

/** ASCII answered without the regex: this runs for every pair of touching tokens ("word,"). */
function isLetter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[at]!);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f;
}
