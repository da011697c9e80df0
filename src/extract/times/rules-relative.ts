/**
 * Dates named relative to the publication day ("yesterday", "last month", "on Sunday",
 * "two years ago", "earlier this week", "late last year") or to the last day the text named
 * ("the day before", "the next morning").
 */
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, fmtQuarter, isoWeekday, quarterOf, type Day } from './calendar.js';
import { NUMBER_WORD_RE, PARTS_OF_DAY, PART_OF_DAY_RE, UNITS, WEEKDAYS, WEEKDAY_RE, parseNumber, type UnitCode } from './lexicon.js';
import { resolveWeekday, shiftedWeekday } from './resolve.js';
import { tokenAt } from './direction.js';
import { POSITION_RE, positionMod } from './rules-calendar.js';
import { rx, startsUpper, type Resolved, type Rule } from './types.js';
import { Kind } from './triggers.js';

const dayDate = (day: Day, anchored: 'full' | undefined = 'full'): Resolved => ({ type: 'DATE', value: fmtDay(day), day, anchored });
const partOfDay = (day: Day, part: string): Resolved => ({
  type: 'TIME',
  value: `${fmtDay(day)}T${PARTS_OF_DAY[part.toLowerCase()]}`,
  day,
  anchored: 'full',
});

const DEICTIC_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
const REFS: Record<string, string> = {
  now: 'PRESENT_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'right now': 'PRESENT_REF',
  'at present': 'PRESENT_REF', presently: 'PRESENT_REF', 'the present': 'PRESENT_REF', 'for now': 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF', 'the past': 'PAST_REF', formerly: 'PAST_REF',
  'the future': 'FUTURE_REF', 'the near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF',
};

const deictic: Rule = {
  name: 'deictic',
  needs: Kind.deictic,
  re: rx(`(?:(?:early|late|earlier|later)\\s+)?(?<w>today|tonight|yesterday|tomorrow|the\\s+day\\s+(?<two>before\\s+yesterday|after\\s+tomorrow))(?:\\s+(?<part>${PART_OF_DAY_RE}))?`),
  make(m) {
    const g = m.groups!;
    const w = g.w!.toLowerCase();
    const offset = g.two ? (g.two.toLowerCase().startsWith('before') ? -2 : 2) : DEICTIC_OFFSETS[w]!;
    return (ctx) => {
      const day = addDays(ctx.anchor, offset);
      if (w === 'tonight') return partOfDay(day, 'night');
      return g.part ? partOfDay(day, g.part) : dayDate(day);
    };
  },
};

const refWord: Rule = {
  name: 'ref',
  needs: Kind.ref | Kind.unit,
  re: rx('(?<w>now|currently|nowadays|these\\s+days|right\\s+now|at\\s+present|presently|recently|lately|formerly|the\\s+past|the\\s+present|the\\s+(?:near\\s+)?future|the\\s+near\\s+term)'),
  make(m, doc) {
    const w = m.groups!.w!.toLowerCase().replace(/\s+/g, ' ');
    // "now" as a discourse marker glued to "that" ("now that") or "the past" as in "the past three years" (a longer rule)
    // "the present study": an adjective, not the present time
    const next = doc.tokens[tokenAt(doc.tokens, m.index + m[0].length)];
    if (w === 'the present' && next && next.pos === 'NOUN') return null;
    // "the now-extinct species": part of a compound adjective
    if (doc.text[m.index + m[0].length] === '-') return null;
    const value = REFS[w]!;
    return () => ({ type: 'DATE', value });
  },
};

/** "this morning", "last night", "Friday evening" are TIME in TimeML; the day is resolved first. */
const thisPartOfDay: Rule = {
  name: 'this-part-of-day',
  needs: Kind.part,
  re: rx(`(?<which>this|last|yesterday|tomorrow)\\s+(?<part>${PART_OF_DAY_RE})`),
  make(m) {
    const g = m.groups!;
    const which = g.which!.toLowerCase();
    const part = g.part!.toLowerCase();
    return (ctx) => {
      // "last night" is the night before publication; "last evening" likewise
      const offset = which === 'yesterday' || which === 'last' ? -1 : which === 'tomorrow' ? 1 : 0;
      return partOfDay(addDays(ctx.anchor, offset), part);
    };
  },
};

const weekday: Rule = {
  name: 'weekday',
  needs: Kind.weekday,
  re: rx(`(?:(?:early|late|earlier|later)\\s+)?(?:(?:this\\s+)?(?<which>last|next|this|coming|past)\\s+)?(?<wd>${WEEKDAY_RE})(?:\\s+(?<part>${PART_OF_DAY_RE}))?`),
  make(m) {
    const g = m.groups!;
    if (!startsUpper(g.wd!)) return null;
    const wd = WEEKDAYS[g.wd!.toLowerCase()]!;
    const which = g.which?.toLowerCase();
    return (ctx) => {
      const day =
        which === 'last' || which === 'past'
          ? shiftedWeekday(ctx.anchor, wd, 'last')
          : which === 'next' || which === 'coming'
            ? shiftedWeekday(ctx.anchor, wd, 'next')
            : which === 'this'
              ? shiftedWeekday(ctx.anchor, wd, 'this')
              : resolveWeekday(ctx.anchor, wd, ctx.direction());
      // TimeBank/AQUAINT annotators typed "Friday night" as a DATE (about 3 to 1), unlike "last night"
      return g.part ? { ...partOfDay(day, g.part), type: 'DATE' } : dayDate(day);
    };
  },
};

/** The period containing day, at the granularity of unit. */
function periodValue(day: Day, unit: UnitCode): string {
  switch (unit) {
    case 'D':
      return fmtDay(day);
    case 'W':
      return fmtWeek(day);
    case 'WE':
      return `${fmtWeek(day)}-WE`;
    case 'M':
      return fmtMonth(day.y, day.m);
    case 'Q':
      return fmtQuarter(day.y, quarterOf(day.m));
    case 'DE':
      return fmtYear(day.y).slice(0, 3);
    case 'CE':
      return fmtYear(day.y).slice(0, 2);
    default:
      return fmtYear(day.y);
  }
}

/** Moves day by n units (calendar units; decades and centuries as years). */
function shift(day: Day, unit: UnitCode, n: number): Day {
  switch (unit) {
    case 'D':
      return addDays(day, n);
    case 'W':
    case 'WE':
      return addDays(day, 7 * n);
    case 'M':
      return addMonths(day, n);
    case 'Q':
      return addMonths(day, 3 * n);
    case 'DE':
      return addMonths(day, 120 * n);
    case 'CE':
      return addMonths(day, 1200 * n);
    default:
      return addMonths(day, 12 * n);
  }
}

const WHICH_OFFSET: Record<string, number> = { this: 0, current: 0, 'the current': 0, last: -1, past: -1, previous: -1, next: 1, coming: 1 };

const lastThisNext: Rule = {
  name: 'last-this-next',
  needs: Kind.unit,
  re: rx(`(?:${POSITION_RE}|(?<edge>earlier|later)\\s+)?(?:this\\s+(?=past|coming))?(?<which>this|last|next|past|coming|previous|current|the\\s+current)\\s+(?:fiscal\\s+)?(?<unit>week|weekend|month|year|decade|century|quarter)`),
  make(m, doc) {
    const g = m.groups!;
    // "the past week", "the next month": a stretch of time, left to the duration rule
    if (/\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.index - 4), m.index)) && !g.pos && !g.pos2 && !g.edge) return null;
    const unit = UNITS[g.unit!.toLowerCase()]!;
    const offset = WHICH_OFFSET[g.which!.toLowerCase().replace(/\s+/g, ' ')]!;
    const mod = positionMod(g);
    return (ctx) => {
      let base = ctx.anchor;
      // "last weekend" on a Monday is two days ago, not the weekend a week before
      // (the Saturday of the previous / next ISO week)
      if (unit === 'WE' && offset !== 0) base = addDays(base, -(isoWeekday(base) - 1) + (offset < 0 ? -2 : 12));
      else base = shift(base, unit, offset);
      const r: Resolved = { type: 'DATE', value: periodValue(base, unit), anchored: 'full' };
      return mod ? { ...r, mod } : r;
    };
  },
};

const AGO_WORDS: Record<string, number> = { ago: -1, earlier: -1, before: -1, previously: -1, later: 1, 'from now': 1, hence: 1, after: 1 };

const unitsAgo: Rule = {
  name: 'units-ago',
  needs: Kind.unit,
  re: rx(`(?:(?:nearly|some|more\\s+than|less\\s+than|at\\s+least)\\s+)?(?:(?<n>${NUMBER_WORD_RE})[\\s-]+)?(?<unit>days?|weeks?|months?|years?|decades?|centuries|century|fortnight)\\s+(?<dir>ago|earlier|later|from\\s+now|hence)`),
  make(m) {
    const g = m.groups!;
    // a bare plural ("months ago") is some number of them
    const n = g.n ? parseNumber(g.n) : /s$/i.test(g.unit!) ? 'X' : null;
    if (n === null || (typeof n === 'number' && !Number.isInteger(n))) return null;
    const unit = UNITS[g.unit!.toLowerCase()]!;
    const dir = g.dir!.toLowerCase().replace(/\s+/g, ' ');
    const sign = AGO_WORDS[dir]!;
    const fromLast = dir === 'earlier' || dir === 'later';
    return (ctx) => {
      if (n === 'X') return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      const count = /fortnight/i.test(g.unit!) ? 2 * n : n;
      // "net rose to $5 million from $4 million a year earlier": the same quarter a year before
      if (unit === 'Y' && count === 1 && sign < 0 && ctx.quarter) return { type: 'DATE', value: fmtQuarter(ctx.quarter.y - 1, ctx.quarter.q), anchored: 'full', fromLast: true };
      const base = fromLast ? ctx.last : ctx.anchor;
      const day = shift(base, unit, sign * count);
      // "a decade later" counts from a year named in the text: the answer is a year too
      const granularity = fromLast && (unit === 'DE' || unit === 'CE') ? 'Y' : unit;
      // neither becomes the base of a later "a year earlier": in news these are comparisons,
      // and "a year ago ... a year earlier" name one period, not two
      return { type: 'DATE', value: periodValue(day, granularity), day: unit === 'D' ? day : undefined, anchored: 'full', fromLast: true };
    };
  },
};

const ANAPHOR_SIGN: Record<string, number> = { before: -1, earlier: -1, previous: -1, prior: -1, after: 1, later: 1, next: 1, following: 1, same: 0 };

/** Words that may follow "the day before" when it stands alone as a date. */
const ANAPHOR_FOLLOWERS = new Set(['and', 'or', 'but', 'when', 'as', 'in', 'at', 'on', 'with', 'to', 'yesterday', 'he', 'she', 'they', 'it', 'we', 'i', 'the', 'a', 'police', 'officials']);

const anaphoric: Rule = {
  name: 'anaphoric',
  needs: Kind.unit | Kind.part,
  re: rx(
    `(?:the\\s+(?<unit>day|week|month|year)\\s+(?<rel>before|after|earlier|later)|the\\s+(?<rel2>previous|prior|next|following|same)\\s+(?<unit2>day|week|month|year|${PART_OF_DAY_RE})|a\\s+day\\s+(?<rel3>earlier|later|before|after)|(?:(?:earlier|later)\\s+)?(?<that>that)\\s+(?:same\\s+)?(?<unit3>day|week|month|year|morning|night|evening|afternoon))`,
  ),
  make(m, doc) {
    const g = m.groups!;
    // "a day before the vote": "a day" is a duration here; the vote is not a date
    if (g.rel3 && /^(?:before|after)$/i.test(g.rel3) && /^\s+\w/.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    // "the day before authorities issued...": a clause follows, so this is no date of its own
    const next = /^\s*([A-Za-z]+)/.exec(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1]?.toLowerCase();
    if ((g.rel || g.rel3) && next && !ANAPHOR_FOLLOWERS.has(next)) return null;
    const word = (g.unit ?? g.unit2 ?? g.unit3 ?? 'day').toLowerCase();
    const sign = g.that ? 0 : ANAPHOR_SIGN[(g.rel ?? g.rel2 ?? g.rel3)!.toLowerCase()]!;
    return (ctx) => {
      if (word in PARTS_OF_DAY) return { ...partOfDay(addDays(ctx.last, sign), word), fromLast: true };
      const unit = UNITS[word]!;
      const day = shift(ctx.last, unit, sign);
      return { type: 'DATE', value: periodValue(day, unit), day: unit === 'D' ? day : undefined, anchored: 'full', fromLast: true };
    };
  },
};

/** "the weekend": the one before publication unless the clause points ahead. */
const theWeekend: Rule = {
  name: 'the-weekend',
  needs: Kind.unit,
  re: rx('(?:the|this)\\s+weekend'),
  make() {
    return (ctx) => {
      const a = ctx.anchor;
      const wd = isoWeekday(a);
      const saturday = wd >= 6 || ctx.direction() === 'future' ? addDays(a, 6 - wd) : addDays(a, -(wd + 1));
      return { type: 'DATE', value: `${fmtWeek(saturday)}-WE`, anchored: 'full' };
    };
  },
};

/** "the end of the year", "year-end", "the beginning of the month": the current period at an edge. */
const periodEdge: Rule = {
  name: 'period-edge',
  needs: Kind.unit,
  re: rx(`(?:${POSITION_RE}the\\s+(?<unit>year|month|week|decade)|(?<ye>year)[-\\s](?:end|'s\\s+end))`),
  make(m) {
    const g = m.groups!;
    const unit = UNITS[(g.unit ?? g.ye)!.toLowerCase()]!;
    const mod = g.ye ? 'END' : positionMod(g);
    return (ctx) => {
      const r: Resolved = { type: 'DATE', value: periodValue(ctx.anchor, unit), anchored: 'full' };
      return mod ? { ...r, mod } : r;
    };
  },
};

export const RELATIVE_RULES: Rule[] = [periodEdge, deictic, refWord, thisPartOfDay, weekday, lastThisNext, unitsAgo, anaphoric, theWeekend];
