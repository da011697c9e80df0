/** Event queries: filters on type, date, country, actor, place box and fatalities. */
import type { EventFilter, EventRow } from '../types.js';
import { pageOf } from '../types.js';
import { boxCount } from './box-count.js';
import { eventJson } from './event-json.js';
import { filterCardsPage } from './filter-cards.js';
import { monthCount } from './month-counts.js';
import { keysetParts, type KeysetPart, type SortSpec } from './keyset.js';
import { dateUpperBound, ieq, type SqlRunner } from './runner.js';
import { Where } from './where.js';

/** Each sort's column and direction; ties are broken by the event's key (article, id). */
const SORTS: Record<string, SortSpec> = {
  date: { column: 'date', dir: 'ASC' },
  '-date': { column: 'date', dir: 'DESC' },
  fatalities: { column: 'fatalities', dir: 'ASC' },
  '-fatalities': { column: 'fatalities', dir: 'DESC' },
};

/**
 * An event filter as SQL: `SELECT ... FROM ${from} ${where}` with parameters
 * [...fromParams, ...where.params] (the FROM clause has its own when filtering by actor).
 */
export interface EventQuery {
  from: string;
  fromParams: unknown[];
  where: Where;
  /** The FROM clause for counting, when it must differ from `from` (see boxCountFrom). */
  countFrom?: string;
}

export function eventQuery(sql: SqlRunner, f: EventFilter): EventQuery {
  const w = new Where()
    .when(f.type, 'e.type = ?')
    .when(f.subType, 'e.sub_type = ?')
    .when(f.dateFrom, 'e.date >= ?')
    .when(f.dateTo, 'e.date < ?', f.dateTo && dateUpperBound(f.dateTo))
    .when(f.country, 'e.country_code = ?', f.country?.toUpperCase())
    .when(f.article, 'e.article = ?')
    .when(f.minFatalities, 'e.fatalities >= ?');
  if (f.bbox) {
    const [west, south, east, north] = f.bbox;
    w.add('e.lat BETWEEN ? AND ?', south, north);
    // a box crossing the antimeridian has west > east
    if (west <= east) w.add('e.lon BETWEEN ? AND ?', west, east);
    else w.add('(e.lon >= ? OR e.lon <= ?)', west, east);
    // the same box (edges included) for PostgreSQL's GiST index of points (PG migration 7)
    if (sql.dialect === 'postgres' && west <= east) w.add('point(e.lon, e.lat) <@ box(point(?, ?), point(?, ?))', west, south, east, north);
  }
  if (f.actor) return actorQuery(sql, f.actor, w);
  return { from: 'events e', fromParams: [], where: w, countFrom: boxCountFrom(sql, f) };
}

/**
 * Counting a box over dates, SQLite's planner (3.53, with ANALYZE statistics) picked a
 * skip-scan of events_type_date and fetched every event of the dates: 250 ms at 1M events,
 * against 9 ms reading the covering index of (date, lat, lon). Only for the box+dates shape:
 * with other filters the planner's choice stands.
 */
function boxCountFrom(sql: SqlRunner, f: EventFilter): string | undefined {
  const others = f.type || f.subType || f.country || f.article || f.actor || f.minFatalities !== undefined;
  if (sql.dialect !== 'sqlite' || !f.bbox || !(f.dateFrom || f.dateTo) || others) return undefined;
  return 'events e INDEXED BY events_date_lat_lon';
}

function actorQuery(sql: SqlRunner, actor: string, w: Where): EventQuery {
  // An EXISTS per event scans every event (9 s at 1M); instead the events of an actor come
  // from a UNION of indexed look-ups in event_actors (one per way of naming it), joined back
  // to events by primary key. SQLite's CROSS JOIN keeps that order; PostgreSQL plans it.
  const matches = `SELECT article, event FROM event_actors WHERE actor = ?
    UNION SELECT article, event FROM event_actors WHERE key = ?
    UNION SELECT article, event FROM event_actors WHERE ${ieq(sql, 'name')}
    UNION SELECT article, event FROM event_actors WHERE ${ieq(sql, 'text')}`;
  const join = sql.dialect === 'sqlite' ? 'CROSS JOIN' : 'JOIN';
  const from = `(${matches}) m ${join} events e ON e.article = m.article AND e.id = m.event`;
  return { from, fromParams: [actor, actor, actor, actor], where: w };
}

/** A page of events with its items as one JSON array text (what the HTTP API sends as it is). */
export async function queryEventsJson(sql: SqlRunner, f: EventFilter = {}): Promise<{ total: number; itemsJson: string }> {
  const { limit, offset } = pageOf(f);
  const query = eventQuery(sql, f);
  const sort = SORTS[f.sort ?? '-date'] ?? SORTS['-date']!;
  const parts: KeysetPart[] = f.after ? keysetParts(sort, f.after) : [{ clause: '', params: [] }];
  // the commonest filter shape reads its cards in page order from one range (SQLite migration 11)
  let items = await filterCardsPage(sql, f, limit, offset);
  if (!items) {
    items = [];
    for (const part of parts) {
      if (items.length >= limit) break;
      items.push(...(await pageItems(sql, query, sort, part, limit - items.length, f.after ? 0 : offset)));
    }
  }
  return { total: await totalOf(sql, f, query, items.length, limit, offset), itemsJson: `[${items.join(',')}]` };
}

/** One page's rows as JSON texts, in page order, under the filter and one keyset part. */
async function pageItems(sql: SqlRunner, q: EventQuery, sort: SortSpec, part: KeysetPart, limit: number, offset: number): Promise<string[]> {
  const base = `${q.where}`;
  const where = !part.clause ? base : base ? `${base} AND ${part.clause}` : `WHERE ${part.clause}`;
  const orderBy = (t: string) => `ORDER BY ${t}.${sort.column} ${sort.dir} NULLS LAST, ${t}.article, ${t}.id`;
  // The page's keys first, then each row's JSON for those only: a filter that cannot walk an
  // index in the page's order (a place box) sorts all its matches, and sorting keys is cheap
  // where sorting whole rows (and fetching them before the sort) cost 200 ms at 6k matches.
  const keys = `SELECT e.article, e.id, e.${sort.column} FROM ${q.from} ${where} ${orderBy('e')} LIMIT ? OFFSET ?`;
  const json = eventJson(sql, 'k');
  const rows = await sql.all<{ item: string }>(`SELECT ${json.column} AS item FROM (${keys}) k ${json.join} ${orderBy('k')}`, [
    ...q.fromParams, ...q.where.params, ...part.params, limit, offset,
  ]);
  return rows.map((r) => r.item);
}

/** The match count: -1 when not wanted, told by a page that is not full (and not past the end), else counted. */
async function totalOf(sql: SqlRunner, f: EventFilter, q: EventQuery, got: number, limit: number, offset: number): Promise<number> {
  if (f.countTotal === false) return -1;
  if (!f.after && got < limit && (got > 0 || offset === 0)) return offset + got;
  const params = [...q.fromParams, ...q.where.params];
  return Number((await boxCount(sql, f)) ?? (await monthCount(sql, f)) ?? (await sql.get<{ n: number }>(`SELECT count(*) n FROM ${q.countFrom ?? q.from} ${q.where}`, params))!.n);
}

export async function queryEvents(sql: SqlRunner, f: EventFilter = {}): Promise<{ total: number; items: EventRow[] }> {
  const { total, itemsJson } = await queryEventsJson(sql, f);
  return { total, items: JSON.parse(itemsJson) as EventRow[] };
}
