/**
 * Number expressions as news writes them: digits ("1,200", "40"), number words
 * ("forty-two", "two hundred"), and vague collective words ("dozens", "hundreds").
 *
 * Vague words get a documented conservative value and are flagged `vague`, so the
 * caller can set the qualifier to "at-least". The values follow ACLED's coding rule
 * for vague fatality reports (one unit of the word: "dozens" -> 12, "hundreds" -> 100,
 * "thousands" -> 1000, "scores" -> 20); "several" and "a few" take their literal
 * minimum (3 and 2), since a coder cannot defend anything higher.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Vague quantity words and the conservative value each stands for (see header). */
export const VAGUE: Record<string, number> = {
  dozens: 12, scores: 20, hundreds: 100, thousands: 1000, several: 3, 'a few': 2, 'a couple of': 2,
  'a dozen': 12, 'a handful of': 2, 'tens of thousands': 10000, 'hundreds of thousands': 100000,
};

const UNIT_WORDS = Object.keys(UNITS).join('|');
const TENS_WORDS = Object.keys(TENS).join('|');
const SCALE_WORDS = Object.keys(SCALES).join('|');
/** One cardinal written in words: "seven", "forty-two", "two hundred and five", "a hundred". */
const WORD_NUMBER = `(?:(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS}|a)(?:\\s+(?:${SCALE_WORDS})(?:\\s+(?:and\\s+)?(?:(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${UNIT_WORDS}))?)?`;
const DIGIT_NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?`;
const VAGUE_WORDS = Object.keys(VAGUE)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');

/** Source of a regex matching one number expression (no anchors, case-insensitive use). */
export const NUMBER_PATTERN = `(?:${VAGUE_WORDS}|${DIGIT_NUMBER}|${WORD_NUMBER})`;

export interface ParsedNumber {
  value: number;
  vague: boolean;
}

/** Value of a number expression matched by NUMBER_PATTERN; null when it is not one. */
export function parseNumber(raw: string): ParsedNumber | null {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (text in VAGUE) return { value: VAGUE[text]!, vague: true };
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?: (million|thousand))?$/.exec(text);
  if (digits) {
    const base = Number(digits[1]!.replace(/,/g, ''));
    const scale = digits[2] ? SCALES[digits[2]]! : 1;
    return Number.isFinite(base) ? { value: Math.round(base * scale), vague: false } : null;
  }
  const value = parseWords(text);
  return value === null ? null : { value, vague: false };
}

/** "two hundred and five" -> 205; "a hundred" -> 100; "forty-two" -> 42; "a" -> 1. */
function parseWords(text: string): number | null {
  const words = text.split(/[\s-]+/).filter((w) => w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === 'a' || w === 'an') current += 1;
    else if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w in SCALES) {
      const scale = SCALES[w]!;
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}
