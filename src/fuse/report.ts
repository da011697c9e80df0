/**
 * A report: what one article says about one event, reduced to what fusion compares and
 * what an incident shows per source. Stored with the incident, so an incident can always
 * be rebuilt from its reports (after a re-analysis replaces an article, say).
 */
import type { Analysis, ConflictEvent, Count, PlaceKind, Precision } from '../model/analysis.js';

export interface Report {
  article: string;
  event: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  type: string;
  subType: string | null;
  /** The event's date as a range; from the publication week when the event has no date; null with neither. */
  date: { start: string; end: string; precision: Precision | null; fromPublication: boolean } | null;
  place: { name: string; kind: PlaceKind | null; countryCode: string | null; admin1: string | null; lat: number | null; lon: number | null } | null;
  actors: Array<{ role: string; name: string; actor: string | null }>;
  fatalities: Count | null;
  injured: Count | null;
}

export function reportsOf(a: Analysis): Report[] {
  return a.events.map((v) => reportOf(a, v));
}

function reportOf(a: Analysis, v: ConflictEvent): Report {
  const date = dateRange(v.date.value, v.date.precision, a.article.published);
  const entities = new Map(a.entities.map((e) => [e.id, e]));
  const placed = v.place ? a.places.find((p) => (v.place!.entity && p.entity === v.place!.entity) || p.name === v.place!.name) : undefined;
  return {
    article: a.article.id,
    event: v.id,
    url: a.article.url,
    outlet: a.article.outlet,
    published: a.article.published,
    type: v.type,
    subType: v.subType,
    date,
    place: v.place
      ? { name: v.place.name, kind: placed?.kind ?? null, countryCode: v.place.countryCode, admin1: placed?.admin1 ?? null, lat: v.place.lat, lon: v.place.lon }
      : null,
    actors: v.actors.map((r) => {
      const e = r.entity ? entities.get(r.entity) : undefined;
      return { role: r.role, name: e?.name ?? r.text, actor: e?.actor ?? null };
    }),
    fatalities: v.fatalities,
    injured: v.injured,
  };
}

/** A TIMEX-style value ("2023-03-05", "2023-03", "2023-W10", "2023") as an inclusive day range. */
export function dateRange(value: string | null, precision: Precision | null, published: string | null): Report['date'] | null {
  const parsed = value ? rangeOfValue(value) : null;
  if (parsed) return { ...parsed, precision: precision ?? parsed.precision, fromPublication: false };
  const pub = published?.slice(0, 10);
  if (!pub || !/^\d{4}-\d{2}-\d{2}$/.test(pub)) return null;
  // undated event: reported in the week up to publication
  return { start: addDays(pub, -7), end: pub, precision: null, fromPublication: true };
}

function rangeOfValue(v: string): { start: string; end: string; precision: Precision } | null {
  let m = v.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return { start: m[0], end: m[0], precision: 'day' };
  m = v.match(/^(\d{4})-W(\d{2})$/);
  if (m) {
    const jan4 = new Date(Date.UTC(+m[1]!, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2]! - 1) * 7 * 864e5);
    const start = monday.toISOString().slice(0, 10);
    return { start, end: addDays(start, 6), precision: 'week' };
  }
  m = v.match(/^(\d{4})-(\d{2})$/);
  if (m) {
    const last = new Date(Date.UTC(+m[1]!, +m[2]!, 0)).getUTCDate();
    return { start: `${m[0]}-01`, end: `${m[0]}-${String(last).padStart(2, '0')}`, precision: 'month' };
  }
  m = v.match(/^(\d{4})$/);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  return null;
}

export function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
}
