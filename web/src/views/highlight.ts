/**
 * Article text with annotation layers, built from spans as DOM nodes (never HTML). Spans may
 * overlap (a quote holds entities), so the text is cut at every span boundary and each piece
 * carries the set of annotations covering it.
 */
import type { LayerKey } from '../colors.js';
import { h } from '../dom.js';
import type { Analysis } from '../types.js';

export interface Annotation {
  layer: LayerKey;
  start: number;
  end: number;
  /** Label and field/value pairs shown when the piece is hovered or selected. */
  label: string;
  fields: Array<[string, string]>;
  /** The layer item's id when it has one (event "V1", claim "C1"), for links from the side panel. */
  ref?: string;
}

/** Draw order when pieces overlap: the first enabled layer gives the background. */
const FILL_ORDER: LayerKey[] = ['trigger', 'place', 'time', 'entity'];

export function annotationsOf(a: Analysis): Annotation[] {
  const out: Annotation[] = [];
  const name = (id: string | null) => a.entities.find((e) => e.id === id)?.name ?? null;
  for (const e of a.entities) {
    for (const m of e.mentions) out.push({ layer: 'entity', start: m.start, end: m.end, label: `${e.type}: ${e.name}`, fields: [['type', e.type], ['name', e.name], ['actor', e.actor ?? '—'], ['roles', e.roles.join(', ') || '—']] });
  }
  for (const t of a.times) out.push({ layer: 'time', start: t.start, end: t.end, label: `${t.type}: ${t.value}`, fields: [['type', t.type], ['value', t.value]] });
  for (const p of a.places) {
    out.push({ layer: 'place', start: p.start, end: p.end, label: `${p.kind}: ${p.name}`, fields: [['name', p.name], ['kind', p.kind], ['country', p.countryCode ?? '—'], ['admin1', p.admin1 ?? '—'], ['coordinates', p.lat !== null && p.lon !== null ? `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` : '—'], ['geonames', p.geonameId !== null ? String(p.geonameId) : '—']] });
  }
  for (const q of a.quotes) {
    const speaker = q.speaker ? (name(q.speaker.entity) ?? q.speaker.text) : 'unknown speaker';
    out.push({ layer: 'quote', start: q.start, end: q.end, label: `${q.kind} quote by ${speaker}`, fields: [['speaker', speaker], ['role', q.speaker?.role ?? '—'], ['cue', q.cue?.text ?? '—'], ['kind', q.kind]] });
  }
  for (const c of a.claims) {
    const claimant = c.claimant ? (name(c.claimant.entity) ?? c.claimant.text) : '—';
    out.push({ layer: 'claim', start: c.start, end: c.end, ref: c.id, label: `${c.id} ${c.stance}${c.hedged ? ' (hedged)' : ''}`, fields: [['stance', c.stance], ['claimant', claimant], ['sources', c.sources.map((s) => s.text).join(' → ') || '—'], ['hedged', c.hedged ? 'yes' : 'no'], ['disputes', c.disputes ?? '—']] });
  }
  for (const v of a.events) {
    out.push({ layer: 'trigger', start: v.trigger.start, end: v.trigger.end, ref: v.id, label: `${v.id} ${v.type}${v.subType ? ` / ${v.subType}` : ''}`, fields: [['type', v.type], ['sub-type', v.subType ?? '—'], ['date', v.date.value ?? '—'], ['place', v.place?.name ?? '—'], ['fatalities', v.fatalities ? `${v.fatalities.value} (${v.fatalities.qualifier})` : '—'], ['actors', v.actors.map((x) => `${x.role}: ${name(x.entity) ?? x.text}`).join('; ') || '—']] });
  }
  return out.filter((x) => x.end > x.start);
}

export interface Piece {
  start: number;
  end: number;
  covering: Annotation[];
}

/** Cut [0, length) at every annotation boundary. */
export function pieces(length: number, annotations: Annotation[]): Piece[] {
  const cuts = new Set<number>([0, length]);
  for (const a of annotations) {
    cuts.add(Math.max(0, Math.min(length, a.start)));
    cuts.add(Math.max(0, Math.min(length, a.end)));
  }
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i]!, sorted[i + 1]!];
    out.push({ start, end, covering: annotations.filter((a) => a.start <= start && a.end >= end) });
  }
  return out;
}

/** The text as paragraphs of pieces; a piece with enabled annotations becomes a focusable <mark>. */
export function highlightedText(text: string, annotations: Annotation[], enabled: Set<LayerKey>, onSelect: (p: Piece, el: HTMLElement) => void): HTMLElement {
  const root = h('div', { class: 'article-text' });
  let para = h('p', {});
  root.append(para);
  for (const piece of pieces(text.length, annotations)) {
    const shown = piece.covering.filter((a) => enabled.has(a.layer));
    const chunks = text.slice(piece.start, piece.end).split(/\n\s*\n/);
    chunks.forEach((chunk, i) => {
      if (i > 0) root.append((para = h('p', {})));
      if (!chunk) return;
      if (shown.length === 0) {
        para.append(document.createTextNode(chunk));
        return;
      }
      const fill = FILL_ORDER.find((l) => shown.some((a) => a.layer === l));
      const classes = ['hl', fill ? `fill-${fill}` : '', shown.some((a) => a.layer === 'quote') ? 'in-quote' : '', shown.some((a) => a.layer === 'claim') ? 'in-claim' : ''];
      const mark = h('mark', { class: classes.filter(Boolean).join(' '), tabindex: 0, 'data-start': piece.start, 'data-layers': [...new Set(shown.map((a) => a.layer))].join(' '), title: shown.map((a) => a.label).join('\n') }, chunk);
      for (const a of shown) if (a.ref) mark.dataset[`ref${a.layer === 'trigger' ? 'Event' : 'Claim'}`] = a.ref;
      const select = () => onSelect({ ...piece, covering: shown }, mark);
      mark.addEventListener('mouseenter', select);
      mark.addEventListener('focus', select);
      mark.addEventListener('click', select);
      para.append(mark);
    });
  }
  return root;
}
