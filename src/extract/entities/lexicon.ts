/** Place names and group words (models/actors.lexicon.json), loaded once, for typing spans. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../../paths.js';

interface Lexicon {
  gpe: Set<string>;
  norp: Set<string>;
}

let lexicon: Lexicon | null = null;

export function typingLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const path = join(modelsDir, 'actors.lexicon.json');
  let raw: { gpe: string[]; norp: string[] };
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`entity lexicon ${path} cannot be read (${(err as Error).message}); rebuild it with \`npm run build:actors\``);
  }
  lexicon = { gpe: new Set(raw.gpe), norp: new Set(raw.norp) };
  return lexicon;
}
