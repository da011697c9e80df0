/** Loading, error and empty states, the same everywhere. */
import { ApiError } from './api.js';
import { clear, h } from './dom.js';

/** Show "Loading…" in `el`, then what `render` builds, or the error with a Retry button. */
export async function load<T>(el: HTMLElement, fetcher: () => Promise<T>, render: (data: T) => Node): Promise<void> {
  clear(el);
  el.append(h('p', { class: 'state loading', role: 'status' }, 'Loading…'));
  el.setAttribute('aria-busy', 'true');
  try {
    const data = await fetcher();
    clear(el);
    el.append(render(data));
  } catch (e) {
    clear(el);
    const message = e instanceof ApiError ? e.message : `Something went wrong: ${(e as Error).message}`;
    el.append(h('div', { class: 'state error', role: 'alert' }, h('p', {}, message), h('button', { type: 'button', onclick: () => void load(el, fetcher, render) }, 'Retry')));
  } finally {
    el.removeAttribute('aria-busy');
  }
}

export const empty = (text: string) => h('p', { class: 'state empty' }, text);

export const fmtDate = (d: string | null | undefined) => (d ? d.slice(0, 10) : '—');
export const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
