/**
 * Durations ("three days", "the past three decades", "for months"), sets ("every week",
 * "twice a year", "daily") and clock times ("10:30 a.m.", "noon", "1500 GMT").
 */
import { fmtTime } from './calendar.js';
import {
  MONTH_RE, NUMBER_WORD_RE, PARTS_OF_DAY, PART_OF_DAY_RE, QUANTITY_MODS, SEASONS, SEASON_RE, UNITS, UNIT_RE, WEEKDAYS, WEEKDAY_RE,
  durationValue, monthNumber, parseNumber,
} from './lexicon.js';
import { tokenAt } from './direction.js';
import { rx, startsUpper, type Resolved, type ResolveContext, type Rule } from './types.js';
import { Kind } from './triggers.js';

const QUANTITY_RE = '(?:(?<q>nearly|less\\s+than|fewer\\s+than|up\\s+to|more\\s+than|at\\s+least|some)\\s+)';
// "last" before "a"/"an" is the verb ("to last a week"); a bare "the" only before a free-standing count: in "the two-day visit" TimeML marks "two-day"
const SPAN_LEAD_RE = '(?:(?<lead>the\\s+(?:past|last|next|first|previous|coming|following|final|remaining|latest)|(?:past|last|next|first)(?!\\s+an?\\s)|recent|the(?=\\s+[^\\s-]+\\s))\\s+)';

const quantityMod = (q: string | undefined) => (q ? QUANTITY_MODS[q.toLowerCase().replace(/\s+/g, ' ')] : undefined);

const duration: Rule = {
  name: 'duration',
  needs: Kind.unit,
  re: rx(`${QUANTITY_RE}?${SPAN_LEAD_RE}?(?<n>${NUMBER_WORD_RE})(?:\\s+(?<frac>1\\/2)|\\s+and\\s+a\\s+(?<half>half))?(?:\\s+more)?[\\s-]+(?<unit>${UNIT_RE})(?<half2>\\s+and\\s+a\\s+half)?`),
  make(m, doc) {
    const g = m.groups!;
    const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (/^[\s-]+old\b|^\s+of\s+age\b/i.test(after)) return null; // ages are not durations
    const lead = g.lead?.toLowerCase();
    // "a day" / "the day" alone: too often a set's tail or a noun
    if (lead === 'the' && /^(?:an?|some|many)$/i.test(g.n!)) return null;
    let n = parseNumber(g.n!);
    if (n === null) return null;
    const unit = UNITS[g.unit!.toLowerCase()]!;
    // "the 1988 quarter": a large count needs a plural unit unless hyphenated ("a 100-year flood")
    if (typeof n === 'number' && n >= 100 && !g.half && !g.frac && !/s$/i.test(g.unit!) && !/-\s*[a-z]+$/i.test(m[0]) && !/fortnight/i.test(g.unit!)) return null;
    if (unit === 'WE' || (g.unit!.toLowerCase().startsWith('night') && n === 'X')) return null;
    // "a quarter of", "three-quarters", "a second time", "the 1988 second quarter": fractions and ordinals
    if (unit === 'Q' && (/^an?$/i.test(g.n!) || /^\s+of\b/i.test(after) || /-quarters$/i.test(m[0]))) return null;
    if (unit === 'S' && (/^an?$/i.test(g.n!) || (typeof n === 'number' && n >= 1000))) return null;
    if (n !== 'X' && (g.half || g.half2 || g.frac)) n += 0.5;
    const value = durationValue(n, unit, g.unit);
    const mod = quantityMod(g.q);
    return () => (mod ? { type: 'DURATION', value, mod } : { type: 'DURATION', value });
  },
};

/** "half an hour", "half a century"; "week-long", "the decade-long war". */
const halfOrLong: Rule = {
  name: 'half-or-long',
  needs: Kind.unit,
  re: rx(`half\\s+an?\\s+(?<half>${UNIT_RE})|(?<long>${UNIT_RE})-long`),
  make(m) {
    const g = m.groups!;
    const unit = UNITS[(g.half ?? g.long)!.toLowerCase()]!;
    if (unit === 'WE' || unit === 'Q') return null;
    const value = durationValue(g.half ? 0.5 : 1, unit, g.half ?? g.long);
    return () => ({ type: 'DURATION', value });
  },
};

/** "the past year", "the last decade", "the coming months": a stretch without a number. */
const stretch: Rule = {
  name: 'stretch',
  needs: Kind.unit,
  re: rx(`${QUANTITY_RE}?(?<lead>the\\s+(?:past|last|next|coming|previous|following|first|latest)|recent|coming)(?:\\s+(?<few>few|several))?\\s+(?<unit>${UNIT_RE})`),
  make(m) {
    const g = m.groups!;
    const unitWord = g.unit!.toLowerCase();
    const plural = unitWord.endsWith('s') && unitWord !== 'centuries' ? true : unitWord === 'centuries';
    const unit = UNITS[unitWord]!;
    if (unit === 'WE') return null;
    // "in recent years", "recent days": TimeML reads these as the recent past, not a length
    if (/^recent$/i.test(g.lead!) && plural) return () => ({ type: 'DATE', value: 'PAST_REF' });
    const value = durationValue(plural || g.few ? 'X' : 1, unit, g.unit);
    const mod = quantityMod(g.q);
    return () => (mod ? { type: 'DURATION', value, mod } : { type: 'DURATION', value });
  },
};

/** "the weeks ahead", "the years to come": an open stretch into the future. */
const ahead: Rule = {
  name: 'ahead',
  needs: Kind.unit,
  re: rx('the\\s+(?:coming\\s+)?(?<unit>days|weeks|months|years|decades)\\s+(?:ahead|to\\s+come)'),
  make(m) {
    const value = durationValue('X', UNITS[m.groups!.unit!.toLowerCase()]!);
    return () => ({ type: 'DURATION', value });
  },
};

/** Verbs and prepositions before a bare plural unit that make it a duration ("for years", "took months"). */
const BARE_PLURAL_CUE = /(?:\b(?:for|over|in|within|after|took|take|takes|taking|lasted|last|lasting|spent|spend|than|since|of)\s+)$/i;

const barePlural: Rule = {
  name: 'bare-plural',
  needs: Kind.unit,
  re: rx('(?<unit>years|months|weeks|days|decades|centuries|hours|minutes)'),
  make(m, doc) {
    const before = doc.text.slice(Math.max(0, m.index - 10), m.index);
    const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (!BARE_PLURAL_CUE.test(before) && !/^\s+(?:of|later|earlier|ago|long)\b|^-long/i.test(after)) return null;
    if (/^\s+of\s+age\b/i.test(after)) return null;
    // "the early hours of Sunday": a part of the day, not a length
    if (/^\s+of\s+[A-Z\d]/.test(after) || /(?:early|small|wee)\s+$/i.test(before)) return null;
    const value = durationValue('X', UNITS[m.groups!.unit!.toLowerCase()]!);
    return () => ({ type: 'DURATION', value });
  },
};

function setValue(word: string, n: number | 'X' | null): string | null {
  const w = word.toLowerCase();
  if (w in WEEKDAYS) return `XXXX-WXX-${WEEKDAYS[w]}`;
  if (w in PARTS_OF_DAY) return `XXXX-XX-XXT${PARTS_OF_DAY[w]}`;
  if (w in SEASONS) return `XXXX-${SEASONS[w]}`;
  const unit = UNITS[w];
  if (!unit) return null;
  return unit === 'WE' ? 'XXXX-WXX-WE' : durationValue(n ?? 1, unit, w);
}

const everyUnit: Rule = {
  name: 'every',
  needs: Kind.unit | Kind.weekday | Kind.part | Kind.season | Kind.month,
  re: rx(`(?:every|each)\\s+(?:(?<other>other)\\s+|(?<n>${NUMBER_WORD_RE})\\s+)?(?:(?<w>${UNIT_RE}|weekends?|${WEEKDAY_RE}|${PART_OF_DAY_RE}|${SEASON_RE})|(?<mon>${MONTH_RE})(?:\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?\\b)?)`),
  make(m) {
    const g = m.groups!;
    // "each July": the month recurs every year
    if (g.mon) {
      if (!startsUpper(g.mon) || g.n || g.other || (g.d && (Number(g.d) < 1 || Number(g.d) > 31))) return null;
      const value = `XXXX-${String(monthNumber(g.mon)).padStart(2, '0')}${g.d ? `-${g.d.padStart(2, '0')}` : ''}`;
      return () => ({ type: 'SET', value });
    }
    const n = g.other ? 2 : g.n ? parseNumber(g.n) : null;
    const value = setValue(g.w!.replace(/s$/i, '').replace(/centurie$/i, 'century'), n);
    return value ? () => ({ type: 'SET', value }) : null;
  },
};

const timesPer: Rule = {
  name: 'times-per',
  needs: Kind.unit,
  re: rx(`(?<f>once|twice|thrice|(?:${NUMBER_WORD_RE})\\s+times)\\s+(?:a|an|per|every|each)\\s+(?<w>${UNIT_RE})`),
  make(m) {
    const value = setValue(m.groups!.w!, 1);
    return value ? () => ({ type: 'SET', value }) : null;
  },
};

/** "$5 a year", "3% per month": a rate, so the unit is a set. */
const perUnit: Rule = {
  name: 'per-unit',
  needs: Kind.unit,
  re: rx('(?:a|an|per)\\s+(?<w>year|month|week|day|hour|quarter)'),
  make(m, doc) {
    // a rate needs an amount within the three tokens before: "$1.76 a year", "four flights a week"
    const at = tokenAt(doc.tokens, m.index);
    const amount = doc.tokens.slice(Math.max(0, at - 3), at).some((t) => t.pos === 'NUM' || /^[$£€%]|\d|^(?:percent|million|billion|thousand)$/i.test(t.text));
    if (!amount) return null;
    const value = setValue(m.groups!.w!, 1);
    return value ? () => ({ type: 'SET', value }) : null;
  },
};

const SET_ADVERBS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'XXXX-XX-XXTNI', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', quarterly: 'P3M',
  annually: 'P1Y', yearly: 'P1Y', 'year-round': 'P1Y',
};

const setAdverb: Rule = {
  name: 'set-adverb',
  needs: Kind.set,
  re: rx('(?<w>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)'),
  make(m, doc) {
    const word = m.groups!.w!.toLowerCase();
    // "The Daily Telegraph", "the party daily Granma": part of a name, or a newspaper
    if (/^\s+[A-Z]/.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return null;
    // "quarterly dividend", "weekly magazine": an adjective naming a kind of thing, not a recurrence
    if (word === 'quarterly' && /^\s+[a-z]/.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    const value = SET_ADVERBS[word]!;
    return () => ({ type: 'SET', value });
  },
};

/** "on Mondays", "Tuesday nights": a weekday in the plural recurs. */
const pluralWeekday: Rule = {
  name: 'plural-weekday',
  needs: Kind.weekday,
  re: rx(`(?<wd>${WEEKDAY_RE})(?:s|\\s+(?<part>mornings|afternoons|evenings|nights))`),
  make(m) {
    const g = m.groups!;
    if (!startsUpper(g.wd!)) return null;
    const wd = WEEKDAYS[g.wd!.toLowerCase()]!;
    const part = g.part ? PARTS_OF_DAY[g.part.toLowerCase().replace(/s$/, '')] : undefined;
    const value = `XXXX-WXX-${wd}${part ? `T${part}` : ''}`;
    return () => ({ type: 'SET', value });
  },
};

function timeResolver(h: number, min: number) {
  return (ctx: ResolveContext): Resolved => {
    if (ctx.sentenceDay) return { type: 'TIME', value: fmtTime(ctx.sentenceDay.day, h, min), anchored: ctx.sentenceDay.anchored };
    return { type: 'TIME', value: fmtTime(ctx.anchor, h, min), anchored: 'full' };
  };
}

const ZONE_RE = '(?:\\s+(?:GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|IST|JST|local\\s+time|\\(\\d{4}\\s+GMT\\)))?';

const clockAmPm: Rule = {
  name: 'clock-am-pm',
  needs: Kind.clock,
  re: rx(`(?<h>\\d{1,2})(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)${ZONE_RE}`),
  make(m) {
    const g = m.groups!;
    let h = Number(g.h);
    const min = g.min ? Number(g.min) : 0;
    if (h < 1 || h > 12) return null;
    const pm = g.ap!.toLowerCase().startsWith('p');
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
    return timeResolver(h, min);
  },
};

const clock24: Rule = {
  name: 'clock-24h',
  needs: Kind.clock | Kind.year,
  re: rx(`(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)${ZONE_RE}|(?<h2>[01]\\d|2[0-3])(?<min2>[0-5]\\d)\\s+(?:GMT|UTC|local\\s+time|hrs|hours)`),
  make(m) {
    const g = m.groups!;
    return timeResolver(Number(g.h ?? g.h2), Number(g.min ?? g.min2));
  },
};

const noon: Rule = {
  name: 'noon',
  needs: Kind.clock,
  re: rx("(?<w>noon|midday|midnight|(?<n>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+o['’]clock)"),
  make(m, doc) {
    const g = m.groups!;
    const w = g.w!.toLowerCase();
    if (/high\s+$/i.test(doc.text.slice(Math.max(0, m.index - 5), m.index))) return null;
    // "the midnight sun": a modifier of a noun, not a time
    const next = doc.tokens[tokenAt(doc.tokens, m.index + m[0].length)];
    if (!g.n && next && (next.pos === 'NOUN' || (next.pos === 'PROPN' && !startsUpper(next.text))) && next.start <= m.index + m[0].length + 1 && !/^(?:deadline|curfew)$/i.test(next.text)) return null;
    if (g.n) {
      const h = parseNumber(g.n);
      return typeof h === 'number' && h >= 0 && h <= 24 ? timeResolver(h, 0) : null;
    }
    return timeResolver(w === 'midnight' ? 24 : 12, 0);
  },
};

// sets first: on equal extents the earlier rule wins, and "$5 a year" is a set, not a duration
const DAY_PART_HOURS: Record<string, number> = { morning: 0, afternoon: 12, evening: 12, night: 12 };

/** "4 in the morning", "eight in the evening". */
const hourOfPart: Rule = {
  name: 'hour-of-part',
  needs: Kind.part,
  re: rx(`(?<n>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\\s+o['’]clock)?\\s+in\\s+the\\s+(?<part>morning|afternoon|evening|night)`),
  make(m) {
    const g = m.groups!;
    const n = parseNumber(g.n!);
    if (typeof n !== 'number' || n < 1 || n > 12) return null;
    const part = g.part!.toLowerCase();
    const h = (n % 12) + (part === 'night' && n < 5 ? 0 : DAY_PART_HOURS[part]!);
    return timeResolver(h, 0);
  },
};

export const SPAN_RULES: Rule[] = [everyUnit, timesPer, perUnit, setAdverb, pluralWeekday, duration, halfOrLong, stretch, ahead, barePlural, clockAmPm, clock24, noon, hourOfPart];
