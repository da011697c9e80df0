/**
 * An alias as the matcher sees it, in one compact string the KB build precomputes so the
 * run-time load is a JSON parse and a few splits: the folded pieces joined by spaces, then,
 * when some piece must be written in capitals, "^" and one digit per piece.
 *   "Hay'at Tahrir al-Sham" -> "hay at tahrir al sham";  "IS Sahel" -> "is sahel^10"
 */
import { piecesOfWord } from './normalize.js';

export function aliasPattern(alias: string): string {
  const keys: string[] = [];
  const upper: boolean[] = [];
  for (const word of alias.split(/\s+/)) {
    if (!word) continue;
    for (const p of piecesOfWord(word)) {
      const text = word.slice(p.start, p.end);
      keys.push(p.key);
      // a short piece written in capitals ("IS", "AP", "TTP") only matches capitals
      upper.push(text.length <= 5 && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text));
    }
  }
  const mask = upper.some(Boolean) ? '^' + upper.map((u) => (u ? '1' : '0')).join('') : '';
  return keys.join(' ') + mask;
}

export interface ParsedPattern {
  keys: string[];
  upper: boolean[];
}

export function parsePattern(pattern: string): ParsedPattern {
  const caret = pattern.indexOf('^');
  const keys = (caret < 0 ? pattern : pattern.slice(0, caret)).split(' ');
  const upper = caret < 0 ? keys.map(() => false) : [...pattern.slice(caret + 1)].map((d) => d === '1');
  return { keys, upper };
}
