/**
 * Business quarters ("the third quarter", "Q1 2024", "the year-ago quarter") and holidays
 * ("Christmas", "Thanksgiving", "Easter"), with their year taken from the publication date.
 */
import { fmtDay, fmtQuarter, fmtYear, isoWeekday, quarterOf, type Day } from './calendar.js';
import { resolveMonthDay } from './resolve.js';
import type { Resolved, Rule } from './types.js';
import { Kind } from './triggers.js';
import { rx } from './types.js';

/** "Q3", "Q1 2021", "Q4 of 2019". */
const quarterCode: Rule = {
  name: 'quarter-code',
  needs: Kind.quarter,
  re: /(?<![\w'])(?<fy>FY)?Q(?<q>[1-4])(?:\s+(?:of\s+)?(?<y>(?:19|20)\d\d))?(?![\w])/g,
  make(m) {
    const g = m.groups!;
    const q = Number(g.q);
    return (ctx) => {
      if (g.y) return { type: 'DATE', value: fmtQuarter(Number(g.y), q) };
      const y = q <= quarterOf(ctx.anchor.m) || ctx.direction() === 'future' ? ctx.anchor.y : ctx.anchor.y - 1;
      return { type: 'DATE', value: fmtQuarter(y, q), anchored: 'full' };
    };
  },
};

const QUARTER_ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const quarter: Rule = {
  name: 'quarter',
  needs: Kind.unit,
  re: rx(
    `(?:the\\s+)?(?:(?<y0>(?:19|20)\\d\\d)\\s+)?(?:(?<rel>latest|last|current|previous|past|year-earlier|year-ago|same)\\s+)?(?:fiscal\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)?[\\s-]*(?:fiscal[\\s-]+)?quarter(?:\\s+of\\s+(?:fiscal\\s+)?(?<y>\\d{4}))?`,
  ),
  make(m, doc) {
    const g = m.groups!;
    // "the quarter" alone is the reporting quarter of business news; "a quarter of" is a fraction
    const bare = !g.ord && !g.rel;
    if (bare && (!/^the\s/i.test(m[0]) || /^\s+of\b/i.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 4)))) return null;
    const rel = g.rel?.toLowerCase();
    const q = g.ord ? QUARTER_ORDINALS[g.ord.toLowerCase()]! : null;
    return (ctx): Resolved => {
      const a = ctx.anchor;
      const statedYear = g.y ?? g.y0;
      if (statedYear && q) return { type: 'DATE', value: fmtQuarter(Number(statedYear), q) };
      if (statedYear && bare) return { type: 'DATE', value: fmtQuarter(Number(statedYear), quarterOf(ctx.anchor.m) === 1 ? 4 : quarterOf(ctx.anchor.m) - 1) };
      const current = quarterOf(a.m);
      if (q) {
        // a quarter not yet begun is last year's unless the clause points ahead, as for months
        const y = q <= current || ctx.direction() === 'future' ? a.y : a.y - 1;
        const yearBack = rel === 'year-earlier' || rel === 'year-ago';
        // a year-ago quarter is a comparison, not the period under discussion: it leaves ctx.quarter alone
        return { type: 'DATE', value: fmtQuarter(yearBack ? y - 1 : y, q), anchored: 'full', fromLast: yearBack || undefined };
      }
      if (rel === 'current') return { type: 'DATE', value: fmtQuarter(a.y, current), anchored: 'full' };
      // "the latest quarter", "last quarter": the last one completed before publication
      const lastY = current === 1 ? a.y - 1 : a.y;
      const lastQ = current === 1 ? 4 : current - 1;
      if (rel === 'year-earlier' || rel === 'year-ago') {
        const base = ctx.quarter ?? { y: lastY, q: lastQ };
        return { type: 'DATE', value: fmtQuarter(base.y - 1, base.q), anchored: 'full', fromLast: true };
      }
      return { type: 'DATE', value: fmtQuarter(lastY, lastQ), anchored: 'full' };
    };
  },
};

/** Fixed-date holidays and the two movable ones news mentions most. */
function holidayDay(name: string, y: number): Day {
  const n = name.toLowerCase().replace(/\s+/g, ' ');
  if (n.startsWith('christmas eve')) return { y, m: 12, d: 24 };
  if (n.startsWith('christmas')) return { y, m: 12, d: 25 };
  if (n.startsWith("new year's eve")) return { y, m: 12, d: 31 };
  if (n.startsWith('new year')) return { y, m: 1, d: 1 };
  if (n.startsWith('halloween')) return { y, m: 10, d: 31 };
  if (n.startsWith('valentine')) return { y, m: 2, d: 14 };
  if (n.startsWith('independence')) return { y, m: 7, d: 4 };
  if (n.startsWith('boxing')) return { y, m: 12, d: 26 };
  if (n.startsWith('election')) {
    // US general election: the Tuesday after the first Monday of November
    const firstMonday = 1 + ((1 - isoWeekday({ y, m: 11, d: 1 }) + 7) % 7);
    return { y, m: 11, d: firstMonday + 1 };
  }
  if (n.startsWith('thanksgiving')) {
    const first = isoWeekday({ y, m: 11, d: 1 });
    return { y, m: 11, d: 1 + ((4 - first + 7) % 7) + 21 };
  }
  return easter(y);
}

/** Anonymous Gregorian computus. */
function easter(y: number): Day {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * mm + 114) % 31) + 1 };
}

const holiday: Rule = {
  name: 'holiday',
  needs: Kind.holiday | Kind.unit,
  re: /(?<![\w'’])(?<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|Independence\s+Day|Boxing\s+Day|Easter(?:\s+Sunday)?|Election\s+Day)(?:,?\s+(?<y>\d{4}))?(?![\w])/g,
  make(m) {
    const g = m.groups!;
    return (ctx) => {
      if (g.y) {
        const day = holidayDay(g.h!, Number(g.y));
        return { type: 'DATE', value: fmtDay(day), day };
      }
      const thisYear = holidayDay(g.h!, ctx.anchor.y);
      const guess = resolveMonthDay(ctx.anchor, thisYear.m, thisYear.d, ctx.direction());
      const day = holidayDay(g.h!, guess.y);
      return { type: 'DATE', value: fmtDay(day), day, anchored: 'year' };
    };
  },
};


/** "the first half of 2022", "the second half of this year". */
const halfYear: Rule = {
  name: 'half-year',
  needs: Kind.year | Kind.unit,
  re: rx('(?:the\\s+)?(?<which>first|second|latter|last)\\s+half\\s+of\\s+(?:(?<y>(?:19|20)\\d\\d)|(?<rel>this|last|next|the)\\s+year)'),
  make(m) {
    const g = m.groups!;
    const half = g.which!.toLowerCase() === 'first' ? 1 : 2;
    return (ctx) => {
      if (g.y) return { type: 'DATE', value: `${g.y}-H${half}` };
      const rel = g.rel!.toLowerCase();
      const y = ctx.anchor.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      return { type: 'DATE', value: `${String(y).padStart(4, '0')}-H${half}`, anchored: 'full' };
    };
  },
};

/**
 * Results news names its reporting period without a unit: "the latest period", "the 1988
 * period", "the year-earlier period", "year-ago results". With a quarter named before,
 * these are that quarter (a year back for year-earlier/ago); without one, a year.
 */
const reportingPeriod: Rule = {
  name: 'reporting-period',
  needs: Kind.unit,
  re: rx('(?:(?:the\\s+)?(?:(?<latest>latest)|(?<y>(?:19|20)\\d\\d)|(?<ago1>year-earlier|year-ago))\\s+period|(?<ago2>year-earlier|year-ago))'),
  make(m) {
    const g = m.groups!;
    const back = g.ago1 || g.ago2 ? 1 : 0;
    return (ctx) => {
      const q = ctx.quarter;
      // "the 1988 period" beside a 1989 quarter is the comparison, not the new period under discussion
      if (g.y) return q ? { type: 'DATE', value: fmtQuarter(Number(g.y), q.q), fromLast: Number(g.y) !== q.y || undefined } : { type: 'DATE', value: g.y };
      if (q) return { type: 'DATE', value: fmtQuarter(q.y - back, q.q), anchored: 'full', fromLast: true };
      // "the latest period" with no quarter named: nothing to say which period it is
      return back ? { type: 'DATE', value: fmtYear(ctx.anchor.y - 1), anchored: 'full' } : null;
    };
  },
};

/**
 * "the year" as the period under discussion: "for the year ended Sept. 30" is a year's
 * length (TimeML: P1Y), "sales for the full year", "earlier in the year" the current year.
 * Only after words that make it a period ("for", "of", "throughout" ...), so "the year
 * since the war" and "the year before" (anaphoric rule) stay out.
 */
const theYear: Rule = {
  name: 'the-year',
  needs: Kind.unit,
  re: rx('(?:(?<edge>earlier|later)\\s+in\\s+)?the\\s+(?:(?:fiscal|full|calendar)\\s+)?year(?![-\\w])'),
  make(m, doc) {
    const end = m.index + m[0].length;
    const after = doc.text.slice(end, end + 10);
    if (/^\s+end(?:ed|ing)\b/i.test(after)) return () => ({ type: 'DURATION', value: 'P1Y' });
    if (!m.groups!.edge && !/\b(?:for|of|throughout|during)\s+$/i.test(doc.text.slice(Math.max(0, m.index - 12), m.index))) return null;
    if (/^\s+(?:since|that|when|after|before|to|in|\d)/i.test(after)) return null;
    // "Player of the Year": an award's name
    if (/Year$/.test(m[0])) return null;
    return (ctx) => ({ type: 'DATE', value: fmtYear(ctx.anchor.y), anchored: 'full' });
  },
};

export const PERIOD_RULES: Rule[] = [quarter, quarterCode, halfYear, holiday, reportingPeriod, theYear];
