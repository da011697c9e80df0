/** Events: the paged table, the timeline aggregate, and streamed CSV / GeoJSON / JSONL exports. */
import type { EventCursor, EventFilter, TimelineUnit } from '../../store/types.js';
import { EVENT_COLUMNS, csvLine, eventCsvRow } from '../csv.js';
import { eventFeature, featureCollection, jsonLines } from '../geojson.js';
import { PAGE_PARAMS, type ParamSpec, type ParsedQuery } from '../params.js';
import { jsonRoute, type RouteDef } from '../route.js';
import { keysetPages, streamResponse } from '../stream.js';

export const EVENT_TYPES = [
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
] as const;

export const EVENT_FILTER_PARAMS: ParamSpec[] = [
  { name: 'type', kind: 'enum', values: EVENT_TYPES, description: 'ACLED event type' },
  { name: 'subType', kind: 'string', description: 'ACLED sub-event type, e.g. "Air/drone strike"' },
  { name: 'dateFrom', kind: 'date', description: 'first day (inclusive): 2023-03-01, 2023-03 or 2023' },
  { name: 'dateTo', kind: 'date', description: 'last day (inclusive; 2023-03 includes all of March)' },
  { name: 'country', kind: 'country', description: 'ISO 3166-1 alpha-2 country code' },
  { name: 'actor', kind: 'string', description: "an actor's knowledge-base id, entity key or name" },
  { name: 'bbox', kind: 'bbox', description: 'west,south,east,north in degrees' },
  { name: 'minFatalities', kind: 'int', min: 0, max: 1_000_000, description: 'at least this many killed' },
  { name: 'article', kind: 'string', description: 'only events of this article id' },
];

const SORT: ParamSpec = { name: 'sort', kind: 'enum', values: ['date', '-date', 'fatalities', '-fatalities'], description: 'order (default -date)' };
export const EXPORT_MAX = 1_000_000;
export const EXPORT_PARAMS: ParamSpec[] = [
  ...EVENT_FILTER_PARAMS,
  SORT,
  { name: 'limit', kind: 'int', min: 1, max: EXPORT_MAX, description: `most rows to export (default 100000, at most ${EXPORT_MAX})` },
];

export function eventFilter(q: ParsedQuery): EventFilter {
  return { ...(q as EventFilter) };
}

function exportRoute(ext: 'csv' | 'geojson' | 'jsonl'): RouteDef {
  const media = { csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json', jsonl: 'application/x-ndjson' }[ext];
  return {
    method: 'get',
    path: `/api/events.${ext}`,
    summary: `Events matching the filters as ${ext.toUpperCase()}, streamed${ext === 'csv' ? ' (ACLED column names)' : ''}`,
    params: EXPORT_PARAMS,
    produces: [media],
    async handle(_c, { store, query }) {
      const filter = eventFilter(query);
      const max = (query.limit as number | undefined) ?? 100_000;
      // keyset pages without a count: OFFSET pages walked past every earlier row again, and each
      // full page counted all the matches
      const column = filter.sort === 'fatalities' || filter.sort === '-fatalities' ? 'fatalities' : 'date';
      const rows = keysetPages(
        (limit, after: EventCursor | undefined) => store.events({ ...filter, limit, after, countTotal: false }),
        (last) => ({ value: last[column], article: last.article, event: last.event }),
        max,
      );
      const body =
        ext === 'csv' ? withHeader(csvLine([...EVENT_COLUMNS]), mapAsync(rows, eventCsvRow))
        : ext === 'geojson' ? featureCollection(rows, eventFeature)
        : jsonLines(rows);
      return streamResponse(body, media, `events.${ext}`);
    },
  };
}

export async function* withHeader(header: string, rows: AsyncIterable<string>): AsyncGenerator<string> {
  yield header;
  yield* rows;
}

export async function* mapAsync<T, U>(items: AsyncIterable<T>, f: (t: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield f(item);
}

export const eventRoutes: RouteDef[] = [
  jsonRoute({
    method: 'get',
    path: '/api/events',
    summary: 'Events across articles, filtered, sorted and paged',
    params: [...EVENT_FILTER_PARAMS, SORT, ...PAGE_PARAMS],
    async json({ store, query }) {
      const [limit, offset] = [query.limit ?? 50, query.offset ?? 0];
      if (!store.eventsJson) return JSON.stringify({ ...(await store.events(eventFilter(query))), limit, offset });
      // the items arrive as JSON text built by the database: sent as they are, not parsed and re-serialised
      const { total, itemsJson } = await store.eventsJson(eventFilter(query));
      return `{"total":${total},"items":${itemsJson},"limit":${limit},"offset":${offset}}`;
    },
  }),
  jsonRoute({
    method: 'get',
    path: '/api/timeline',
    summary: 'Event counts and fatalities per day, month or year and type, under the event filters (bucket: which one was used)',
    params: [
      ...EVENT_FILTER_PARAMS,
      { name: 'bucket', kind: 'enum', values: ['auto', 'day', 'month', 'year'], description: 'bucket width (default auto: months when the dates span over 122 days, else days)' },
    ],
    async json({ store, query }) {
      const { bucket = 'auto', ...filters } = query;
      const filter = eventFilter(filters);
      // a multi-year timeline per day was 12k buckets (0.9 MB) that the UI folds into months anyway
      if (store.eventTimelineBy) return JSON.stringify(await store.eventTimelineBy(filter, bucket as TimelineUnit | 'auto'));
      return JSON.stringify({ bucket: 'day', buckets: await store.eventTimeline(filter) });
    },
  }),
  exportRoute('csv'),
  exportRoute('geojson'),
  exportRoute('jsonl'),
];
