/**
 * Dates as the contract wants them: ISO 8601 date or date-time. Inputs come as ISO strings,
 * RFC 822 feed dates ("Tue, 31 Jan 2023 09:10:00 GMT"), or prose ("January 10, 2023").
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * An ISO 8601 string for `raw`, or null when it is not a date. An ISO input keeps its own
 * precision and offset (a date stays a date: inventing midnight UTC would shift it);
 * anything else that Date understands becomes a UTC date-time.
 */
export function normaliseDate(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  const m = ISO.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, zone] = m;
    if (!validDay(+y!, +mo!, +d!)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const z = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${z}`;
  }
  if (/^\d{8}$/.test(s)) {
    const iso = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
    return normaliseDate(iso);
  }
  if (!/[a-z]{3}/i.test(s) || !/\d{4}/.test(s)) return null; // bare numbers like "3/4/23" are ambiguous
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().replace(/\.000Z$/, 'Z');
}

export function validDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
