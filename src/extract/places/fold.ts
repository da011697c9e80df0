/**
 * Name folding shared by the gazetteer build and the run-time look-up, so that
 * "Jalālābād", "Jalalabad" and "JALALABAD" meet on one key.
 */

// Letters NFD does not decompose into base + mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
};

// Letters and single spaces, no leading/trailing space: folding is just lower-casing.
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * Fold a place name to its look-up key: accents and case dropped, apostrophes and dots
 * removed ("Sana'a" = "Sanaa", "St. Louis" = "St Louis"), hyphens and runs of space
 * made one space ("Sar-e-Pol" = "Sar e Pol").
 */
export function foldName(name: string): string {
  // Fast path (most names): plain letters and spaces only, nothing to strip or map.
  if (PLAIN.test(name)) return name.toLowerCase();
  const stripped = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  let out = '';
  for (const ch of stripped) out += SPECIAL_LETTERS[ch] ?? ch;
  return out
    .replace(/[\u2018\u2019\u02bb\u02bc\u02be\u02bf\u0060\u00b4'.]/g, '')
    .replace(/[-\u2010-\u2015_/,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key of an abbreviation that keeps its dots ("W. Va." -> "w.va."), so it never meets a word. */
export function abbreviationKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}
