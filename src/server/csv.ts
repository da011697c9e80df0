/** CSV in ACLED's column names, one row per event or incident. */
import type { Incident } from '../model/analysis.js';
import type { EventRow } from '../store/types.js';

export const ACLED_COLUMNS = [
  'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location',
  'latitude', 'longitude', 'geo_precision', 'time_precision', 'source', 'notes', 'fatalities',
] as const;

export const EVENT_COLUMNS = [...ACLED_COLUMNS, 'injured', 'article', 'event_id', 'url'] as const;
export const INCIDENT_COLUMNS = [...ACLED_COLUMNS, 'fatalities_max', 'incident_id', 'reports'] as const;

type Cell = string | number | null | undefined;

/** One CSV field. Text cells that a spreadsheet would run as a formula get a leading quote mark. */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvLine = (cells: Cell[]) => `${cells.map(csvField).join(',')}\r\n`;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
export function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** ACLED's time_precision: 1 = day, 2 = week (or a range of days), 3 = month or coarser. */
export function timePrecisionCode(p: string | null): number | null {
  if (!p) return null;
  return p === 'day' ? 1 : p === 'week' ? 2 : 3;
}

/**
 * ACLED's geo_precision: 1 = the town itself, 3 = a province or country. We only know the
 * place's name and admin1, so a named place other than its admin1 counts as a town (1).
 */
export function geoPrecisionCode(name: string | null, admin1: string | null, lat: number | null): number | null {
  if (lat === null || !name) return null;
  return admin1 && name.toLowerCase() === admin1.toLowerCase() ? 3 : 1;
}

const ACTOR1 = new Set(['actor1', 'perpetrator']);
const actorNames = (row: EventRow, side: 'actor1' | 'actor2') =>
  row.actors.filter((a) => ACTOR1.has(a.role) === (side === 'actor1')).map((a) => a.name ?? a.text).join('; ');

export function eventCsvRow(e: EventRow): string {
  return csvLine([
    e.date, e.type, e.subType, actorNames(e, 'actor1'), actorNames(e, 'actor2'), countryName(e.countryCode), e.admin1, e.placeName,
    e.lat, e.lon, geoPrecisionCode(e.placeName, e.admin1, e.lat), timePrecisionCode(e.precision), e.outlet, e.evidence, e.fatalities,
    e.injured, e.article, e.event, e.url,
  ]);
}

export function incidentCsvRow(i: Incident): string {
  const side = (s: 'actor1' | 'actor2') => i.actors.filter((a) => ACTOR1.has(a.role) === (s === 'actor1')).map((a) => a.name).join('; ');
  const outlets = [...new Set(i.reports.map((r) => r.outlet ?? r.url ?? r.article))].join('; ');
  return csvLine([
    i.date.start, i.type, i.subType, side('actor1'), side('actor2'), countryName(i.place?.countryCode ?? null), i.place?.admin1, i.place?.name,
    i.place?.lat, i.place?.lon, geoPrecisionCode(i.place?.name ?? null, i.place?.admin1 ?? null, i.place?.lat ?? null),
    timePrecisionCode(i.date.precision), outlets, figuresNote(i), i.fatalities?.min ?? null,
    i.fatalities?.max ?? null, i.id, i.reports.length,
  ]);
}

/** "55 to 62 killed; 3 sources": the range and every source's figure, never an average. */
export function figuresNote(i: Incident): string {
  const f = i.fatalities;
  const sources = `${i.reports.length} report${i.reports.length === 1 ? '' : 's'}`;
  if (!f) return sources;
  const range = f.min === f.max ? `${f.min}` : `${f.min} to ${f.max}`;
  const each = f.bySource.map((s) => `${s.outlet ?? s.article}: ${s.value}${s.qualifier === 'exact' ? '' : ` (${s.qualifier})`}`).join(', ');
  return `${range} killed; ${sources}${each ? ` (${each})` : ''}`;
}
