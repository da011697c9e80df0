/** Event queries: filters on type, date, country, actor, place box and fatalities. */
import type { EventFilter, EventRow } from '../types.js';
import { pageOf } from '../types.js';
import { dateUpperBound, ieq, type Row, type SqlRunner } from './runner.js';
import { Where } from './where.js';

const SORTS: Record<string, string> = {
  date: 'e.date ASC NULLS LAST',
  '-date': 'e.date DESC NULLS LAST',
  fatalities: 'e.fatalities ASC NULLS LAST',
  '-fatalities': 'e.fatalities DESC NULLS LAST',
};

export function eventWhere(sql: SqlRunner, f: EventFilter): Where {
  const w = new Where()
    .when(f.type, 'e.type = ?')
    .when(f.subType, 'e.sub_type = ?')
    .when(f.dateFrom, 'e.date >= ?')
    .when(f.dateTo, 'e.date < ?', f.dateTo && dateUpperBound(f.dateTo))
    .when(f.country, 'e.country_code = ?', f.country?.toUpperCase())
    .when(f.article, 'e.article = ?')
    .when(f.minFatalities, 'e.fatalities >= ?');
  if (f.actor) {
    w.add(
      `EXISTS (SELECT 1 FROM event_actors a WHERE a.article = e.article AND a.event = e.id
         AND (a.actor = ? OR a.key = ? OR ${ieq(sql, 'a.name')} OR ${ieq(sql, 'a.text')}))`,
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

export async function queryEvents(sql: SqlRunner, f: EventFilter = {}): Promise<{ total: number; items: EventRow[] }> {
  const { limit, offset } = pageOf(f);
  const w = eventWhere(sql, f);
  const total = (await sql.get<{ n: number }>(`SELECT count(*) n FROM events e ${w}`, w.params))!.n;
  const order = SORTS[f.sort ?? '-date'] ?? SORTS['-date'];
  const rows = await sql.all(
    `SELECT e.*, a.url, a.outlet, a.published, a.title FROM events e JOIN articles a ON a.id = e.article
     ${w} ORDER BY ${order}, e.article, e.id LIMIT ? OFFSET ?`,
    [...w.params, limit, offset],
  );
  const items: EventRow[] = [];
  for (const r of rows) items.push({ ...eventRow(r), actors: await actorsOf(sql, r.article as string, r.id as string) });
  return { total, items };
}

function actorsOf(sql: SqlRunner, article: string, event: string) {
  return sql.all<EventRow['actors'][number]>('SELECT role, text, name, actor FROM event_actors WHERE article = ? AND event = ? ORDER BY seq', [article, event]);
}

function eventRow(r: Row): Omit<EventRow, 'actors'> {
  const s = (k: string) => (r[k] as string | null) ?? null;
  const n = (k: string) => (r[k] === null || r[k] === undefined ? null : Number(r[k]));
  return {
    article: r.article as string,
    event: r.id as string,
    type: r.type as string,
    subType: s('sub_type'),
    date: s('date'),
    precision: s('precision'),
    placeName: s('place_name'),
    countryCode: s('country_code'),
    admin1: s('admin1'),
    lat: n('lat'),
    lon: n('lon'),
    fatalities: n('fatalities'),
    fatalitiesQualifier: s('fatalities_qualifier'),
    injured: n('injured'),
    claimedBy: s('claimed_by'),
    trigger: r.trigger_text as string,
    evidence: r.evidence as string,
    url: s('url'),
    outlet: s('outlet'),
    published: s('published'),
    title: s('title'),
  };
}
