/** Build a Doc for a text without the whole pipeline, and find quotes in it. */
import { segment } from '../../src/text/segment.js';
import type { Doc } from '../../src/model/document.js';
import type { Entity, Quote } from '../../src/model/analysis.js';
import { existsSync } from 'node:fs';
import { extractAttributions, extractQuotes } from '../../src/extract/quotes/index.js';
import { QUOTES_MODEL_FILE } from '../../src/extract/quotes/model/load.js';

export function docOf(text: string): Doc {
  return { text, published: '2024-05-01', title: null, url: null, outlet: null, ...segment(text), messages: [] };
}

export function quotesOf(text: string, entities: Entity[] = []): Quote[] {
  return extractQuotes(docOf(text), { entities });
}

/** The rule engine alone, without the trained tagger: for tests of its frames. */
export function rulesOf(text: string, entities: Entity[] = []): Quote[] {
  return extractAttributions(docOf(text), { entities }, { broad: false, model: false });
}

/** Whether models/quotes.bin.gz is there (tests of the tagger are skipped without it). */
export const hasModel = existsSync(QUOTES_MODEL_FILE);

/** An entity with one mention per listed surface form (first occurrence of each). */
export function entity(text: string, id: string, type: Entity['type'], name: string, forms: string[], roles: string[] = []): Entity {
  const mentions = forms.map((f) => {
    const start = text.indexOf(f);
    if (start < 0) throw new Error(`entity fixture: '${f}' not in text`);
    return { start, end: start + f.length, text: f };
  });
  return { id, type, name, actor: null, roles, mentions };
}
