/** Incidents: the list, and one incident's reports side by side with disagreements highlighted. */
import { get, type Paged } from '../api.js';
import { typeDot } from '../colors.js';
import { h, safeUrl } from '../dom.js';
import { link, type Route } from '../main.js';
import { empty, fmtDate, load, plural } from '../state.js';
import type { EventRow, Incident } from '../types.js';
import { pager } from './search.js';

const PAGE = 50;

export function figuresText(i: Incident): string {
  const f = i.fatalities;
  const n = i.reports.length;
  if (!f) return `toll not reported; ${plural(n, 'report')}`;
  return `${f.min === f.max ? f.min : `${f.min} to ${f.max}`} killed; ${plural(f.bySource.length, 'source')}`;
}

export function renderIncidents(main: HTMLElement, route: Route): void {
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const box = h('section', { 'aria-live': 'polite' });
  main.append(h('h1', {}, 'Incidents'), h('p', { class: 'exports' }, 'Export: ',
    ...(['csv', 'geojson', 'jsonl'] as const).flatMap((x) => [h('a', { href: `/api/incidents.${x}`, download: `incidents.${x}`, class: 'button-link' }, x.toUpperCase()), ' '])), box);
  void load(box, () => get<Paged<Incident>>('/api/incidents', { limit: PAGE, offset }), (page) => {
    if (page.items.length === 0) return empty('No incidents yet: incidents appear when events from several articles are fused.');
    const rows = page.items.map((i) =>
      h('tr', {},
        h('td', {}, fmtDate(i.date.start), i.date.end && i.date.end !== i.date.start ? ` – ${fmtDate(i.date.end)}` : ''),
        h('td', {}, typeDot(i.type), h('a', { href: link('incident', i.id) }, `${i.type}${i.subType ? ` / ${i.subType}` : ''}`)),
        h('td', {}, i.place ? [i.place.name, i.place.countryCode].filter(Boolean).join(', ') : '—'),
        h('td', {}, figuresText(i)),
        h('td', { class: 'num' }, String(i.reports.length))));
    return h('div', {}, h('p', { class: 'count' }, `${plural(page.total, 'incident')}`),
      h('table', { class: 'events-table' }, h('thead', {}, h('tr', {}, ...['Date', 'Type', 'Place', 'Figures', 'Reports'].map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, ...rows)),
      pager(page.total, offset, (o) => link('incidents', null, { offset: o }), PAGE));
  });
}

type Report = Incident['reports'][number] & { detail: EventRow | null };

const ROWS: Array<[string, (r: Report) => string]> = [
  ['Outlet', (r) => r.outlet ?? '—'],
  ['Published', (r) => fmtDate(r.published)],
  ['Event date', (r) => (r.detail?.date ? `${r.detail.date} (${r.detail.precision ?? '?'})` : '—')],
  ['Type', (r) => (r.detail ? `${r.detail.type}${r.detail.subType ? ` / ${r.detail.subType}` : ''}` : '—')],
  ['Place', (r) => (r.detail?.placeName ? `${r.detail.placeName}${r.detail.countryCode ? `, ${r.detail.countryCode}` : ''}` : '—')],
  ['Killed', (r) => (r.detail?.fatalities !== null && r.detail?.fatalities !== undefined ? `${r.detail.fatalities} (${r.detail.fatalitiesQualifier ?? 'exact'})` : '—')],
  ['Injured', (r) => (r.detail?.injured !== null && r.detail?.injured !== undefined ? String(r.detail.injured) : '—')],
  ['Actors', (r) => r.detail?.actors.map((a) => `${a.role}: ${a.name ?? a.text}`).join('; ') || '—'],
  ['Claimed by', (r) => r.detail?.claimedBy ?? '—'],
];

/** The value most reports give; null when no value has a strict majority (then every stated value is marked). */
function majority(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== '—') counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
}

export function renderIncident(main: HTMLElement, route: Route): void {
  const box = h('div', {});
  main.append(box);
  void load(box, () => get<{ incident: Incident; reports: Report[] }>(`/api/incidents/${encodeURIComponent(route.id ?? '')}`), ({ incident: i, reports }) => {
    const head = h('tr', {}, h('th', { scope: 'col' }, 'Field'), ...reports.map((r, n) => h('th', { scope: 'col' }, h('a', { href: link('article', r.article, { event: r.event }) }, `Report ${n + 1}`))));
    const body = h('tbody', {});
    let disagreements = 0;
    for (const [label, get] of ROWS.filter(([l]) => l !== 'Outlet' && l !== 'Published')) {
      const values = reports.map(get);
      const common = majority(values);
      const differ = new Set(values.filter((v) => v !== '—')).size > 1;
      if (differ) disagreements++;
      body.append(h('tr', { class: differ ? 'disagree' : '' }, h('th', { scope: 'row' }, label, differ ? h('span', { class: 'badge warn' }, 'sources differ') : null),
        ...values.map((v) => h('td', { class: differ && v !== common && v !== '—' ? 'differs' : '' }, v))));
    }
    const sources = h('tr', {}, h('th', { scope: 'row' }, 'Source'), ...reports.map((r) => {
      const url = safeUrl(r.url);
      return h('td', {}, h('strong', {}, r.outlet ?? 'unknown outlet'), h('div', { class: 'sub' }, fmtDate(r.published)), url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null);
    }));
    body.prepend(sources);
    const evidence = h('tr', {}, h('th', { scope: 'row' }, 'Evidence'), ...reports.map((r) => h('td', { class: 'evidence' }, r.detail?.evidence ?? '—')));
    body.append(evidence);
    const place = i.place ? [i.place.name, i.place.admin1, i.place.countryCode].filter(Boolean).join(', ') : 'unknown place';
    return h('div', {},
      h('h1', {}, typeDot(i.type), `${i.type}${i.subType ? ` / ${i.subType}` : ''} — ${place}`),
      h('p', { class: 'meta' }, `${fmtDate(i.date.start)}${i.date.end && i.date.end !== i.date.start ? ` to ${fmtDate(i.date.end)}` : ''} · `, h('strong', { id: 'incident-figures' }, figuresText(i)), ` · ${plural(reports.length, 'report')}`),
      i.fatalities?.bySource.length ? h('ul', { class: 'by-source' }, ...i.fatalities.bySource.map((b) => h('li', {}, `${b.outlet ?? b.article}: ${b.value} (${b.qualifier})`))) : null,
      h('p', { class: disagreements ? 'state warn' : 'state' }, disagreements ? `The reports disagree on ${plural(disagreements, 'field')} (highlighted).` : 'The reports agree on every field they state.'),
      h('div', { class: 'table-scroll' }, h('table', { class: 'side-by-side' }, h('thead', {}, head), body)));
  });
}
