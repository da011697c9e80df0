/** The workbench: a hash router over the views (search, article, events, incidents, actors). */
import { clear, h } from './dom.js';
import { renderActor, renderActors } from './views/actors.js';
import { renderArticle } from './views/article.js';
import { renderEvents } from './views/events.js';
import { renderIncident, renderIncidents } from './views/incidents.js';
import { renderSearch } from './views/search.js';

export interface Route {
  name: string;
  id: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [name = '', ...rest] = path.split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) : null;
  return { name: name || 'search', id, params: new URLSearchParams(query) };
}

export function link(name: string, id?: string | null, params?: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `#/${name}${id ? `/${encodeURIComponent(id)}` : ''}${qs ? `?${qs}` : ''}`;
}

const NAV = [
  { name: 'search', label: 'Search' },
  { name: 'events', label: 'Events' },
  { name: 'incidents', label: 'Incidents' },
  { name: 'actors', label: 'Actors' },
];

function render(): void {
  const route = parseRoute(location.hash);
  const main = document.getElementById('main')!;
  clear(main);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#nav a')) {
    const active = a.dataset.view === route.name || (a.dataset.view === 'incidents' && route.name === 'incident') || (a.dataset.view === 'actors' && route.name === 'actor');
    if (active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const views: Record<string, (el: HTMLElement, r: Route) => void> = {
    search: renderSearch,
    article: renderArticle,
    events: renderEvents,
    incidents: renderIncidents,
    incident: renderIncident,
    actors: renderActors,
    actor: renderActor,
  };
  const view = views[route.name];
  if (view) view(main, route);
  else main.append(h('p', { class: 'state error', role: 'alert' }, `No view called '${route.name}'. `, h('a', { href: '#/search' }, 'Back to search')));
  main.focus({ preventScroll: true });
}

function start(): void {
  const nav = document.getElementById('nav')!;
  for (const n of NAV) nav.append(h('a', { href: `#/${n.name}`, 'data-view': n.name }, n.label));
  window.addEventListener('hashchange', render);
  render();
}

start();
