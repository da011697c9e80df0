/**
 * Name lists the tagger reads as features: whole names (phrases) and the words inside them,
 * each with the set of entity types (a bitmask over NER_LABELS) it was seen as.
 */
import { NER_LABELS, type NerLabel } from './labels.js';
import { StringTable, type StringTableParts } from './string-table.js';

export interface Gazetteer {
  /** Lower-cased phrase (tokens joined by one space) -> type bitmask. */
  phrases: Map<string, number>;
  /** Lower-cased word occurring in some phrase -> type bitmask. */
  words: Map<string, number>;
  /** Every proper prefix of a phrase (WHY: matching stops as soon as no phrase can continue). */
  prefixes: Set<string>;
  /** Longest phrase, in tokens. */
  maxTokens: number;
}

/** A read-only string -> type-mask lookup: a Map while building, a StringTable once loaded. */
export interface MaskLookup extends Iterable<[string, number]> {
  get(key: string): number | undefined;
}

/** What tagging reads of a gazetteer; a built Gazetteer is one, and so is a CompactGazetteer. */
export interface GazetteerLookup {
  phrases: MaskLookup;
  words: MaskLookup;
  prefixes: { has(key: string): boolean };
  maxTokens: number;
}

/** A loaded gazetteer in shared, off-heap tables (see string-table.ts). */
export interface CompactGazetteer extends GazetteerLookup {
  phrases: StringTable;
  words: StringTable;
  prefixes: StringTable;
}

/** The arrays of a CompactGazetteer, to hand to another thread. */
export interface CompactGazetteerParts {
  phrases: StringTableParts;
  words: StringTableParts;
  prefixes: StringTableParts;
  maxTokens: number;
}

export function compactGazetteer(gaz: Gazetteer): CompactGazetteer {
  const prefixes = new Map<string, number>();
  for (const p of gaz.prefixes) prefixes.set(p, 0);
  return {
    phrases: StringTable.fromMap(gaz.phrases),
    words: StringTable.fromMap(gaz.words),
    prefixes: StringTable.fromMap(prefixes),
    maxTokens: gaz.maxTokens,
  };
}

export function gazetteerParts(gaz: CompactGazetteer): CompactGazetteerParts {
  return { phrases: gaz.phrases.parts, words: gaz.words.parts, prefixes: gaz.prefixes.parts, maxTokens: gaz.maxTokens };
}

export function gazetteerFromParts(parts: CompactGazetteerParts): CompactGazetteer {
  return {
    phrases: StringTable.fromParts(parts.phrases),
    words: StringTable.fromParts(parts.words),
    prefixes: StringTable.fromParts(parts.prefixes),
    maxTokens: parts.maxTokens,
  };
}

export function emptyGazetteer(): Gazetteer {
  return { phrases: new Map(), words: new Map(), prefixes: new Set(), maxTokens: 0 };
}

export function maskOf(label: NerLabel): number {
  return 1 << NER_LABELS.indexOf(label);
}

/** Words too common to say anything about a name on their own. */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'for', 'on', 'at', 'to', 'de', 'la', 'le', 'al', 'el', 'for', '&', '-', '.', ',']);

/** Longer names are rare in text and would only slow matching down. */
export const MAX_NAME_TOKENS = 8;

export function addName(gaz: Gazetteer, tokens: string[], label: NerLabel): void {
  if (tokens.length === 0 || tokens.length > MAX_NAME_TOKENS) return;
  const bit = maskOf(label);
  const lower = tokens.map((t) => t.toLowerCase());
  const key = lower.join(' ');
  gaz.phrases.set(key, (gaz.phrases.get(key) ?? 0) | bit);
  for (let k = 1, prefix = lower[0]!; k < lower.length; prefix += ' ' + lower[k], k++) gaz.prefixes.add(prefix);
  gaz.maxTokens = Math.max(gaz.maxTokens, tokens.length);
  for (const w of lower) if (!FUNCTION_WORDS.has(w)) gaz.words.set(w, (gaz.words.get(w) ?? 0) | bit);
}

/** A phrase match: tokens [start, end) of a sentence, with its type mask. */
export interface PhraseMatch {
  start: number;
  end: number;
  mask: number;
}

/** Greedy longest-first, left-to-right, non-overlapping matches of gazetteer phrases. */
export function matchPhrases(gaz: GazetteerLookup, lower: string[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < lower.length; ) {
    let found: PhraseMatch | null = null;
    const limit = Math.min(lower.length, i + gaz.maxTokens);
    let key = lower[i]!;
    for (let j = i; j < limit; j++) {
      if (j > i) key += ' ' + lower[j];
      const mask = gaz.phrases.get(key);
      if (mask !== undefined) found = { start: i, end: j + 1, mask };
      if (!gaz.prefixes.has(key)) break;
    }
    if (found) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

/** Compact serialisation: one "mask<TAB>phrase" line per phrase. */
export function serializeGazetteer(gaz: GazetteerLookup): string {
  const lines: string[] = [];
  for (const [phrase, mask] of [...gaz.phrases].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lines.push(`${mask}\t${phrase}`);
  return lines.join('\n');
}

export function parseGazetteer(text: string): Gazetteer {
  const gaz = emptyGazetteer();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const mask = Number(line.slice(0, tab));
    const tokens = line.slice(tab + 1).split(' ');
    for (let b = 0; b < NER_LABELS.length; b++) if (mask & (1 << b)) addName(gaz, tokens, NER_LABELS[b]!);
  }
  return gaz;
}
