/**
 * Alias normalisation shared by the actor-KB build (training/build-actors.ts) and the
 * run-time matcher, so both sides cut names into the same "pieces".
 *
 * A piece is a lower-cased, accent-folded run of letters/digits. Dotted abbreviations
 * ("U.N.", "U.S.") become one piece ("un", "us") so they meet their undotted spelling;
 * every other punctuation mark separates pieces, which makes "al-Sham", "al Sham" and
 * "Al-SHAM" the same key and lets wink's split tokens ("al", "-", "Sham") line up.
 */

const DOTTED_ABBREVIATION = /^(?:\p{L}\.){2,}\p{L}?\.?$/u;
const WORD_PIECE = /[\p{L}\p{N}]+/gu;
const ASCII_WORD_PIECE = /[A-Za-z0-9]+/g;
const ASCII = /^[\x00-\x7f]*$/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Accent-fold and lower-case one piece of text ("Jalālābād" -> "jalalabad"). */
export function foldCase(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

export interface Piece {
  key: string;
  /** Offsets relative to the string that was cut. */
  start: number;
  end: number;
}

/** Cut one whitespace-free word (or token) into pieces with offsets inside it. */
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const NO_PIECE = /^[^\p{L}\p{N}]*$/u;

export function piecesOfWord(word: string): Piece[] {
  // fast paths for the commonest tokens: a plain word, or punctuation alone
  if (PLAIN_WORD.test(word)) return [{ key: word.toLowerCase(), start: 0, end: word.length }];
  if (word.length <= 2 && NO_PIECE.test(word)) return [];
  if (word.includes('.') && DOTTED_ABBREVIATION.test(word)) return [{ key: foldCase(word.replace(/\./g, '')), start: 0, end: word.length }];
  const out: Piece[] = [];
  // most words are ASCII: the plain class is several times faster than the Unicode one
  for (const m of word.matchAll(ASCII.test(word) ? ASCII_WORD_PIECE : WORD_PIECE)) {
    out.push({ key: foldCase(m[0]), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** The pieces of a whole name, as keys: "Hay'at Tahrir al-Sham" -> ["hay","at","tahrir","al","sham"]. */
export function aliasPieces(name: string): string[] {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => piecesOfWord(w).map((p) => p.key));
}

/** One string key for a name: its pieces joined by single spaces. */
export function aliasKey(name: string): string {
  return aliasPieces(name).join(' ');
}
