/**
 * Counting the events in a place box (and dates) from SQLite's R*Tree events_box (migration 10)
 * instead of reading every event of the dates (9 ms for a box and a year at 1M events, 16 ms
 * for a box alone). Exact, though the tree's float32 coordinates are widened outward: points
 * that straddle an edge of the box are few, and each is checked against its exact lat/lon; dates
 * that are no ISO prefix sit at the far end of the time axis and are checked by their text.
 */
import type { EventFilter } from '../types.js';
import { dateUpperBound, type SqlRunner } from './runner.js';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Beyond any real date: no date sits at -1e30 and unreadable dates at 1e30 on the time axis. */
const NO_DATE_EDGE = -1e29;
const UNREADABLE_EDGE = 1e29;

/**
 * A filter bound ('2019', '2019-03', '2019-03-05') on the time axis of events_box (see
 * eventTime in ../sqlite/migrations.ts: a year three quarters of a day before its first day, a
 * month half a day before), or null for text that is no valid date prefix.
 */
export function boundTime(bound: string): number | null {
  const m = ISO.exec(bound);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (y < 1 || back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 864e5 - (m[3] ? 0 : m[2] ? 0.5 : 0.75);
}

/** The count of a box (+dates) filter from the R*Tree, or null when the filter has another shape. */
export async function boxCount(sql: SqlRunner, f: EventFilter): Promise<number | null> {
  const others = f.type || f.subType || f.country || f.article || f.actor || f.minFatalities !== undefined;
  if (sql.dialect !== 'sqlite' || !f.bbox || others) return null;
  const [west, south, east, north] = f.bbox;
  if (west > east) return null; // across the antimeridian: two boxes; left to the plain count
  const from = f.dateFrom ? boundTime(f.dateFrom) : null;
  const to = f.dateTo ? boundTime(dateUpperBound(f.dateTo)) : null;
  if ((f.dateFrom && from === null) || (f.dateTo && to === null)) return null;

  const region: string[] = ['max_lat >= ?', 'min_lat <= ?', 'max_lon >= ?', 'min_lon <= ?'];
  const params: unknown[] = [south, north, west, east];
  const dated = f.dateFrom || f.dateTo;
  if (dated) region.push('max_t > ?', 'min_t < ?'), params.push(NO_DATE_EDGE, UNREADABLE_EDGE);
  if (from !== null) region.push('max_t >= ?'), params.push(from);
  if (to !== null) region.push('min_t < ?'), params.push(to);
  const inRegion = region.join(' AND ');
  const count = async (q: string, p: unknown[]) => Number((await sql.get<{ n: number }>(q, p))!.n);

  const inTree = await count(`SELECT count(*) n FROM events_box WHERE ${inRegion}`, params);
  const edges = ['min_lat < ?', 'max_lat > ?', 'min_lon < ?', 'max_lon > ?'];
  const straddling = edges.map((edge) => `SELECT id, lat, lon FROM events_box WHERE ${inRegion} AND ${edge}`).join(' UNION ');
  const outside = await count(
    `SELECT count(*) n FROM (${straddling}) WHERE NOT (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?)`,
    [...params, south, ...params, north, ...params, west, ...params, east, south, north, west, east],
  );
  let unreadable = 0;
  if (dated) {
    const textDates = [f.dateFrom ? 'date >= ?' : '1', f.dateTo ? 'date < ?' : '1'].join(' AND ');
    unreadable = await count(
      `SELECT count(*) n FROM events_box WHERE max_lat >= ? AND min_lat <= ? AND max_lon >= ? AND min_lon <= ? AND min_t >= ?
       AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND ${textDates}`,
      [south, north, west, east, UNREADABLE_EDGE, south, north, west, east, ...(f.dateFrom ? [f.dateFrom] : []), ...(f.dateTo ? [dateUpperBound(f.dateTo)] : [])],
    );
  }
  return inTree - outside + unreadable;
}
