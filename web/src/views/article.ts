/** One article: the text with every layer highlighted (legend + toggles), what a selection holds, and the side panel. */
import { get } from '../api.js';
import { LAYERS, type LayerKey } from '../colors.js';
import { clear, h, safeUrl } from '../dom.js';
import { link, type Route } from '../main.js';
import { fmtDate, load } from '../state.js';
import type { Analysis } from '../types.js';
import { annotationsOf, highlightedText, type Piece } from './highlight.js';
import { sidePanel } from './article-panel.js';

export function renderArticle(main: HTMLElement, route: Route): void {
  const id = route.id ?? '';
  const body = h('div', {});
  main.append(body);
  void load(body, () => get<Analysis>(`/api/articles/${encodeURIComponent(id)}`), (a) => articleView(a, route.params.get('event')));
}

function articleView(a: Analysis, focusEvent: string | null): Node {
  const annotations = annotationsOf(a);
  const enabled = new Set<LayerKey>(LAYERS.map((l) => l.key));
  const detail = h('div', { class: 'selection', 'aria-live': 'polite', id: 'selection' }, h('p', { class: 'hint' }, 'Hover, click or tab to a highlighted span to see what was extracted from it.'));
  const textBox = h('div', {});
  const draw = () => {
    clear(textBox);
    textBox.append(highlightedText(a.article.text, annotations, enabled, (p, el) => showSelection(detail, p, el)));
  };
  const legend = h('fieldset', { class: 'legend' }, h('legend', {}, 'Layers'));
  for (const layer of LAYERS) {
    const count = annotations.filter((x) => x.layer === layer.key).length;
    const box = h('input', { type: 'checkbox', checked: true, id: `toggle-${layer.key}`, onchange: (e: Event) => {
      if ((e.target as HTMLInputElement).checked) enabled.add(layer.key);
      else enabled.delete(layer.key);
      draw();
    } });
    legend.append(h('label', { class: `swatch-label`, for: `toggle-${layer.key}` }, box, h('span', { class: `swatch swatch-${layer.key}`, 'aria-hidden': 'true' }), `${layer.label} (${count})`));
  }
  draw();
  const url = safeUrl(a.article.url);
  const header = h('header', { class: 'article-head' },
    h('h1', {}, a.article.title ?? '(untitled)'),
    h('p', { class: 'meta' }, [a.article.outlet, fmtDate(a.article.published)].filter(Boolean).join(' · '), ' · ', url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : 'no URL', ' · ', h('a', { href: link('events', null, { article: a.article.id }) }, 'events of this article')),
    a.warnings.length ? h('ul', { class: 'warnings' }, ...a.warnings.map((w) => h('li', {}, w))) : null);
  const view = h('div', { class: 'article-layout' }, h('article', { class: 'article-main' }, header, legend, textBox), h('aside', { class: 'article-side' }, detail, sidePanel(a)));
  if (focusEvent) setTimeout(() => flash(view, `[data-ref-event="${CSS.escape(focusEvent)}"]`), 0);
  return view;
}

function showSelection(box: HTMLElement, p: Piece, el: HTMLElement): void {
  for (const prev of document.querySelectorAll('mark.selected')) prev.classList.remove('selected');
  el.classList.add('selected');
  clear(box);
  box.append(h('h2', {}, 'Selected'));
  for (const a of p.covering) {
    const dl = h('dl', { class: 'fields' });
    for (const [k, v] of a.fields) dl.append(h('dt', {}, k), h('dd', {}, v));
    box.append(h('div', { class: `sel sel-${a.layer}` }, h('h3', {}, a.label), dl));
  }
}

/** Scroll to the first mark matching `selector` and flash it (from the side panel or a map click). */
export function flash(root: ParentNode, selector: string): void {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.classList.add('flash');
  el.focus({ preventScroll: true });
  setTimeout(() => el.classList.remove('flash'), 1600);
}
