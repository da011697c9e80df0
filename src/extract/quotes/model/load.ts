/**
 * The quotes model, loaded once per thread on first use (models/quotes.bin.gz). Missing
 * file: the quotes stage runs on its rules alone and says so once in a warning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../../../paths.js';
import { addScores, parseQuotesModel, type LinearTagger } from './model.js';
import type { Scorers } from './attributions.js';
import type { Scorer } from './tagger.js';

export const QUOTES_MODEL_FILE = join(modelsDir, 'quotes.bin.gz');

let loaded: Scorers | null | undefined;

function scorerOf(t: LinearTagger): Scorer {
  return { tags: t.tags, transitions: t.transitions, add: (keys, out, offset, count) => addScores(t, keys, out, offset, count) };
}

/** The model's scorers, or null when models/quotes.bin.gz is absent. */
export function quotesModel(): Scorers | null {
  if (loaded !== undefined) return loaded;
  if (!existsSync(QUOTES_MODEL_FILE)) {
    process.emitWarning(`quotes: no ${QUOTES_MODEL_FILE}; rule-based quotes only (run \`npm run train:quotes\`)`);
    loaded = null;
    return null;
  }
  const m = parseQuotesModel(readFileSync(QUOTES_MODEL_FILE), QUOTES_MODEL_FILE);
  loaded = { cue: scorerOf(m.cue), role: scorerOf(m.role), clusters: m.meta.clusters === true };
  return loaded;
}
