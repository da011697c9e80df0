/**
 * Calendar dates: month-day(-year), day-month(-year), month-year, ISO and US numeric dates,
 * years, decades, centuries, bare months, seasons, quarters and holidays. Year-less forms
 * take their year from the publication date (see resolve.ts).
 */
import type { Doc } from '../../model/document.js';
import { fmtDay, fmtMonth, fmtYear, isValidDay, isoWeekday } from './calendar.js';
import { tokenAt } from './direction.js';
import { MONTH_RE, POSITION_MODS, SEASONS, SEASON_RE, WEEKDAYS, WEEKDAY_RE, monthNumber } from './lexicon.js';
import { resolveMonth, resolveMonthDay, resolveSeasonYear } from './resolve.js';
import { PERIOD_RULES } from './rules-periods.js';
import { rx, startsUpper, type Resolved, type ResolveContext, type Rule } from './types.js';
import { Kind } from './triggers.js';

/** "early", "mid-", "late", "the end of": the TIMEX3 mod they give. */
export const POSITION_RE = '(?:(?<pos>early|mid|late)[\\s-]+|(?:the\\s+)?(?:very\\s+)?(?<pos2>beginning|start|middle|end)\\s+of\\s+)';

export function positionMod(groups: Record<string, string | undefined> | undefined): string | undefined {
  const word = groups?.pos ?? groups?.pos2;
  return word ? POSITION_MODS[word.toLowerCase()] : undefined;
}

const withMod = (r: Resolved, mod: string | undefined): Resolved => (mod ? { ...r, mod } : r);

/** A month-day, checked against a stated weekday when there is one ("Friday, March 22"). */
function monthDay(m: number, d: number, yearText: string | undefined, weekdayText: string | undefined) {
  return (ctx: ResolveContext): Resolved | null => {
    if (yearText) {
      const day = { y: Number(yearText), m, d };
      return isValidDay(day) ? { type: 'DATE', value: fmtDay(day), day } : null;
    }
    if (ctx.narrativeYear !== null && isValidDay({ y: ctx.narrativeYear, m, d })) {
      const day = { y: ctx.narrativeYear, m, d };
      return { type: 'DATE', value: fmtDay(day), day };
    }
    let day = resolveMonthDay(ctx.anchor, m, d, ctx.direction());
    const weekday = weekdayText ? WEEKDAYS[weekdayText.toLowerCase()] : undefined;
    if (weekday) {
      // the stated weekday picks the year when the default one disagrees
      const fit = [day.y, ctx.anchor.y, ctx.anchor.y - 1, ctx.anchor.y + 1].find((y) => isValidDay({ y, m, d }) && isoWeekday({ y, m, d }) === weekday);
      if (fit !== undefined) day = { y: fit, m, d };
    }
    if (!isValidDay(day)) return null;
    return { type: 'DATE', value: fmtDay(day), day, anchored: 'year' };
  };
}

const validDayNumber = (s: string) => Number(s) >= 1 && Number(s) <= 31;

const monthDayYear: Rule = {
  name: 'month-day-year',
  needs: Kind.month,
  re: rx(`(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?<mon>${MONTH_RE})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y>\\d{4}))?`),
  make(m) {
    const g = m.groups!;
    if (!startsUpper(g.mon!) || !validDayNumber(g.d!)) return null;
    return monthDay(monthNumber(g.mon!), Number(g.d), g.y, g.wd);
  },
};

const dayMonthYear: Rule = {
  name: 'day-month-year',
  needs: Kind.month,
  re: rx(`(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH_RE})(?:,?\\s+(?<y>\\d{4}))?`),
  make(m) {
    const g = m.groups!;
    if (!startsUpper(g.mon!) || !validDayNumber(g.d!)) return null;
    return monthDay(monthNumber(g.mon!), Number(g.d), g.y, g.wd);
  },
};

const monthYear: Rule = {
  name: 'month-year',
  needs: Kind.month,
  re: rx(`${POSITION_RE}?(?<mon>${MONTH_RE}),?\\s+(?:of\\s+)?(?<y>\\d{4})`),
  make(m) {
    const g = m.groups!;
    if (!startsUpper(g.mon!)) return null;
    const value = fmtMonth(Number(g.y), monthNumber(g.mon!));
    return () => withMod({ type: 'DATE', value }, positionMod(g));
  },
};

/** "February this year", "early October last year". */
const monthRelativeYear: Rule = {
  name: 'month-relative-year',
  needs: Kind.month,
  re: rx(`${POSITION_RE}?(?<mon>${MONTH_RE})\\s+(?:of\\s+)?(?<which>this|last|next)\\s+year`),
  make(m) {
    const g = m.groups!;
    if (!startsUpper(g.mon!)) return null;
    const month = monthNumber(g.mon!);
    const offset = { this: 0, last: -1, next: 1 }[g.which!.toLowerCase() as 'this' | 'last' | 'next'];
    return (ctx) => withMod({ type: 'DATE', value: fmtMonth(ctx.anchor.y + offset, month), anchored: 'full' }, positionMod(g));
  },
};

const isoDate: Rule = {
  name: 'iso-date',
  needs: Kind.numdate,
  re: rx('(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})'),
  make(m) {
    const day = { y: Number(m.groups!.y), m: Number(m.groups!.m), d: Number(m.groups!.d) };
    return isValidDay(day) ? () => ({ type: 'DATE', value: fmtDay(day), day }) : null;
  },
};

/** US order (month/day/year), as in American news wires. */
const slashDate: Rule = {
  name: 'slash-date',
  needs: Kind.numdate,
  re: rx('(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})'),
  make(m) {
    const g = m.groups!;
    const y = g.y!.length === 2 ? (Number(g.y) > 50 ? 1900 : 2000) + Number(g.y) : Number(g.y);
    const day = { y, m: Number(g.m), d: Number(g.d) };
    return isValidDay(day) ? () => ({ type: 'DATE', value: fmtDay(day), day }) : null;
  },
};

/** Words after a number that show it counts things rather than names a year. */
const NOT_A_YEAR_AFTER = /^\s*(?:%|percent|per\s+cent|people|persons|troops|soldiers|men|women|children|votes|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|dollars|euros|pounds|barrels|units|cases|deaths|residents|families|homes|houses|jobs|workers|members|seats|times|rounds|points|yards|calories|hours|minutes|acres)\b/i;

const YEAR_PREPOSITIONS = /^(?:in|since|until|till|by|from|to|before|after|during|of|through|early|late|mid|fiscal|calendar|year|the|circa|c\.|'s|’s)$/i;

/** "1720 had already been discharged": a bare number acting as a subject counts people or things. */
function countsThings(doc: Doc, start: number, end: number): boolean {
  if (/[-–]/.test(doc.text[start - 1] ?? '')) return false; // the second year of a range
  const at = tokenAt(doc.tokens, start);
  const next = doc.tokens[tokenAt(doc.tokens, end)];
  const prev = at > 0 ? doc.tokens[at - 1] : undefined;
  if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return false;
  return !prev || !YEAR_PREPOSITIONS.test(prev.text);
}

// a year may open a range ("2009-2010" is two years) but not a numeric date or a decimal
const year: Rule = {
  name: 'year',
  needs: Kind.year,
  re: rx(`${POSITION_RE}?(?:(?<fiscal>fiscal|calendar)\\s+(?:year\\s+)?)?(?<y>(?:1[6-9]|20)\\d\\d)(?![/.,]\\d|[-–]\\d(?!\\d{3}(?!\\d)))`),
  make(m, doc) {
    const before = doc.text.slice(Math.max(0, m.index - 3), m.index);
    if (/[$£€#]\s*$|No\.\s*$/.test(before)) return null;
    if (NOT_A_YEAR_AFTER.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
    if (countsThings(doc, m.index + m[0].length - 4, m.index + m[0].length)) return null;
    const value = fmtYear(Number(m.groups!.y));
    const mod = positionMod(m.groups);
    return () => withMod({ type: 'DATE', value }, mod);
  },
};

const decade: Rule = {
  name: 'decade',
  needs: Kind.year,
  re: rx(`(?:the\\s+)?${POSITION_RE}?(?:(?<c>1\\d|20)(?<d>\\d)0|['’](?<d2>\\d)0)s`),
  make(m) {
    const g = m.groups!;
    const value = g.c ? `${g.c}${g.d}` : `19${g.d2}`;
    return () => withMod({ type: 'DATE', value }, positionMod(g));
  },
};

const DECADE_WORDS: Record<string, string> = { twenties: '2', thirties: '3', forties: '4', fifties: '5', sixties: '6', seventies: '7', eighties: '8', nineties: '9' };

const decadeWord: Rule = {
  name: 'decade-word',
  needs: Kind.decade,
  re: rx(`the\\s+${POSITION_RE}?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`),
  make(m) {
    const value = `19${DECADE_WORDS[m.groups!.w!.toLowerCase()]}`;
    return () => withMod({ type: 'DATE', value }, positionMod(m.groups));
  },
};

const century: Rule = {
  name: 'century',
  needs: Kind.unit,
  re: rx(`(?:the\\s+)?${POSITION_RE}?(?<n>\\d{1,2})(?:st|nd|rd|th)[\\s-]+century`),
  make(m) {
    const n = Number(m.groups!.n);
    if (n < 1) return null;
    const value = String(n - 1).padStart(2, '0');
    return () => withMod({ type: 'DATE', value }, positionMod(m.groups));
  },
};

const MONTHS_LOWER = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Months that are also common words need a capital and must not be tagged as verbs. */
function isMonthWord(doc: Doc, start: number, word: string): boolean {
  if (!startsUpper(word)) return false;
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length <= 4 && !word.endsWith('.') && !['june', 'july', 'may'].includes(lower)) return false;
  // "Theresa May", "April Ryan": a month name next to a capitalised name is part of that name
  const at = tokenAt(doc.tokens, start);
  const isName = (i: number) => {
    const t = doc.tokens[i];
    return !!t && t.pos === 'PROPN' && startsUpper(t.text) && t.sentence === doc.tokens[at]?.sentence && !MONTHS_LOWER.has(t.text.toLowerCase());
  };
  if (at > 0 && isName(at - 1)) return false;
  const before = at > 0 ? doc.tokens[at - 1]!.text.toLowerCase() : '';
  if (!/^(?:in|since|by|until|till|during|of|from|to|through|last|next|this|early|late|mid|before|after|between|and|or)$/.test(before) && isName(at + 1)) return false;
  if (lower === 'may' || lower === 'march') {
    const t = doc.tokens[tokenAt(doc.tokens, start)];
    if (t && t.start === start && (t.pos === 'AUX' || t.pos === 'VERB')) return false;
    // "May" opening a sentence is nearly always the modal
    if (lower === 'may' && (!t || doc.sentences[t.sentence]?.start === start)) return false;
  }
  return true;
}

const bareMonth: Rule = {
  name: 'month',
  needs: Kind.month,
  re: rx(`(?:${POSITION_RE}|(?:this\\s+(?=past|coming))?(?<which>last|next|this|past|coming)\\s+)?(?<mon>${MONTH_RE})`),
  make(m, doc) {
    const g = m.groups!;
    const at = m.index + m[0].length - g.mon!.length;
    if (!isMonthWord(doc, at, g.mon!)) return null;
    const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    // "the March for Life", "the May Day parade": a bare month after "the" names something
    // else, unless a common noun follows ("the March accession", "the October killing")
    if (!g.which && !g.pos && !g.pos2 && /\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.index - 5), m.index)) && !/^\s+[a-z]/.test(after)) return null;
    // "the March of the Mothers", "a March on Washington": the noun (but "in March for talks" is the month)
    const leadIn = /\b(?:in|since|by|until|till|during|from|through|before|after|early|late|mid|last|next|this)[\s-]+$/i.test(doc.text.slice(Math.max(0, m.index - 7), m.index));
    if (/^march$/i.test(g.mon!) && !leadIn && /^\s+(?:for|of|on|to|through|against)\s/i.test(after)) return null;
    const month = monthNumber(g.mon!);
    const mod = positionMod(g);
    const which = g.which?.toLowerCase();
    return (ctx) => {
      const a = ctx.anchor;
      let y: number;
      if (which === 'last' || which === 'past') y = month < a.m ? a.y : a.y - 1;
      else if (which === 'next' || which === 'coming') y = month > a.m ? a.y : a.y + 1;
      else if (which === 'this') y = a.y;
      else y = resolveMonth(a, month, ctx.direction());
      return withMod({ type: 'DATE', value: fmtMonth(y, month), anchored: 'year' }, mod);
    };
  },
};

const PRECEDING_SEASON_CUE = /(?:in|during|since|by|until|through|over)\s+$/i;

const season: Rule = {
  name: 'season',
  needs: Kind.season,
  re: rx(`(?:(?:this\\s+(?=past|coming))?(?<which>this|last|next|past|coming)\\s+|${POSITION_RE}|the\\s+)?(?<s>${SEASON_RE})(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?`),
  make(m, doc) {
    const g = m.groups!;
    const prefixInside = m[0].slice(0, m[0].toLowerCase().indexOf(g.s!.toLowerCase())).trim();
    const before = doc.text.slice(Math.max(0, m.index - 10), m.index);
    if (!g.y && !prefixInside && !PRECEDING_SEASON_CUE.test(before)) return null;
    // "the fall of Kabul": the noun, not the season
    if (/^\s+of\s+[A-Z]/.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return null;
    const code = SEASONS[g.s!.toLowerCase()]!;
    const mod = positionMod(g);
    const which = (g.which?.toLowerCase() === 'past' ? 'last' : g.which?.toLowerCase() === 'coming' ? 'next' : g.which?.toLowerCase()) as 'this' | 'last' | 'next' | undefined;
    return (ctx) => {
      if (g.y) return withMod({ type: 'DATE', value: `${g.y}-${code}` }, mod);
      const y = resolveSeasonYear(ctx.anchor, code, which ?? null, ctx.direction());
      return withMod({ type: 'DATE', value: `${fmtYear(y)}-${code}`, anchored: 'full' }, mod);
    };
  },
};

export const CALENDAR_RULES: Rule[] = [monthDayYear, dayMonthYear, monthYear, monthRelativeYear, isoDate, slashDate, year, decade, decadeWord, century, bareMonth, season, ...PERIOD_RULES];
