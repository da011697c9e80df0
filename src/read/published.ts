/**
 * Publication date when neither the input nor the page metadata gives one: a dateline,
 * then the URL, else none.
 *
 * Datelines: "NAIROBI, March 3 (Reuters) -" gives a month and day; "NAIROBI, March 3, 2023
 * (Reuters) -" a full date; "KABUL, Afghanistan (AP) —" no date at all (AP's style), so it
 * falls through to the URL. A dateline without a year takes it from other evidence: first
 * the URL's year, then the latest full date written in the text (an article is published
 * on or after the events it reports, so a dateline day that would fall before that date
 * belongs to the next year: "Jan 2" after "December 30, 2022" is 2023-01-02). With no such
 * evidence the date is left unknown and a note says why: guessing the year from the clock
 * or the file date would quietly mis-date every relative date in the article.
 */
import type { PublishedFrom } from '../model/analysis.js';
import { validDay } from './dates.js';

export interface FoundDate {
  published: string | null;
  from: PublishedFrom;
  /** Why a dateline was seen but not used (no year could be found). */
  note?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const AGENCY = '(?:Reuters|AFP|AP|dpa|DPA|Xinhua|UPI|ANI|PTI|IANS|Bernama|Anadolu|AA|EFE|ANSA|Kyodo|Yonhap|TASS|IRNA|KUNA|WAM|SPA|APP|Sputnik|RIA|Interfax|[A-Z][A-Za-z]+ News)';
/** CITY[, Region] [, Month Day[, Year]] (Agency) - / — / – */
const DATELINE = new RegExp(
  `^\\s*([A-Z][A-Z'’.\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z'’.\\- ]{1,40})?)(?:,\\s*${MONTH}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?)?\\s*\\(${AGENCY}\\)\\s*[-–—]`,
);
/** Same, without the agency: "GAZA CITY, March 3 -" or "March 3 (Reuters) -". */
const BARE_DATELINE = new RegExp(`^\\s*(?:[A-Z][A-Z'’.\\- ]{1,40},\\s*)?${MONTH}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\(${AGENCY}\\))?\\s*[-–—]`);
const FULL_DATE = new RegExp(`\\b(?:${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4}))\\b`, 'g');

const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = path.match(/\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/._-]|$)/) ?? path.match(/(?:^|[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/._-]|$)/);
  if (!m || !validDay(+m[1]!, +m[2]!, +m[3]!)) return null;
  return iso(+m[1]!, +m[2]!, +m[3]!);
}

function yearFromUrl(url: string | null): number | null {
  const m = url?.replace(/^[a-z]+:\/\/[^/]+/i, '').match(/\/((?:19|20)\d\d)(?=[/-]|\d{4}[/._-])/);
  return m ? +m[1]! : null;
}

/** The latest "Month D, YYYY" / "D Month YYYY" date written in the text, as [y, m, d]. */
function latestFullDate(text: string): [number, number, number] | null {
  let best: [number, number, number] | null = null;
  for (const m of text.matchAll(FULL_DATE)) {
    const [y, mo, d] = m[1] ? [+m[3]!, monthIndex(m[1]), +m[2]!] : [+m[6]!, monthIndex(m[5]!), +m[4]!];
    if (!validDay(y, mo, d)) continue;
    if (!best || iso(y, mo, d) > iso(...best)) best = [y, mo, d];
  }
  return best;
}

/**
 * The dateline's month and day (and year when written). It opens the story, but pages and
 * feeds often put a standfirst or a kicker line before it, so the first three paragraphs
 * are tried.
 */
export function parseDateline(text: string): { month: number; day: number; year: number | null; raw: string } | null {
  for (const paragraph of text.split('\n\n', 3)) {
    const start = paragraph.slice(0, 300);
    const m = DATELINE.exec(start);
    if (m && m[2]) return { month: monthIndex(m[2]), day: +m[3]!, year: m[4] ? +m[4] : null, raw: m[0].trim() };
    const b = BARE_DATELINE.exec(start);
    if (b) return { month: monthIndex(b[1]!), day: +b[2]!, year: b[3] ? +b[3] : null, raw: b[0].trim() };
  }
  return null;
}

function dateFromDateline(text: string, url: string | null): FoundDate | null {
  const dl = parseDateline(text);
  if (!dl) return null;
  let year = dl.year ?? yearFromUrl(url);
  if (year === null) {
    const latest = latestFullDate(text);
    if (latest) year = iso(latest[0], dl.month, dl.day) < iso(...latest) ? latest[0] + 1 : latest[0];
  }
  if (year === null) {
    return { published: null, from: 'none', note: `dateline "${dl.raw}" gives no year and nothing else in the article does; publication date left unknown` };
  }
  if (!validDay(year, dl.month, dl.day)) return null;
  return { published: iso(year, dl.month, dl.day), from: 'dateline' };
}

export function findPublicationDate(text: string, url: string | null): FoundDate {
  const dateline = dateFromDateline(text, url);
  if (dateline?.published) return dateline;
  const fromUrl = dateFromUrl(url);
  if (fromUrl) return { published: fromUrl, from: 'url' };
  return dateline ?? { published: null, from: 'none' };
}
