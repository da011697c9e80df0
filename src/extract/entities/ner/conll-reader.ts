/**
 * Reads CoNLL-style NER files: one token per line (token first, NER tag last), blank lines
 * between sentences, "-DOCSTART-" lines between documents. Both CoNLL-2003 (space-separated,
 * IOB1) and wikigold's CoNLL-U-like layout (index, token, tag; tab-separated) read here.
 */
import { readFileSync } from 'node:fs';
import { spansFromIob, type NerLabel, type TokenSpan } from './labels.js';

export interface LabelledSentence {
  tokens: string[];
  spans: TokenSpan[];
}
export type LabelledDoc = LabelledSentence[];

export interface ReadOptions {
  /** Column layout: 'conll2003' = "token POS chunk TAG"; 'indexed' = "index<TAB>token<TAB>TAG". */
  layout: 'conll2003' | 'indexed';
  /** Map a data-set type onto ours (default: keep PER/ORG/LOC/MISC, drop others). */
  mapType?: (type: string) => NerLabel | null;
  /** Start a new document every N sentences when the file has no -DOCSTART- markers. */
  sentencesPerDoc?: number;
}

export function readConllFile(path: string, options: ReadOptions): LabelledDoc[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read NER data file ${path}: ${(err as Error).message}`);
  }
  return parseConll(text, options, path);
}

export function parseConll(text: string, options: ReadOptions, source = 'input'): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  let doc: LabelledDoc = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const flushSentence = () => {
    if (tokens.length) doc.push({ tokens, spans: spansFromIob(tags, options.mapType) });
    tokens = [];
    tags = [];
    if (options.sentencesPerDoc && doc.length >= options.sentencesPerDoc) flushDoc();
  };
  const flushDoc = () => {
    if (doc.length) docs.push(doc);
    doc = [];
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '') {
      flushSentence();
      continue;
    }
    const cols = options.layout === 'indexed' ? line.split('\t') : line.split(' ');
    const token = options.layout === 'indexed' ? cols[1] : cols[0];
    const tag = cols[cols.length - 1];
    if (token === '-DOCSTART-') {
      flushSentence();
      flushDoc();
      continue;
    }
    if (!token || !tag || cols.length < 2) throw new Error(`${source}:${n + 1}: expected token and tag columns, got "${line}"`);
    tokens.push(token);
    tags.push(tag);
  }
  flushSentence();
  flushDoc();
  return docs;
}
