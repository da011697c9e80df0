/** Event queries: filters on type, date, country, actor, place box and fatalities. */
import type { EventFilter, EventRow } from '../types.js';
import { pageOf } from '../types.js';
import type { SqliteDb } from './open.js';
import { Where } from './where.js';

const SORTS: Record<string, string> = {
  date: 'e.date ASC NULLS LAST',
  '-date': 'e.date DESC NULLS LAST',
  fatalities: 'e.fatalities ASC NULLS LAST',
  '-fatalities': 'e.fatalities DESC NULLS LAST',
};

export function eventWhere(f: EventFilter): Where {
  const w = new Where()
    .when(f.type, 'e.type = ?')
    .when(f.subType, 'e.sub_type = ?')
    .when(f.dateFrom, 'e.date >= ?')
    // a date-to of 2023-03 includes 2023-03-31: compare against the prefix's end
    .when(f.dateTo, 'e.date <= ?', `${f.dateTo}\uffff`)
    .when(f.country, 'e.country_code = ?', f.country?.toUpperCase())
    .when(f.article, 'e.article = ?')
    .when(f.minFatalities, 'e.fatalities >= ?');
  if (f.actor) {
    w.add(
      `EXISTS (SELECT 1 FROM event_actors a WHERE a.article = e.article AND a.event = e.id
         AND (a.actor = ? OR a.key = ? OR a.name = ? COLLATE NOCASE OR a.text = ? COLLATE NOCASE))`,
      f.actor, f.actor, f.actor, f.actor,
    );
  }
  if (f.bbox) {
    const [west, south, east, north] = f.bbox;
    w.add('e.lat BETWEEN ? AND ?', south, north);
    // a box crossing the antimeridian has west > east
    if (west <= east) w.add('e.lon BETWEEN ? AND ?', west, east);
    else w.add('(e.lon >= ? OR e.lon <= ?)', west, east);
  }
  return w;
}

export function queryEvents(db: SqliteDb, f: EventFilter = {}): { total: number; items: EventRow[] } {
  const { limit, offset } = pageOf(f);
  const w = eventWhere(f);
  const total = (db.prepare(`SELECT count(*) n FROM events e ${w}`).get(...w.params) as { n: number }).n;
  const order = SORTS[f.sort ?? '-date'] ?? SORTS['-date'];
  const rows = db
    .prepare(
      `SELECT e.*, a.url, a.outlet, a.published, a.title FROM events e JOIN articles a ON a.id = e.article
       ${w} ORDER BY ${order}, e.article, e.id LIMIT ? OFFSET ?`,
    )
    .all(...w.params, limit, offset) as Array<Record<string, unknown>>;
  const actorsOf = db.prepare('SELECT role, text, name, actor FROM event_actors WHERE article = ? AND event = ?');
  return {
    total,
    items: rows.map((r) => ({
      article: r.article as string,
      event: r.id as string,
      type: r.type as string,
      subType: (r.sub_type as string) ?? null,
      date: (r.date as string) ?? null,
      precision: (r.precision as string) ?? null,
      placeName: (r.place_name as string) ?? null,
      countryCode: (r.country_code as string) ?? null,
      admin1: (r.admin1 as string) ?? null,
      lat: (r.lat as number) ?? null,
      lon: (r.lon as number) ?? null,
      fatalities: (r.fatalities as number) ?? null,
      fatalitiesQualifier: (r.fatalities_qualifier as string) ?? null,
      injured: (r.injured as number) ?? null,
      actors: actorsOf.all(r.article, r.id) as EventRow['actors'],
      claimedBy: (r.claimed_by as string) ?? null,
      trigger: r.trigger_text as string,
      evidence: r.evidence as string,
      url: (r.url as string) ?? null,
      outlet: (r.outlet as string) ?? null,
      published: (r.published as string) ?? null,
      title: (r.title as string) ?? null,
    })),
  };
}
