/**
 * The words of time expressions: months, weekdays, number words, units, seasons, parts of
 * day and modifiers, as lookup tables plus the regex alternations the rules are built from.
 */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a couple': 2, 'couple of': 2,
  'a hundred': 100, 'a thousand': 1000, thousand: 1000,
};

/** Words that say "some number of": TIMEX3 writes the count as X (PXY). */
const VAGUE_NUMBERS = new Set(['a few', 'few', 'several', 'some', 'many', 'a number of', 'dozens of', 'hundreds of', 'recent', 'the past few', 'the last few', 'the next few', 'the coming', 'coming']);

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

/** "two", "twenty-five", "2", "1.5", "a", "several" -> 2, 25, 2, 1.5, 1, 'X'; null when not a number. */
export function parseNumber(raw: string): number | 'X' | null {
  const w = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (/^\d{1,3}(,\d{3})+$/.test(w)) return Number(w.replace(/,/g, ''));
  if (VAGUE_NUMBERS.has(w)) return 'X';
  if (w in SMALL_NUMBERS) return SMALL_NUMBERS[w]!;
  const parts = w.split(/[-\s]/);
  if (parts.length === 2 && parts[0]! in SMALL_NUMBERS && parts[1]! in SMALL_NUMBERS) {
    const [tens, ones] = [SMALL_NUMBERS[parts[0]!]!, SMALL_NUMBERS[parts[1]!]!];
    if (tens >= 20 && tens <= 90 && ones < 10) return tens + ones;
    if (ones === 100 || ones === 1000) return tens * ones;
  }
  return null;
}

export type UnitCode = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'WE';

export const UNITS: Record<string, UnitCode> = {
  second: 'S', seconds: 'S', minute: 'MIN', minutes: 'MIN', hour: 'H', hours: 'H', day: 'D', days: 'D',
  night: 'D', nights: 'D', week: 'W', weeks: 'W', fortnight: 'W', month: 'M', months: 'M', quarter: 'Q',
  quarters: 'Q', year: 'Y', years: 'Y', decade: 'DE', decades: 'DE', century: 'CE', centuries: 'CE',
  weekend: 'WE', weekends: 'WE',
};

/** A TIMEX3 duration for n units: P3Y, PT5H, P30Y for three decades, PXM for "months". */
export function durationValue(n: number | 'X', unit: UnitCode, raw = ''): string {
  const fortnight = /fortnight/i.test(raw);
  if (n === 'X') {
    const letter = { S: 'TXS', MIN: 'TXM', H: 'TXH', D: 'XD', W: 'XW', M: 'XM', Q: 'XQ', Y: 'XY', DE: 'XDE', CE: 'XCE', WE: 'XWE' }[unit];
    return `P${letter}`;
  }
  const k = fortnight ? n * 2 : n;
  // TIMEX3 writes a fraction as whole units plus the rest in the next smaller unit, as
  // TimeBank does: a year and a half is P1Y6M, 5 1/2 hours PT5H30M, half an hour PT30M
  if (!Number.isInteger(k)) {
    const smaller: Partial<Record<UnitCode, [number, UnitCode]>> = { Y: [12, 'M'], W: [7, 'D'], D: [24, 'H'], H: [60, 'MIN'], MIN: [60, 'S'] };
    const step = smaller[unit];
    const whole = Math.floor(k);
    const rest = (k - whole) * (step?.[0] ?? 0);
    if (step && Number.isInteger(rest)) {
      const restValue = durationValue(rest, step[1]);
      if (whole === 0) return restValue;
      const wholeValue = durationValue(whole, unit);
      // P1Y + P6M -> P1Y6M; PT5H + PT30M -> PT5H30M; P2D + PT12H -> P2DT12H
      return wholeValue + (wholeValue.includes('T') ? restValue.replace(/^PT/, '') : restValue.replace(/^P/, ''));
    }
  }
  switch (unit) {
    case 'S':
      return `PT${k}S`;
    case 'MIN':
      return `PT${k}M`;
    case 'H':
      return `PT${k}H`;
    case 'DE':
      return `P${k * 10}Y`;
    case 'CE':
      return `P${k * 100}Y`;
    case 'WE':
      return `P${k}WE`;
    default:
      return `P${k}${unit}`;
  }
}

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI',
};

/** Position words in front of a period: "early June", "the end of 2019". */
export const POSITION_MODS: Record<string, string> = {
  early: 'START', beginning: 'START', start: 'START', mid: 'MID', middle: 'MID', late: 'END', end: 'END',
};

/** Quantity words in front of a duration that TimeML keeps inside the extent. */
export const QUANTITY_MODS: Record<string, string> = {
  nearly: 'LESS_THAN', 'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', 'under': 'LESS_THAN', 'up to': 'EQUAL_OR_LESS',
  'more than': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE', some: 'APPROX',
};

// ---- regex alternations ----
export const MONTH_RE =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept\\.?|sep\\.?|oct\\.?|nov\\.?|dec\\.?)';
export const WEEKDAY_RE = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
export const NUMBER_WORD_RE =
  '(?:\\d+(?:\\.\\d+)?|\\d{1,3}(?:,\\d{3})+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundred|a thousand|a dozen|dozen|a couple of|couple of|a few|few|several|many|dozens of|hundreds of|a|an)';
export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnight|months?|quarters?|years?|decades?|century|centuries)';
export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night|overnight)';
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';

export function monthNumber(raw: string): number {
  const m = MONTHS[raw.toLowerCase().replace(/\.$/, '')];
  if (!m) throw new Error(`times: '${raw}' is not a month name`);
  return m;
}
