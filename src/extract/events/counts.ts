/**
 * Casualty counts in one sentence: "at least 40 people were killed" -> fatalities 40
 * at-least; "more than 120 people, including 9 police officers, were wounded" -> injured
 * 120 over, includes 9 police officers; "killing a soldier" -> 1 exact; "no one was hurt" -> 0.
 *
 * A number counts only when the sentence says what happened to the people it counts:
 * a death or injury cue right after the counted phrase ("were killed", "dead",
 * "wounded") or right before it ("killing", "wounded", "the death toll rose to").
 * Numbers of days, kilometres or years never count. Vague words ("dozens") take the
 * conservative values documented in numbers.ts and the qualifier "at-least".
 */
import type { Count, CountQualifier } from '../../model/analysis.js';
import { NUMBER_PATTERN, parseNumber } from './numbers.js';

export type CountKind = 'fatalities' | 'injured';

export interface CountMention {
  kind: CountKind;
  count: Count;
  /** Offsets into the text given to findCounts, of the counted phrase. */
  start: number;
  end: number;
  /** "the death toll rose to 62": a revision that replaces earlier figures. */
  revision: boolean;
}

const REVISION_BEFORE = /\b(?:rose|risen|climbed|increased|jumped|grew|reached|now stands at|stood at|has hit)\s+(?:to\s+)?(?:(?:at least|more than|over|about|around|nearly)\s+)?$/i;

const QUALIFIERS: Array<[RegExp, CountQualifier]> = [
  [/^(?:at least|no fewer than|no less than|a minimum of)$/, 'at-least'],
  [/^(?:more than|over|upwards of|in excess of)$/, 'over'],
  [/^(?:about|around|approximately|roughly|nearly|almost|close to|some|an estimated|estimated|up to about)$/, 'about'],
  [/^(?:up to|as many as|at most|fewer than|less than|under)$/, 'up-to'],
];
const QUALIFIER_WORDS =
  'at least|no fewer than|no less than|a minimum of|more than|over|upwards of|in excess of|about|around|approximately|roughly|nearly|almost|close to|some|an estimated|up to|as many as|at most|fewer than|less than';

/** People a casualty count can be about (singular and plural). */
const PERSON_NOUNS =
  'people|persons?|civilians?|soldiers?|troops|troopers?|servicem[ae]n|service members?|police officers?|police(?:wo)?m[ae]n|police|officers?|officials?|children|child|kids|wom[ae]n|m[ae]n|girls?|boys?|students?|protest[eo]rs?|demonstrators?|militants?|fighters?|rebels?|insurgents?|members?|workers?|villagers?|passengers?|worshippers?|others|guards?|gunm[ae]n|attackers?|assailants?|bystanders?|pilgrims?|residents?|farmers?|herders?|miners?|journalists?|reporters?|personnel|marines?|peacekeepers?|militiam[ae]n|jihadists?|terrorists?|guerrillas?|suspects?|inmates?|prisoners?|detainees?|refugees?|migrants?|patients?|staff|employees?|teachers?|pupils?|relatives?|victims?|casualties|bodies|infants?|babies|baby|teenagers?|youths?|elders?|doctors?|nurses?|aid workers?|medics?|paramedics?|firefighters?|pilots?|crew members?|sailors?|commanders?|leaders?|clerics?|priests?|monks?|traders?|shoppers?|spectators?|fans?|tourists?|foreigners?|nationals?|individuals?|family members?|bandits?|insurgent fighters?|policemen|cadets?|recruits?|conscripts?|militiamen|security personnel|security guards?|tribesmen|fishermen|shepherds?|drivers?|hunters?|imams?|pastors?|chiefs?|mayors?|judges?|lawyers?|activists?|politicians?|lawmakers?|candidates?|businessm[ae]n|engineers?|contractors?|diplomats?|volunteers?|settlers?|motorists?|pedestrians?|customers?|hostages?|captives?|abductees?|mourners?|congregants?|citizens?|locals?|sympathi[sz]ers?|supporters?';

const KILLED_AFTER =
  /^\s*(?:,\s*)?(?:(?:more|others|were|was|have|has|had|been|are|is|reportedly|allegedly|also|all|later|confirmed|believed|feared|said|to|be|being|subsequently|instantly|now)\s+)*(?:killed|dead|died|slain|murdered|executed|massacred|shot dead|lost their lives|perished|beheaded|burned to death|lynched|gunned down)\b/i;
const INJURED_AFTER =
  /^\s*(?:,\s*)?(?:(?:more|others|were|was|have|has|had|been|are|is|reportedly|allegedly|also|all|later|seriously|critically|severely|slightly|badly|being)\s+)*(?:wounded|injured|hurt|maimed|hospitali[sz]ed)\b/i;
const KILLED_BEFORE =
  /(?:\b(?:killing|killed|kills|kill|massacring|massacred|executing|executed|lynched|lynching|assassinated|assassinating|beheaded|beheading|murdering|murdered|claimed the lives of|claiming the lives of|took the lives of|shot dead|gunned down|deaths of|bodies of|(?:killings?|murders?|massacre|assassinations?|slayings?|executions?) of|death toll\b[^.;]{0,40}?\b(?:to|at|of|reached|hit|passed)|toll\b[^.;]{0,30}?\b(?:rose|climbed|risen|increased)\s+to|(?:number|tally|count) of (?:people |those |civilians |soldiers )?(?:killed|dead)\b[^.;]{0,90}?\b(?:(?:rose|risen|climbed|increased|jumped|grown|grew)\s+to|reached|(?:now )?stands? at|stood at))\s*)$/i;
const INJURED_BEFORE = /(?:\b(?:wounding|wounded|injuring|injured|injures|wounds|hurting|maiming)\s*)$/i;

/** Words after a bare number that show it is not counting people. */
const NOT_PEOPLE =
  /^\s*(?:%|per ?cent|percent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|times|tonnes?|tons?|kg|dollars?|euros?|pounds?|rounds?|homes?|houses?|buildings?|vehicles?|cars?|trucks?|villages?|towns?|am|pm|a\.m\.|p\.m\.|o'clock|gmt|utc|bc|ad|st|nd|rd|th|[-–/:.]\d)\b/i;
const MONTH_BEFORE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$/i;

const COUNT_START = new RegExp(`\\b(?:(${QUALIFIER_WORDS})\\s+)?(${NUMBER_PATTERN})(?![\\w,]*\\d)\\b`, 'gi');
const HEAD = new RegExp(
  `^(\\s+of)?((?:\\s+(?!(?:were|was|have|has|had|are|is|and|or|in|at|on|by|who|killed|dead|died|wounded|injured)\\b)[\\w'’-]+){0,3}?)\\s+((?:${PERSON_NOUNS}))\\b`,
  'i',
);
const CAPITALISED_PLURAL = /^\s+([A-Z][a-z]+(?:ans|is|ese|ians|s))\b/;
const INCLUDES_INTRO = /^\s*(?:,|—|–|\(|-)?\s*(?:including|among them|among whom were|among whom|among the dead were|among those killed were)\s+/i;

/** Cheap test first: a sentence without any of these words reports no casualty figure (speed). */
const CASUALTY_WORD = /kill|dead|died|death|wound|injur|hurt|casualt|toll|slain|murder|massacr|lynch|execut|behead|assassin|lives|perish|gunned|bodies|maim|hospitali/i;

interface RawCount {
  start: number;
  end: number;
  value: number;
  qualifier: CountQualifier;
  who: string | null;
  includes: Array<{ value: number; who: string }>;
}

/** Every casualty count in text[from, to): offsets in the returned mentions are into `text`. */
export function findCounts(text: string, from = 0, to = text.length): CountMention[] {
  const sentence = text.slice(from, to);
  if (!CASUALTY_WORD.test(sentence)) return [];
  const zero = zeroCounts(sentence, from);
  const mentions: CountMention[] = [];
  let pendingConjunct: RawCount[] = [];
  let consumedUntil = 0;
  COUNT_START.lastIndex = 0;
  for (let m = COUNT_START.exec(sentence); m; m = COUNT_START.exec(sentence)) {
    if (m.index < consumedUntil) continue;
    const raw = readCount(sentence, m);
    if (!raw) continue;
    consumedUntil = raw.end;
    const kind = cueAfter(sentence, raw.end) ?? bodiesFound(sentence, raw) ?? cueBefore(sentence, raw.start);
    const previous = pendingConjunct[pendingConjunct.length - 1];
    const conjoined = previous && /^\s*(?:,\s*)?(?:and|as well as|,)?\s*$/.test(sentence.slice(previous.end, raw.start));
    if (!conjoined) pendingConjunct = [];
    pendingConjunct.push(raw);
    if (!kind) continue;
    const group = pendingConjunct;
    pendingConjunct = [];
    mentions.push(toMention(sentence, from, kind, group));
  }
  return [...zero, ...mentions];
}

/** Parse the counted phrase that starts with a qualifier/number match; null when it counts no people. */
function readCount(sentence: string, m: RegExpExecArray): RawCount | null {
  const parsed = parseNumber(m[2]!);
  if (!parsed) return null;
  const isArticle = /^an?$/i.test(m[2]!);
  const afterNumber = m.index + m[0].length;
  const rest = sentence.slice(afterNumber);
  if (/^\d{4}$/.test(m[2]!) && !m[1]) return null; // a bare four-digit number is a year
  if (/\bno\s*$/i.test(sentence.slice(0, m.index))) return null; // "no one was hurt" is a zero count, found apart
  if (MONTH_BEFORE.test(sentence.slice(0, m.index)) || NOT_PEOPLE.test(rest)) return null;
  const head = HEAD.exec(rest) ?? CAPITALISED_PLURAL.exec(rest);
  const headPhrase = head === null ? null : head.length > 2 ? head : null;
  // "a"/"an" is a number only directly before a person noun ("a soldier", "a local journalist")
  if (isArticle && (!headPhrase || (headPhrase[2] ?? '').trim().split(/\s+/).length > 2)) return null;
  let end = afterNumber;
  let who: string | null = null;
  if (head) {
    end = afterNumber + head[0].length;
    who = head.length > 3 ? `${(head[2] ?? '').trim()} ${head[3]}`.trim() : head[1]!;
  }
  const qualifier: CountQualifier = m[1] ? qualifierOf(m[1]) : parsed.vague ? 'at-least' : 'exact';
  const includes = readIncludes(sentence, end);
  return { start: m.index, end: includes.end, value: parsed.value, qualifier, who, includes: includes.items };
}

function qualifierOf(words: string): CountQualifier {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  for (const [re, q] of QUALIFIERS) if (re.test(w)) return q;
  return 'exact';
}

/** ", including 9 police officers and two children," after a counted phrase. */
function readIncludes(sentence: string, at: number): { items: Array<{ value: number; who: string }>; end: number } {
  const intro = INCLUDES_INTRO.exec(sentence.slice(at));
  if (!intro) return { items: [], end: at };
  const items: Array<{ value: number; who: string }> = [];
  let pos = at + intro[0].length;
  const part = new RegExp(`^\\s*(?:and\\s+|,\\s*(?:and\\s+)?)?(?:(?:${QUALIFIER_WORDS})\\s+)?(${NUMBER_PATTERN})\\b`, 'i');
  for (;;) {
    const p = part.exec(sentence.slice(pos));
    if (!p) break;
    const value = parseNumber(p[1]!);
    const head = HEAD.exec(sentence.slice(pos + p[0].length));
    if (!value || !head) break;
    items.push({ value: value.value, who: `${(head[2] ?? '').trim()} ${head[3]}`.trim() });
    pos += p[0].length + head[0].length;
  }
  if (items.length === 0) return { items: [], end: at };
  const close = /^\s*[,)—–]/.exec(sentence.slice(pos));
  return { items, end: close ? pos + close[0].length - 1 : pos };
}

function cueAfter(sentence: string, end: number): CountKind | null {
  const rest = sentence.slice(end);
  if (KILLED_AFTER.test(rest)) return 'fatalities';
  if (INJURED_AFTER.test(rest)) return 'injured';
  return null;
}

const FOUND_AFTER = /^\s*(?:(?:had|have|has|were|was|been|being|now|later|also|so far)\s+)*(?:found|recovered|discovered|retrieved|pulled|exhumed|unearthed|collected)\b/i;

/** "79 bodies had been found": the dead of the event, counted by the bodies recovered. */
function bodiesFound(sentence: string, raw: RawCount): CountKind | null {
  if (!/\bbodies$/i.test(sentence.slice(raw.start, raw.end))) return null;
  return FOUND_AFTER.test(sentence.slice(raw.end)) ? 'fatalities' : null;
}

function cueBefore(sentence: string, start: number): CountKind | null {
  const before = sentence.slice(Math.max(0, start - 160), start);
  if (KILLED_BEFORE.test(before)) return 'fatalities';
  if (INJURED_BEFORE.test(before)) return 'injured';
  return null;
}

/** One mention from a run of conjoined counts ("two soldiers and three civilians were killed"). */
function toMention(sentence: string, base: number, kind: CountKind, group: RawCount[]): CountMention {
  const first = group[0]!;
  const last = group[group.length - 1]!;
  const value = group.reduce((s, g) => s + g.value, 0);
  const loose = group.find((g) => g.qualifier !== 'exact');
  const includes =
    group.length > 1
      ? group.filter((g) => g.who).map((g) => ({ value: g.value, who: g.who! }))
      : first.includes;
  return {
    kind,
    count: { value, qualifier: loose ? loose.qualifier : 'exact', text: sentence.slice(first.start, last.end).trim(), includes },
    start: base + first.start,
    end: base + last.end,
    revision: REVISION_BEFORE.test(sentence.slice(Math.max(0, first.start - 40), first.start)),
  };
}

const ZERO_PATTERNS: Array<[RegExp, CountKind[]]> = [
  [/\b(?:no one|nobody|no-one|none)\s+(?:was|were|has been|had been)\s+(?:killed|dead)\b/i, ['fatalities']],
  [/\b(?:no one|nobody|no-one|none)\s+(?:was|were|has been|had been)\s+(?:hurt|injured|wounded)\b/i, ['injured']],
  [/\bno (?:deaths|fatalities)\b|\bno (?:one|people) died\b/i, ['fatalities']],
  [/\b(?:no |without (?:causing )?(?:any )?|did not cause (?:any )?|caused no )(?:injuries)\b/i, ['injured']],
  [/\b(?:no |without (?:causing )?(?:any )?|did not cause (?:any )?|caused no )(?:casualties)\b/i, ['fatalities', 'injured']],
];

/** Explicit reports of no casualties: a count of 0, which is information, not absence. */
function zeroCounts(sentence: string, base: number): CountMention[] {
  const out: CountMention[] = [];
  for (const [re, kinds] of ZERO_PATTERNS) {
    const m = re.exec(sentence);
    if (!m) continue;
    for (const kind of kinds) {
      if (out.some((o) => o.kind === kind)) continue;
      out.push({
        kind,
        count: { value: 0, qualifier: 'exact', text: m[0], includes: [] },
        start: base + m.index,
        end: base + m.index + m[0].length,
        revision: false,
      });
    }
  }
  return out;
}
