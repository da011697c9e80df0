/** Incidents (one real-world event fused from many reports): list, one, and streamed exports. */
import type { Incident } from '../../model/analysis.js';
import type { IncidentCursor, IncidentFilter } from '../../store/types.js';
import { INCIDENT_COLUMNS, csvLine, incidentCsvRow } from '../csv.js';
import { featureCollection, incidentFeature, jsonLines } from '../geojson.js';
import { notFound } from '../http-error.js';
import { PAGE_PARAMS, type ParamSpec } from '../params.js';
import type { RouteDef } from '../route.js';
import { keysetPages, streamResponse } from '../stream.js';
import { EVENT_TYPES, EXPORT_MAX, mapAsync, withHeader } from './events.js';

const INCIDENT_FILTER_PARAMS: ParamSpec[] = [
  { name: 'type', kind: 'enum', values: EVENT_TYPES, description: 'ACLED event type' },
  { name: 'dateFrom', kind: 'date', description: 'incidents ending on or after this day' },
  { name: 'dateTo', kind: 'date', description: 'incidents starting on or before this day' },
  { name: 'country', kind: 'country', description: 'ISO 3166-1 alpha-2 country code' },
  { name: 'actor', kind: 'string', description: "an actor's knowledge-base id or name" },
  { name: 'minFatalities', kind: 'int', min: 0, max: 1_000_000, description: 'highest reported toll at least this' },
];

function exportRoute(ext: 'csv' | 'geojson' | 'jsonl'): RouteDef {
  const media = { csv: 'text/csv; charset=utf-8', geojson: 'application/geo+json', jsonl: 'application/x-ndjson' }[ext];
  return {
    method: 'get',
    path: `/api/incidents.${ext}`,
    summary: `Incidents matching the filters as ${ext.toUpperCase()}, streamed`,
    params: [...INCIDENT_FILTER_PARAMS, { name: 'limit', kind: 'int', min: 1, max: EXPORT_MAX, description: 'most rows to export (default 100000)' }],
    produces: [media],
    async handle(_c, { store, query }) {
      const filter = query as IncidentFilter;
      // keyset pages without a count, as the event exports: OFFSET pages re-sorted every earlier row again
      const rows = keysetPages(
        (limit, after: IncidentCursor | undefined) => store.incidents({ ...filter, limit, after, countTotal: false }),
        (last: Incident) => ({ dateStart: last.date.start, id: last.id }),
        (query.limit as number | undefined) ?? 100_000,
      );
      const body =
        ext === 'csv' ? withHeader(csvLine([...INCIDENT_COLUMNS]), mapAsync(rows, incidentCsvRow))
        : ext === 'geojson' ? featureCollection(rows, incidentFeature)
        : jsonLines(rows);
      return streamResponse(body, media, `incidents.${ext}`);
    },
  };
}

export const incidentRoutes: RouteDef[] = [
  {
    method: 'get',
    path: '/api/incidents',
    summary: 'Incidents (newsgraph.incident/1), newest first, filtered and paged',
    params: [...INCIDENT_FILTER_PARAMS, ...PAGE_PARAMS],
    async handle(c, { store, query }) {
      const result = await store.incidents(query as IncidentFilter);
      return c.json({ ...result, limit: query.limit ?? 50, offset: query.offset ?? 0 });
    },
  },
  {
    method: 'get',
    path: '/api/incidents/:id',
    summary: 'One incident with every report, and the event each report was built from',
    pathParams: { id: 'incident id' },
    async handle(c, { store }) {
      const id = c.req.param('id')!;
      const incident = await store.getIncident(id);
      if (!incident) throw notFound(`incident '${id}'`);
      // each report's own event, so the UI can put the reports side by side
      const reports = await Promise.all(
        incident.reports.map(async (r) => ({ ...r, detail: (await store.events({ article: r.article, limit: 1000 })).items.find((e) => e.event === r.event) ?? null })),
      );
      return c.json({ incident, reports });
    },
  },
  exportRoute('csv'),
  exportRoute('geojson'),
  exportRoute('jsonl'),
];
