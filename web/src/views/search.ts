/** Search: full-text over articles with snippets and counts; without a query, the newest articles. */
import { get, type Paged } from '../api.js';
import { h, markedText } from '../dom.js';
import { link, type Route } from '../main.js';
import { empty, fmtDate, load, plural } from '../state.js';
import type { ArticleSummary, SearchHit, StoreStats } from '../types.js';

const PAGE = 20;

export function renderSearch(main: HTMLElement, route: Route): void {
  const q = route.params.get('q') ?? '';
  const outlet = route.params.get('outlet') ?? '';
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Search articles: words, "a phrase", prefix*', 'aria-label': 'Search articles', id: 'search-input' });
  const form = h('form', { class: 'searchbar', role: 'search', onsubmit: (e: Event) => {
    e.preventDefault();
    location.hash = link('search', null, { q: input.value.trim(), outlet });
  } }, input, h('button', { type: 'submit' }, 'Search'));
  const facets = h('aside', { class: 'facets', 'aria-label': 'Filters' });
  const results = h('section', { class: 'results', 'aria-label': 'Results', 'aria-live': 'polite' });
  main.append(h('h1', {}, 'Search'), form, h('div', { class: 'split' }, facets, results));
  void load(facets, () => get<StoreStats>('/api/stats'), (stats) => renderFacets(stats, q, outlet));
  void load(results, () => fetchPage(q, outlet, offset), (page) => renderResults(page, q, outlet, offset));
}

async function fetchPage(q: string, outlet: string, offset: number): Promise<Paged<SearchHit | ArticleSummary>> {
  if (!q) return get<Paged<ArticleSummary>>('/api/articles', { outlet, limit: PAGE, offset });
  // the search index ranks across outlets; an outlet filter applies to the ranked hits
  const page = await get<Paged<SearchHit>>('/api/articles', { q, limit: outlet ? 200 : PAGE, offset: outlet ? 0 : offset });
  if (!outlet) return page;
  const items = page.items.filter((i) => i.outlet === outlet);
  return { total: items.length, items: items.slice(offset, offset + PAGE) };
}

function renderFacets(stats: StoreStats, q: string, outlet: string): Node {
  const counts = h('dl', { class: 'counts' });
  for (const [label, n] of [['Articles', stats.articles], ['Events', stats.events], ['Incidents', stats.incidents], ['Quotes', stats.quotes], ['Entities', stats.entities]] as const) {
    counts.append(h('dt', {}, label), h('dd', {}, n.toLocaleString('en')));
  }
  const outlets = h('ul', { class: 'facet-list' });
  outlets.append(h('li', {}, h('a', { href: link('search', null, { q }), 'aria-current': outlet ? null : 'true' }, 'All outlets')));
  for (const [name, n] of Object.entries(stats.outlets)) {
    outlets.append(h('li', {}, h('a', { href: link('search', null, { q, outlet: name }), 'aria-current': outlet === name ? 'true' : null }, `${name} (${n})`)));
  }
  return h('div', {}, h('h2', {}, 'In the database'), counts, h('h2', {}, 'Outlet'), outlets);
}

function renderResults(page: Paged<SearchHit | ArticleSummary>, q: string, outlet: string, offset: number): Node {
  const wrap = h('div', {});
  const what = q ? `${plural(page.total, 'article')} match “${q}”` : `${plural(page.total, 'article')}, newest first`;
  wrap.append(h('p', { class: 'count', id: 'result-count' }, what + (outlet ? ` in ${outlet}` : '')));
  if (page.items.length === 0) {
    wrap.append(empty(q ? 'No article matches. Try fewer words, or a prefix like attack*.' : 'The database holds no articles yet. Ingest some with `newsgraph ingest`.'));
    return wrap;
  }
  const list = h('ol', { class: 'hits', start: offset + 1 });
  for (const item of page.items) {
    const meta = [item.outlet, fmtDate(item.published)].filter(Boolean).join(' · ');
    list.append(
      h('li', { class: 'hit' },
        h('a', { href: link('article', item.id), class: 'hit-title' }, item.title ?? '(untitled)'),
        h('div', { class: 'meta' }, meta),
        'snippet' in item ? h('p', { class: 'snippet' }, markedText(item.snippet)) : null),
    );
  }
  wrap.append(list, pager(page.total, offset, (o) => link('search', null, { q, outlet, offset: o })));
  return wrap;
}

export function pager(total: number, offset: number, href: (offset: number) => string, size = PAGE): Node {
  const nav = h('nav', { class: 'pager', 'aria-label': 'Pages' });
  if (offset > 0) nav.append(h('a', { href: href(Math.max(0, offset - size)) }, '← Previous'));
  nav.append(h('span', {}, `${Math.min(offset + 1, total)}–${Math.min(offset + size, total)} of ${total.toLocaleString('en')}`));
  if (offset + size < total) nav.append(h('a', { href: href(offset + size) }, 'Next →'));
  return nav;
}
