/**
 * Boilerplate line rules: each recognises one kind of line that scrapers leave in article
 * bodies and that is never part of the story. Every rule is anchored on the whole line and
 * bounded in length, so a story sentence that merely mentions "read more" or a photo is
 * kept: removing story text is worse than keeping a stray prompt.
 */

export interface LineRule {
  /** Short name used in the removal message ("share prompt", "photo caption"...). */
  name: string;
  matches(line: string): boolean;
}

const short = (line: string, max: number): boolean => line.length <= max;

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?';
const DAY_MONTH_YEAR = `(?:${WEEKDAY}\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})`;
const CLOCK = '\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|IST|EAT|WAT|CAT|[A-Z]{2,4}T)(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)?';
/** "12 March 2023, 14:05 GMT", "Updated: March 12, 2023 2:05 PM", "2023-03-12 14:05" alone on a line. */
const DATE_TIME_LINE = new RegExp(
  `^(?:(?:published|updated|last updated|posted|first published)(?:\\s+on)?\\s*:?\\s*)?${DAY_MONTH_YEAR}(?:\\s*(?:,|at|[-–—|•·])?\\s*${CLOCK})?\\.?$|^(?:(?:published|updated|posted)\\s*:?\\s*)?${CLOCK}\\s*(?:,|[-–—|•·])?\\s*${DAY_MONTH_YEAR}$`,
  'i',
);

const SHARE = /^(?:share(?: this)?(?: article| story| page)?(?: on| via| by| with)?\b.*|(?:tweet|email|print|copy link|save)(?: this)?(?: article| story)?|follow us\b.*|sign up\b.{0,40}\b(?:newsletters?|updates|alerts)\b.*|subscribe\b.*|(?:get|receive) (?:our|the) .*newsletter.*|newsletter sign[- ]?up.*|skip to (?:main )?content|advertisement|sponsored content|comments? \(\d+\).*|log ?in to comment.*|we use cookies\b.*|click here to\b.*|download (?:our|the) app\b.*|join (?:us|our) on (?:whatsapp|telegram)\b.*)$/i;

const READ_MORE = /^\[?(?:read more|read also|also read|also see|see also|see more|related(?: articles?| stories| coverage| content| links?| posts?| news| reading)?|more on this(?: story)?|recommended(?: stories| for you)?|(?:more|recent|latest|top) (?:[a-z]+ )?(?:stories|articles|posts|news)|popular (?:this week|now|stories|articles)|further reading|most (?:read|popular|viewed|shared)|don'?t miss|you (?:may|might) also like|trending(?: now)?|want more stories like this\?)(?:\s*[:\-–—|>».].*|\s*)$/i;

/** Widget labels and UI text that stand alone on a line: "Comments", "Advert", "Image 3 of 12". */
const UI_LABEL = /^(?:comments?|\d+ comments?|advert(?:isement)?|ad|close|caption|share|print|email|menu|search|breaking news|by|loading\.*|sponsored|(?:image|photo|slide|picture) \d+ (?:of|\/) \d+|this (?:slideshow|video|content|page) requires javascript\.?|(?:please )?enable javascript.*|like this (?:story|article)\? share it.*|.{0,60}\bby clicking here\.?|this (?:post|article|page) (?:may )?contains? affiliate.*|(?:copyright|©|\(c\))\s.*)$/i;

/** A bare byline: "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, Reuters". */
const BYLINE = /^By\s+[A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|and|&|de|van|von|al|bin))*(?:\s*,\s*[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)*)?$/u;

/** A byline, or a byline followed by a separator and a date-and-time ("By Jane Doe - 11/18/19 11:04 PM EST"). */
function isByline(line: string): boolean {
  if (BYLINE.test(line)) return true;
  const m = /^(By\s+.+?)\s+[-–—|]\s+(.+)$/u.exec(line);
  return !!m && BYLINE.test(m[1]!) && isDateTimeOnly(m[2]!);
}

const DATE_WORDS = new RegExp(
  `\\b(?:${MONTH.replace(/\\\.\?$/, '')}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|posted|updated|published|modified|last|first|on|at|am|pm|a\\.m|p\\.m|gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|eat|wat|cat|hrs|uhr)\\b`,
  'gi',
);

const CALENDAR_WORD = new RegExp(`\\b(?:${MONTH.replace(/\\\.\?$/, '')}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|posted|updated|published)\\b`, 'i');

const NUMERIC_DATE = /\b(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})\b/;

/**
 * A line made only of date and time words, numbers and separators: "Posted: Fri 6:45 PM,
 * Feb 16, 2018 |", "15:23 2019", "Nov 18, 2019 @17:19 PM · Updated: Nov 18, 2019 @17:26 PM".
 */
function isDateTimeOnly(line: string): boolean {
  // Needs a number and a calendar or posting word: bare figures ("5040", "-12.99") and clock
  // times alone ("4:14 p.m.", a live blog's entry stamp) can be story content.
  if (line.length > 100 || !/\d/.test(line) || !(CALENDAR_WORD.test(line) || NUMERIC_DATE.test(line))) return false;
  const rest = line.replace(DATE_WORDS, ' ').replace(/(?:\d+(?:st|nd|rd|th)?|[\s:.,;|/@·•()+\-–—])/g, '');
  return rest === '';
}

const CAPTION_PREFIX = /^(?:photo(?:graph)?|image|picture|pic|video|file photo|caption|image caption|media caption|photo credit|image credit|credit|illustration)s?\s*(?:caption\s*)?[:\-–—|]/i;
/** BBC-style "Image caption Mourners gather..." and "Image source, Reuters", with no colon. */
const CAPTION_LABEL = /^(?:image|media|video|photo) (?:caption|source|credit)\b/i;
/** Picture agencies and libraries, matched case-sensitively: "swap" must not end in "AP", "(ePA)" is no credit. */
const AGENCIES = '(?:AFP|Reuters|REUTERS|AP(?: Photo)?|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?|Xinhua|Shutterstock|Alamy|PA(?: Media| Wire)?|Bloomberg|Sipa|Zuma(?: Press)?)';
/** "Reuters", "(Getty Images)", "© Reuters", "Alex Wong | Getty Images", "Photo by Ana Ruiz / AFP". */
const CREDIT_ONLY = new RegExp(
  `^\\(?\\s*(?:©\\s*)?(?:(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?)\\s*(?:by|:)?\\s*)?(?:[\\p{L}.'’ -]{1,50}?\\s*(?:/|\\||via|for)\\s*)?${AGENCIES}(?:\\s+via\\s+Getty Images)?\\s*\\)?\\.?$`,
  'u',
);
/** A caption line that ends with a bracketed credit: "Firefighters at the scene. (Photo by Ana Ruiz / AFP)". */
const TRAILING_CREDIT = new RegExp(`\\((?:[^()]{0,60}/\\s*)?(?:${AGENCIES}|[Ff]ile photo|[Pp]hoto[^()]{0,60}|[Ii]mage[^()]{0,60})\\)\\.?$`);

/**
 * "* TTP: an umbrella group ...": an editorial footnote explaining a term marked in the
 * text: asterisk, a short term, then a colon or dash and its explanation. Other lines that
 * start with "*" (list items, "*Correction appended", notes in the story) stay.
 */
const FOOTNOTE = /^\*+\s*[\p{L}\p{N}][\p{L}\p{N} .'’()/-]{0,50}?\s*(?::|\s[-–—])\s+\S.*$/u;

export const LINE_RULES: LineRule[] = [
  { name: 'share or navigation prompt', matches: (l) => short(l, 140) && SHARE.test(l) },
  { name: '"read more" link', matches: (l) => short(l, 220) && READ_MORE.test(l) },
  { name: 'photo caption or credit', matches: (l) => short(l, 300) && (CAPTION_PREFIX.test(l) || CAPTION_LABEL.test(l) || CREDIT_ONLY.test(l)) },
  // A captioned line ends with a credit in brackets and is short: story sentences rarely end so.
  { name: 'photo caption or credit', matches: (l) => short(l, 240) && TRAILING_CREDIT.test(l) && !/["“”]/.test(l) },
  { name: 'stray date-and-time line', matches: (l) => (short(l, 80) && DATE_TIME_LINE.test(l)) || isDateTimeOnly(l) },
  { name: 'widget label', matches: (l) => short(l, 160) && UI_LABEL.test(l) },
  { name: 'byline', matches: (l) => short(l, 100) && isByline(l) },
  { name: 'editorial footnote', matches: (l) => short(l, 400) && FOOTNOTE.test(l) },
];

/** The rule a whole line falls under, or null when it is story text. */
export function boilerplateRule(line: string): LineRule | null {
  const l = line.trim();
  if (!l) return null;
  return LINE_RULES.find((r) => r.matches(l)) ?? null;
}
