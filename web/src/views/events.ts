/**
 * Events: filters, timeline (brushing sets the date range), map and a sortable table, all
 * driven by the same filters in the URL, plus export links for the same selection.
 */
import { get, withQuery, type Paged } from '../api.js';
import { EVENT_TYPES, typeDot } from '../colors.js';
import { h } from '../dom.js';
import { link, type Route } from '../main.js';
import { empty, fmtDate, load, plural } from '../state.js';
import type { EventRow, TimelineBucket } from '../types.js';
import { eventMap } from './map.js';
import { pager } from './search.js';
import { timeline } from './timeline.js';

export const FILTER_KEYS = ['type', 'subType', 'dateFrom', 'dateTo', 'country', 'actor', 'minFatalities', 'article'] as const;
const PAGE = 50;
export type Filters = Partial<Record<(typeof FILTER_KEYS)[number], string>>;

export function filtersOf(params: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) if (params.get(k)) f[k] = params.get(k)!;
  return f;
}

export function renderEvents(main: HTMLElement, route: Route): void {
  const filters = filtersOf(route.params);
  const sort = route.params.get('sort') ?? '-date';
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const go = (next: Filters, extra: Record<string, string> = {}) => {
    location.hash = link('events', null, { ...next, ...extra });
  };
  const { dateFrom: _from, dateTo: _to, ...undated } = filters;
  const timelineBox = h('section', { class: 'timeline-box', 'aria-label': 'Timeline' });
  const mapBox = h('section', { class: 'map-box', 'aria-label': 'Map' });
  const tableBox = h('section', { class: 'table-box', 'aria-label': 'Events table', 'aria-live': 'polite' });
  main.append(h('h1', {}, 'Events'), filterForm(filters, go), exportLinks(filters, sort), h('div', { class: 'events-layout' }, timelineBox, mapBox), tableBox);
  void load(timelineBox, () => get<{ buckets: TimelineBucket[] }>('/api/timeline', undated), (t) => timeline(t.buckets, filters, (from, to) => go({ ...filters, dateFrom: from, dateTo: to })));
  void load(mapBox, () => get<Paged<EventRow>>('/api/events', { ...filters, sort: '-fatalities', limit: 500 }), (p) => eventMap(p));
  void load(tableBox, () => get<Paged<EventRow>>('/api/events', { ...filters, sort, limit: PAGE, offset }), (p) => eventTable(p, filters, sort, offset));
}

function filterForm(f: Filters, go: (f: Filters) => void): HTMLElement {
  const field = (name: keyof Filters, label: string, input: HTMLInputElement | HTMLSelectElement) => {
    input.name = name;
    input.id = `filter-${name}`;
    input.value = f[name] ?? '';
    return h('label', { for: input.id }, label, input);
  };
  const typeSelect = h('select', {}, h('option', { value: '' }, 'Any type'), ...EVENT_TYPES.map((t) => h('option', { value: t }, t)));
  const form = h('form', { class: 'filters', 'aria-label': 'Event filters', onsubmit: (e: Event) => {
    e.preventDefault();
    const data = new FormData(form);
    const next: Filters = {};
    for (const k of FILTER_KEYS) {
      const v = String(data.get(k) ?? '').trim();
      if (v) next[k] = v;
    }
    go(next);
  } },
  field('type', 'Type', typeSelect),
  field('subType', 'Sub-type', h('input', { type: 'text', placeholder: 'e.g. Air/drone strike' })),
  field('dateFrom', 'From', h('input', { type: 'text', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 })),
  field('dateTo', 'To', h('input', { type: 'text', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 })),
  field('country', 'Country', h('input', { type: 'text', placeholder: 'SY', size: 3, maxlength: 2 })),
  field('actor', 'Actor', h('input', { type: 'text', placeholder: 'name or id' })),
  field('minFatalities', 'Min. killed', h('input', { type: 'number', min: 0, size: 5 })),
  f.article ? field('article', 'Article', h('input', { type: 'text' })) : null,
  h('button', { type: 'submit' }, 'Apply'),
  h('a', { href: link('events'), class: 'button-link' }, 'Clear'));
  return form;
}

function exportLinks(f: Filters, sort: string): HTMLElement {
  const a = (ext: string, label: string) => h('a', { href: withQuery(`/api/events.${ext}`, { ...f, sort }), download: `events.${ext}`, class: 'button-link', id: `export-${ext}` }, label);
  return h('p', { class: 'exports' }, 'Export this selection: ', a('csv', 'CSV (ACLED columns)'), ' ', a('geojson', 'GeoJSON'), ' ', a('jsonl', 'JSONL'));
}

const ACTOR1 = new Set(['actor1', 'perpetrator']);

function eventTable(page: Paged<EventRow>, f: Filters, sort: string, offset: number): Node {
  const wrap = h('div', {}, h('p', { class: 'count', id: 'event-count' }, `${plural(page.total, 'event')} match`));
  if (page.items.length === 0) {
    wrap.append(empty('No event matches these filters. Clear a filter or widen the dates.'));
    return wrap;
  }
  const sortHeader = (label: string, key: 'date' | 'fatalities') => {
    const state = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
    const next = sort === `-${key}` ? key : `-${key}`;
    return h('th', { scope: 'col', 'aria-sort': state }, h('a', { href: link('events', null, { ...f, sort: next }), class: 'sort' }, label, state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ' ↕'));
  };
  const head = h('tr', {}, sortHeader('Date', 'date'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Actor 1'), h('th', { scope: 'col' }, 'Actor 2'), h('th', { scope: 'col' }, 'Location'), sortHeader('Killed', 'fatalities'), h('th', { scope: 'col' }, 'Report'));
  const body = h('tbody', {});
  for (const e of page.items) {
    const actors = (first: boolean) => e.actors.filter((a) => ACTOR1.has(a.role) === first).map((a) => a.name ?? a.text).join('; ');
    body.append(
      h('tr', { 'data-event': `${e.article}/${e.event}` },
        h('td', {}, fmtDate(e.date)),
        h('td', {}, typeDot(e.type), e.type, e.subType ? h('div', { class: 'sub' }, e.subType) : null),
        h('td', {}, actors(true)), h('td', {}, actors(false)),
        h('td', {}, [e.placeName, e.countryCode].filter(Boolean).join(', ') || '—'),
        h('td', { class: 'num' }, e.fatalities === null ? '—' : `${e.fatalitiesQualifier && e.fatalitiesQualifier !== 'exact' ? '≥ ' : ''}${e.fatalities}`),
        h('td', {}, h('a', { href: link('article', e.article, { event: e.event }) }, e.title ?? e.article), h('div', { class: 'sub' }, e.outlet ?? '')),
      ),
    );
  }
  wrap.append(h('div', { class: 'table-scroll' }, h('table', { class: 'events-table' }, h('thead', {}, head), body)), pager(page.total, offset, (o) => link('events', null, { ...f, sort, offset: o }), PAGE));
  return wrap;
}
