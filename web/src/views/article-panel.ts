/** The article's side panel: who said what (by speaker, with roles), claims, and events. */
import { typeDot } from '../colors.js';
import { h } from '../dom.js';
import { link } from '../main.js';
import { empty } from '../state.js';
import type { Analysis } from '../types.js';
import { flash } from './article.js';

export function sidePanel(a: Analysis): Node {
  return h('div', { class: 'panel' }, whoSaidWhat(a), claimsList(a), eventsList(a));
}

const entityName = (a: Analysis, id: string | null) => a.entities.find((e) => e.id === id)?.name ?? null;

function jumpTo(start: number) {
  return (e: Event) => {
    e.preventDefault();
    flash(document, `mark[data-start="${start}"]`);
  };
}

/** Direct quotes in quotation marks, unless the span already carries them. */
export const quoted = (kind: string, text: string) => (kind === 'direct' && !/^["“'‘«]/.test(text) ? `“${text}”` : text);

function whoSaidWhat(a: Analysis): Node {
  const groups = new Map<string, { name: string; roles: Set<string>; quotes: Analysis['quotes'] }>();
  for (const q of a.quotes) {
    const name = q.speaker ? (entityName(a, q.speaker.entity) ?? q.speaker.text) : 'Unattributed';
    const key = q.speaker?.entity ?? name.toLowerCase();
    const g = groups.get(key) ?? { name, roles: new Set<string>(), quotes: [] };
    if (q.speaker?.role) g.roles.add(q.speaker.role);
    for (const r of a.entities.find((e) => e.id === q.speaker?.entity)?.roles ?? []) g.roles.add(r);
    g.quotes.push(q);
    groups.set(key, g);
  }
  const section = h('section', { id: 'who-said-what', 'aria-labelledby': 'wsw-h' }, h('h2', { id: 'wsw-h' }, `Who said what (${a.quotes.length})`));
  if (groups.size === 0) section.append(empty('No quotes found in this article.'));
  for (const g of [...groups.values()].sort((x, y) => y.quotes.length - x.quotes.length)) {
    section.append(
      h('div', { class: 'speaker' },
        h('h3', {}, g.name, g.roles.size ? h('span', { class: 'role' }, ` — ${[...g.roles].join(', ')}`) : null),
        h('ul', {}, ...g.quotes.map((q) => h('li', { class: `quote quote-${q.kind}` },
          h('a', { href: '#', onclick: jumpTo(q.start), class: 'quote-text' }, quoted(q.kind, q.text)),
          h('span', { class: 'badge' }, q.kind), q.cue ? h('span', { class: 'cue' }, ` (${q.cue.text})`) : null)))),
    );
  }
  return section;
}

function claimsList(a: Analysis): Node {
  const section = h('section', { id: 'claims', 'aria-labelledby': 'claims-h' }, h('h2', { id: 'claims-h' }, `Claims (${a.claims.length})`));
  if (a.claims.length === 0) section.append(empty('No claims found in this article.'));
  const byId = new Map(a.claims.map((c) => [c.id, c]));
  for (const c of a.claims) {
    const claimant = c.claimant ? (entityName(a, c.claimant.entity) ?? c.claimant.text) : 'unnamed';
    const disputed = c.disputes ? byId.get(c.disputes) : undefined;
    section.append(
      h('div', { class: `claim stance-${c.stance}` },
        h('p', {}, h('span', { class: `badge stance` }, c.stance), c.hedged ? h('span', { class: 'badge hedged' }, 'hedged') : null, ' ', h('strong', {}, claimant)),
        h('a', { href: '#', onclick: jumpTo(c.start) }, c.text),
        c.sources.length ? h('p', { class: 'chain' }, 'Source chain: ', c.sources.map((s) => entityName(a, s.entity) ?? s.text).join(' → ')) : null,
        c.disputes ? h('p', { class: 'denial' }, `Denies ${c.disputes}`, disputed ? `: “${disputed.text}”` : '') : null),
    );
  }
  return section;
}

function eventsList(a: Analysis): Node {
  const section = h('section', { id: 'article-events', 'aria-labelledby': 'events-h' }, h('h2', { id: 'events-h' }, `Events (${a.events.length})`));
  if (a.events.length === 0) section.append(empty('No events found in this article.'));
  for (const v of a.events) {
    const actors = v.actors.map((x) => `${x.role}: ${entityName(a, x.entity) ?? x.text}`).join('; ');
    const f = v.fatalities;
    section.append(
      h('div', { class: 'event-card', 'data-event': v.id },
        h('p', {}, typeDot(v.type), h('strong', {}, v.type), v.subType ? ` / ${v.subType}` : ''),
        h('a', { href: '#', onclick: jumpTo(v.trigger.start) }, `“${v.trigger.text}”`),
        h('dl', { class: 'fields' },
          h('dt', {}, 'date'), h('dd', {}, v.date.value ? `${v.date.value} (${v.date.precision ?? '?'})` : '—'),
          h('dt', {}, 'place'), h('dd', {}, v.place ? `${v.place.name}${v.place.countryCode ? `, ${v.place.countryCode}` : ''}` : '—'),
          h('dt', {}, 'actors'), h('dd', {}, actors || '—'),
          h('dt', {}, 'killed'), h('dd', {}, f ? `${f.value} (${f.qualifier})${f.includes.length ? `, incl. ${f.includes.map((i) => `${i.value} ${i.who}`).join(', ')}` : ''}` : '—'),
          h('dt', {}, 'injured'), h('dd', {}, v.injured ? `${v.injured.value} (${v.injured.qualifier})` : '—'),
          v.claimedBy ? h('dt', {}, 'claimed by') : null, v.claimedBy ? h('dd', {}, entityName(a, v.claimedBy.entity) ?? v.claimedBy.text) : null,
          v.sources.length ? h('dt', {}, 'sources') : null, v.sources.length ? h('dd', {}, v.sources.map((s) => s.text).join(', ')) : null)),
    );
  }
  if (a.events.length) section.append(h('a', { href: link('events', null, { article: a.article.id }) }, 'Open in the events table'));
  return section;
}
