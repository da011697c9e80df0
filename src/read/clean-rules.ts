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

const SHARE = /^(?:share(?: this)?(?: article| story| page)?(?: on| via| by| with)?\b.*|(?:tweet|email|print|copy link|save)(?: this)?(?: article| story)?|follow us\b.*|sign up\b.*\b(?:newsletter|updates|alerts|emails?)\b.*|subscribe\b.*|(?:get|receive) (?:our|the) .*newsletter.*|newsletter sign[- ]?up.*|skip to (?:main )?content|advertisement|sponsored content|comments? \(\d+\).*|log ?in to comment.*|we use cookies\b.*|click here to\b.*|download (?:our|the) app\b.*|join (?:us|our) on (?:whatsapp|telegram)\b.*)$/i;

const READ_MORE = /^(?:read more|read also|also read|also see|see also|related(?: articles?| stories| coverage| content| links?)?|more on this(?: story)?|recommended(?: stories)?|more stories|further reading|most read|don'?t miss|you may also like|trending)(?:\s*[:\-–—|>»].*|\s*)$/i;

const CAPTION_PREFIX = /^(?:photo(?:graph)?|image|picture|pic|video|file photo|caption|image caption|media caption|photo credit|image credit|credit|illustration)s?\s*(?:caption\s*)?[:\-–—|]/i;
/** BBC-style "Image caption Mourners gather..." and "Image source, Reuters", with no colon. */
const CAPTION_LABEL = /^(?:image|media|video|photo) (?:caption|source|credit)\b/i;
const CREDIT_ONLY = /^(?:\(?\s*(?:photo(?:graph)?s?|images?|pictures?)?\s*(?:by|:)?\s*[^()]{0,80}?\s*(?:\/|via|for)?\s*(?:AFP|Reuters|AP(?: Photo)?|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?|Xinhua|Shutterstock|Alamy|PA(?: Media| Wire)?|Bloomberg)(?:\s+via\s+Getty Images)?\s*\)?\.?)$/i;
const TRAILING_CREDIT = /\((?:[^()]{0,60}\/\s*)?(?:AFP|Reuters|AP(?: Photo[^()]*)?|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?|Xinhua|Shutterstock|file photo|photo[^()]{0,60}|image[^()]{0,60})\)\.?$/i;

/** "* TTP: an umbrella group ...": an editorial footnote explaining a term marked in the text. */
const FOOTNOTE = /^\*+\s*[^*\s].*$/;

export const LINE_RULES: LineRule[] = [
  { name: 'share or navigation prompt', matches: (l) => short(l, 140) && SHARE.test(l) },
  { name: '"read more" link', matches: (l) => short(l, 220) && READ_MORE.test(l) },
  { name: 'photo caption or credit', matches: (l) => short(l, 300) && (CAPTION_PREFIX.test(l) || CAPTION_LABEL.test(l) || CREDIT_ONLY.test(l)) },
  // A captioned line ends with a credit in brackets and is short: story sentences rarely end so.
  { name: 'photo caption or credit', matches: (l) => short(l, 240) && TRAILING_CREDIT.test(l) && !/["“”]/.test(l) },
  { name: 'stray date-and-time line', matches: (l) => short(l, 80) && DATE_TIME_LINE.test(l) },
  { name: 'editorial footnote', matches: (l) => short(l, 400) && FOOTNOTE.test(l) },
];

/** The rule a whole line falls under, or null when it is story text. */
export function boilerplateRule(line: string): LineRule | null {
  const l = line.trim();
  if (!l) return null;
  return LINE_RULES.find((r) => r.matches(l)) ?? null;
}
