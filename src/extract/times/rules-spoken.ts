/**
 * Years spelt out, as broadcast transcripts write them: "nineteen ninety-six", "January
 * nineteen ninety-seven", "the winter of nineteen ninety-four", "the year two thousand".
 */
import { fmtMonth } from './calendar.js';
import { MONTH_RE, SEASONS, SEASON_RE, monthNumber, parseNumber } from './lexicon.js';
import { Kind } from './triggers.js';
import { rx, startsUpper, type Rule } from './types.js';

const ONES = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** The last two digits: "ninety-six", "ten", "oh five". */
const TAIL = `(?:${TENS}(?:[\\s-]+${ONES})?|${TEENS}|oh[\\s-]+${ONES})`;

/** "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001; null if the words are no year. */
export function spokenYear(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ').trim();
  const thousand = /^two thousand(?: and)?(?: (\w+))?$/.exec(w);
  if (thousand) {
    const ones = thousand[1] ? parseNumber(thousand[1]) : 0;
    return typeof ones === 'number' && ones < 10 ? 2000 + ones : null;
  }
  const m = /^(nineteen|twenty)[\s-](.+)$/.exec(w);
  if (!m) return null;
  const tail = parseNumber(m[2]!.replace(/^oh[\s-]/, ''));
  if (typeof tail !== 'number' || tail < 1 || tail > 99) return null;
  return (m[1] === 'nineteen' ? 1900 : 2000) + tail;
}

const spoken: Rule = {
  name: 'spoken-year',
  needs: Kind.spoken,
  re: rx(
    `(?:(?<mon>${MONTH_RE})\\s+|(?:the\\s+)?(?<s>${SEASON_RE})\\s+of\\s+)?(?<yr>the\\s+year\\s+)?(?<y>(?:nineteen|twenty)[\\s-]+${TAIL}|two\\s+thousand(?:\\s+(?:and\\s+)?${ONES})?)`,
  ),
  make(m, doc) {
    const g = m.groups!;
    const y = spokenYear(g.y!);
    if (y === null) return null;
    // "two thousand people": a count unless something marks it as a year
    const marked = g.yr || g.mon || g.s || /\b(?:in|since|by|until|of)\s+$/i.test(doc.text.slice(Math.max(0, m.index - 7), m.index));
    if (/^two/i.test(g.y!) && !marked) return null;
    if (/^twenty/i.test(g.y!) && !marked) return null;
    if (g.mon && !startsUpper(g.mon)) return null;
    if (g.mon) return () => ({ type: 'DATE', value: fmtMonth(y, monthNumber(g.mon!)) });
    if (g.s) return () => ({ type: 'DATE', value: `${y}-${SEASONS[g.s!.toLowerCase()]}` });
    return () => ({ type: 'DATE', value: String(y) });
  },
};

export const SPOKEN_RULES: Rule[] = [spoken];
