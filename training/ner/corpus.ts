/**
 * Unlabelled English text for word clusters, tokenised roughly as CoNLL-2003 is: PolNeAR
 * train+dev article texts, Wikinews 2019-2020, Wikipedia "Current events" pages, and the
 * tokens of CoNLL-2003 train+valid and WikiANN train (labels unused). Never CoNLL test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllFile } from '../../src/extract/entities/ner/conll-reader.js';

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

export function tokenize(line: string): string[] {
  return line.match(TOKEN) ?? [];
}

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort().map((f) => join(dir, f)) : [];
}

/** Markdown/CSV noise out: link targets, markup characters. */
function plain(text: string): string {
  return text.replace(/\]\([^)]*\)/g, ']').replace(/[[\]*#_`>|]/g, ' ');
}

/** Every sentence-ish line of the corpus as a token array. */
export function unlabelledSentences(dataDir: string): string[][] {
  const out: string[][] = [];
  const addText = (text: string) => {
    for (const line of plain(text).split(/\n+|(?<=[.!?])\s+(?=[A-Z])/)) {
      const tokens = tokenize(line);
      if (tokens.length >= 3) out.push(tokens);
    }
  };
  for (const split of ['train', 'dev']) for (const f of filesIn(join(dataDir, 'polnear', 'data', split, 'text'))) addText(readFileSync(f, 'utf8'));
  for (const f of filesIn(join(dataDir, 'wikinews-2019-2020')).filter((f) => f.endsWith('.csv'))) addText(readFileSync(f, 'utf8'));
  for (const f of filesIn(join(dataDir, 'wikipedia-current-events', 'docs', '_posts'))) addText(readFileSync(f, 'utf8').replace(/^---[\s\S]*?---/, ''));
  for (const split of ['train.txt', 'valid.txt']) {
    const path = join(dataDir, 'conll2003', split);
    if (existsSync(path)) for (const doc of readConllFile(path, { layout: 'conll2003' })) for (const s of doc) out.push(s.tokens);
  }
  const wikiann = join(dataDir, 'wikiann-en', 'train');
  if (existsSync(wikiann)) {
    for (const block of readFileSync(wikiann, 'utf8').split(/\n\s*\n/)) {
      const tokens = block.split('\n').filter(Boolean).map((l) => l.split('\t')[0]!.replace(/^en:/, ''));
      if (tokens.length) out.push(tokens);
    }
  }
  return out;
}
