/**
 * Place names and group words (models/actors.lexicon.json), loaded once, for typing spans.
 * Kept as shared string tables (WHY: 51k place names as a Set cost ~1.6 MB of heap in every
 * analysis thread; a thread can take another's tables instead, see shareTypingLexicon).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../../paths.js';
import { StringTable, type StringTableParts } from './ner/string-table.js';

/** Membership only: all that typing asks of a word list. */
export interface WordSet {
  has(key: string): boolean;
}

interface Lexicon {
  gpe: WordSet;
  norp: WordSet;
}

export interface LexiconParts {
  gpe: StringTableParts;
  norp: StringTableParts;
}

let tables: { gpe: StringTable; norp: StringTable } | null = null;

export function typingLexicon(): Lexicon {
  if (!tables) tables = readLexicon(join(modelsDir, 'actors.lexicon.json'));
  return tables;
}

/** The loaded lexicon's shared tables, for analysis threads (loads it first if needed). */
export function shareTypingLexicon(): LexiconParts {
  typingLexicon();
  return { gpe: tables!.gpe.parts, norp: tables!.norp.parts };
}

/** Use tables another thread loaded; call before the first typing. One already loaded is kept. */
export function useSharedTypingLexicon(parts: LexiconParts): void {
  if (!tables) tables = { gpe: StringTable.fromParts(parts.gpe), norp: StringTable.fromParts(parts.norp) };
}

function readLexicon(path: string): { gpe: StringTable; norp: StringTable } {
  let raw: { gpe: string[]; norp: string[] };
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`entity lexicon ${path} cannot be read (${(err as Error).message}); rebuild it with \`npm run build:actors\``);
  }
  const tableOf = (words: string[]) => StringTable.fromMap(new Map(words.map((w) => [w, 0])));
  return { gpe: tableOf(raw.gpe), norp: tableOf(raw.norp) };
}
