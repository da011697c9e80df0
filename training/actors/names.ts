/** Small naming helpers for the KB build: display case, slugs, acronym tests. */
import { aliasKey } from '../../src/extract/entities/normalize.js';

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'al', 'el', 'wa', 'fi', 'de', 'du', 'des', 'la', 'le', 'del', 'e', 'i', 'ul', 'bin', 'ibn']);

/** "AFGHAN_NATIONAL_ARMY" -> "Afghan National Army"; keeps short vowel-less words (acronyms) in capitals. */
/** Short all-capital words that have vowels but are abbreviations all the same. */
const KEPT_CAPITALS = new Set(['US', 'UK', 'UN', 'EU', 'USA', 'UAE', 'AU', 'OAU', 'IMF', 'NATO', 'OPEC', 'ASEAN', 'UNESCO', 'UNICEF', 'IAEA', 'OIC']);

export function displayCase(raw: string): string {
  const words = raw.replace(/_/g, ' ').trim().split(/\s+/);
  return words
    .map((w, i) =>
      w
        .split('-')
        .map((part, j) => {
          const lower = part.toLowerCase();
          if (looksLikeAcronym(part) || KEPT_CAPITALS.has(part)) return part;
          if ((i > 0 || j > 0) && SMALL_WORDS.has(lower)) return lower;
          return lower.replace(/(^|[(])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase());
        })
        .join('-'),
    )
    .join(' ');
}

/** An all-capital word with no vowel ("ANSF", "TTP") or from a parenthesis: an acronym. */
export function looksLikeAcronym(word: string): boolean {
  return /^[A-Z]{2,6}$/.test(word) && !/[AEIOUY]/.test(word);
}

export function slug(name: string): string {
  return aliasKey(name).replace(/ /g, '-').slice(0, 60);
}
