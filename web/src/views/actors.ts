/** Actors: entities across articles; one actor's aliases, roles, mentions over time, events and words. */
import { get, type Paged } from '../api.js';
import { typeDot } from '../colors.js';
import { h, s } from '../dom.js';
import { link, type Route } from '../main.js';
import { empty, fmtDate, load, plural } from '../state.js';
import type { ClaimRow, EntityDetail, EntitySummary, EventRow, MentionRow, QuoteRow } from '../types.js';
import { quoted } from './article-panel.js';
import { pager } from './search.js';

const PAGE = 50;
const TYPES = ['', 'PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'MISC'];

export function renderActors(main: HTMLElement, route: Route): void {
  const q = route.params.get('q') ?? '';
  const type = route.params.get('type') ?? '';
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const input = h('input', { type: 'search', value: q, placeholder: 'name or alias', 'aria-label': 'Actor name', id: 'actor-q' });
  const select = h('select', { 'aria-label': 'Entity type' }, ...TYPES.map((t) => h('option', { value: t, selected: t === type }, t || 'Any type')));
  const form = h('form', { class: 'searchbar', onsubmit: (e: Event) => { e.preventDefault(); location.hash = link('actors', null, { q: input.value.trim(), type: select.value }); } }, input, select, h('button', { type: 'submit' }, 'Find'));
  const box = h('section', { 'aria-live': 'polite' });
  main.append(h('h1', {}, 'Actors'), form, box);
  void load(box, () => get<Paged<EntitySummary>>('/api/entities', { q, type, limit: PAGE, offset }), (page) => {
    if (page.items.length === 0) return empty(q ? `No entity named like “${q}”.` : 'No entities stored yet.');
    const list = h('table', { class: 'events-table' }, h('thead', {}, h('tr', {}, ...['Name', 'Type', 'Articles', 'Mentions', 'Roles'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...page.items.map((e) => h('tr', {}, h('td', {}, h('a', { href: link('actor', e.key) }, e.name)), h('td', {}, e.type), h('td', { class: 'num' }, String(e.articles)), h('td', { class: 'num' }, String(e.mentions)), h('td', {}, e.roles.slice(0, 4).join(', '))))));
    return h('div', {}, h('p', { class: 'count' }, plural(page.total, 'entity').replace('entitys', 'entities')), list, pager(page.total, offset, (o) => link('actors', null, { q, type, offset: o }), PAGE));
  });
}

export function renderActor(main: HTMLElement, route: Route): void {
  const key = route.id ?? '';
  const head = h('div', {});
  const timelineBox = h('section', { 'aria-label': 'Mentions over time' });
  const eventsBox = h('section', { 'aria-label': 'Events as actor' });
  const quotesBox = h('section', { 'aria-label': 'What it said' });
  main.append(head, h('div', { class: 'actor-layout' }, h('div', {}, timelineBox, eventsBox), quotesBox));
  const enc = encodeURIComponent(key);
  void load(head, () => get<EntityDetail>(`/api/entities/${enc}`), (e) => h('div', {},
    h('h1', {}, e.name, h('span', { class: 'badge' }, e.type)),
    h('p', { class: 'meta' }, `${plural(e.articles, 'article')} · ${plural(e.mentions, 'mention')}${e.actor ? ` · knowledge-base id ${e.actor}` : ''}`),
    h('p', {}, h('strong', {}, 'Aliases: '), e.aliases.map((a) => `${a.text} (${a.count})`).join(', ') || '—'),
    h('p', {}, h('strong', {}, 'Roles: '), e.roles.join(', ') || '—')));
  void load(timelineBox, () => get<Paged<MentionRow>>(`/api/entities/${enc}/mentions`, { limit: 1000 }), mentionsOverTime);
  void load(eventsBox, () => get<Paged<EventRow>>('/api/events', { actor: key, limit: 100 }), (p) => h('div', {}, h('h2', {}, `Events as actor (${p.total})`),
    p.items.length ? h('ul', { class: 'plain' }, ...p.items.map((e) => h('li', {}, typeDot(e.type), `${fmtDate(e.date)} `, h('a', { href: link('article', e.article, { event: e.event }) }, `${e.type}${e.subType ? ` / ${e.subType}` : ''}`),
      ` — ${e.placeName ?? 'unknown place'}; ${e.fatalities ?? '?'} killed; as ${e.actors.filter((a) => (a.actor !== null && `actor:${a.actor}` === key) || key.endsWith(`:${(a.name ?? a.text).toLowerCase()}`)).map((a) => a.role).join(', ') || 'actor'}`))) : empty('Not an actor in any stored event.')));
  void load(quotesBox, () => Promise.all([get<Paged<QuoteRow>>('/api/quotes', { speaker: key, limit: 100 }), get<Paged<ClaimRow>>('/api/claims', { claimant: key, limit: 100 })]), ([quotes, claims]) => h('div', {},
    h('h2', {}, `What it said (${quotes.total})`),
    quotes.items.length ? h('ul', { class: 'plain' }, ...quotes.items.map((q) => h('li', { class: 'quote' }, h('a', { href: link('article', q.article) }, quoted(q.kind, q.text)), h('div', { class: 'sub' }, `${fmtDate(q.published)} · ${q.title ?? ''}${q.speakerRole ? ` · as ${q.speakerRole}` : ''}`)))) : empty('No quotes attributed to it.'),
    h('h2', {}, `Claims (${claims.total})`),
    claims.items.length ? h('ul', { class: 'plain' }, ...claims.items.map((c) => h('li', {}, h('span', { class: 'badge stance' }, c.stance), c.hedged ? h('span', { class: 'badge hedged' }, 'hedged') : null, ' ', h('a', { href: link('article', c.article) }, c.text)))) : empty('No claims by it.')));
}

function mentionsOverTime(p: Paged<MentionRow>): Node {
  const byMonth = new Map<string, number>();
  for (const m of p.items) if (m.published) byMonth.set(m.published.slice(0, 7), (byMonth.get(m.published.slice(0, 7)) ?? 0) + 1);
  const months = [...byMonth.keys()].sort();
  if (months.length === 0) return h('div', {}, h('h2', {}, 'Mentions over time'), empty('No dated mentions.'));
  const max = Math.max(...byMonth.values());
  const W = 480, H = 120, bw = Math.min(40, (W - 20) / months.length);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'mentions-chart', role: 'img', 'aria-label': `Mentions per month, ${months[0]} to ${months[months.length - 1]}` });
  months.forEach((m, i) => {
    const n = byMonth.get(m)!;
    const bh = ((H - 24) * n) / max;
    svg.append(s('rect', { x: 10 + i * bw + 1, y: H - 18 - bh, width: Math.max(1, bw - 2), height: bh, class: 'bar' }, s('title', {}, `${m}: ${n}`)));
  });
  svg.append(s('text', { x: 10, y: H - 4, class: 'axis' }, months[0]!), s('text', { x: W - 10, y: H - 4, class: 'axis', 'text-anchor': 'end' }, months[months.length - 1]!));
  return h('div', {}, h('h2', {}, `Mentions over time (${p.total})`), svg);
}
