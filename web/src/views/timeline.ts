/**
 * Timeline: events per day (or month, for long ranges) stacked by type, fatalities as a line.
 * Dragging across it (brushing) selects a date range; the caller filters table and map by it.
 */
import { EVENT_TYPES, typeColor } from '../colors.js';
import { h, s } from '../dom.js';
import { empty } from '../state.js';
import type { TimelineBucket } from '../types.js';
import type { Filters } from './events.js';

interface Bin {
  key: string;
  counts: Map<string, number>;
  total: number;
  fatalities: number;
}

const W = 760, H = 240, PAD = { l: 36, r: 40, t: 10, b: 22 };

function dayKeys(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

function monthKeys(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let key = from.slice(0, 7); key <= to.slice(0, 7); key = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(key);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** Bins from first to last date: days when the range is short, months otherwise. */
export function binsOf(buckets: TimelineBucket[]): { bins: Bin[]; unit: 'day' | 'month' } {
  const days = buckets.map((b) => (b.day.length === 7 ? `${b.day}-01` : b.day.length === 4 ? `${b.day}-01-01` : b.day)).sort();
  const [first, last] = [days[0]!, days[days.length - 1]!];
  const span = (Date.parse(last) - Date.parse(first)) / 86_400_000;
  const unit = span <= 92 ? 'day' : 'month';
  const keys = unit === 'day' ? dayKeys(first, last) : monthKeys(first, last);
  const bins = new Map(keys.map((key) => [key, { key, counts: new Map<string, number>(), total: 0, fatalities: 0 }]));
  for (const b of buckets) {
    const day = b.day.length === 7 ? `${b.day}-01` : b.day.length === 4 ? `${b.day}-01-01` : b.day;
    const bin = bins.get(unit === 'day' ? day : day.slice(0, 7));
    if (!bin) continue;
    bin.counts.set(b.type, (bin.counts.get(b.type) ?? 0) + b.events);
    bin.total += b.events;
    bin.fatalities += b.fatalities;
  }
  return { bins: [...bins.values()], unit };
}

export function timeline(buckets: TimelineBucket[], filters: Filters, onBrush: (from: string, to: string) => void): Node {
  if (buckets.length === 0) return empty('No dated events to draw a timeline from.');
  const { bins, unit } = binsOf(buckets);
  const maxCount = Math.max(1, ...bins.map((b) => b.total));
  const maxDead = Math.max(1, ...bins.map((b) => b.fatalities));
  const bw = (W - PAD.l - PAD.r) / bins.length;
  const y = (n: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - n / maxCount);
  const yDead = (n: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - n / maxDead);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img', 'aria-label': `Events per ${unit} by type, ${bins[0]!.key} to ${bins[bins.length - 1]!.key}; drag to select dates` });
  const inRange = (key: string) => (!filters.dateFrom || key >= filters.dateFrom.slice(0, key.length)) && (!filters.dateTo || key <= filters.dateTo.slice(0, key.length));
  bins.forEach((bin, i) => {
    let top = H - PAD.b;
    for (const type of EVENT_TYPES) {
      const n = bin.counts.get(type) ?? 0;
      if (!n) continue;
      const y0 = y(n) - PAD.t;
      const height = H - PAD.b - PAD.t - y0;
      top -= height;
      svg.append(s('rect', { x: PAD.l + i * bw + 0.5, y: top, width: Math.max(1, bw - 1), height, fill: typeColor(type), opacity: inRange(bin.key) ? 1 : 0.3 }, s('title', {}, `${bin.key}: ${n} ${type}`)));
    }
  });
  const line = bins.map((b, i) => `${i ? 'L' : 'M'}${(PAD.l + (i + 0.5) * bw).toFixed(1)},${yDead(b.fatalities).toFixed(1)}`).join('');
  svg.append(s('path', { d: line, class: 'fatality-line' }));
  svg.append(s('text', { x: 4, y: PAD.t + 8, class: 'axis' }, String(maxCount)), s('text', { x: W - PAD.r + 4, y: PAD.t + 8, class: 'axis dead' }, `${maxDead} †`));
  svg.append(s('text', { x: PAD.l, y: H - 6, class: 'axis' }, bins[0]!.key), s('text', { x: W - PAD.r, y: H - 6, class: 'axis', 'text-anchor': 'end' }, bins[bins.length - 1]!.key));
  addBrush(svg, bins, bw, (i, j) => {
    const [a, b] = [bins[Math.min(i, j)]!.key, bins[Math.max(i, j)]!.key];
    onBrush(a, b);
  });
  const legend = h('ul', { class: 'type-legend' }, ...EVENT_TYPES.map((t) => {
    const sw = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    sw.style.background = typeColor(t);
    return h('li', {}, sw, t);
  }), h('li', {}, h('span', { class: 'swatch line', 'aria-hidden': 'true' }), 'killed (right scale)'));
  return h('div', {}, h('h2', {}, `Timeline (per ${unit}) — drag across it to filter by date`), svg, legend);
}

function addBrush(svg: SVGElement, bins: Bin[], bw: number, done: (i: number, j: number) => void): void {
  const band = s('rect', { class: 'brush', y: PAD.t, height: H - PAD.t - PAD.b, width: 0, x: 0 });
  svg.append(band);
  let start: number | null = null;
  const binAt = (e: PointerEvent) => {
    const box = (svg as SVGSVGElement).getBoundingClientRect();
    const x = ((e.clientX - box.left) / box.width) * W;
    return Math.max(0, Math.min(bins.length - 1, Math.floor((x - PAD.l) / bw)));
  };
  const drawBand = (i: number, j: number) => {
    band.setAttribute('x', String(PAD.l + Math.min(i, j) * bw));
    band.setAttribute('width', String((Math.abs(j - i) + 1) * bw));
  };
  svg.addEventListener('pointerdown', (e) => {
    start = binAt(e as PointerEvent);
    (svg as SVGSVGElement).setPointerCapture((e as PointerEvent).pointerId);
    drawBand(start, start);
  });
  svg.addEventListener('pointermove', (e) => {
    if (start !== null) drawBand(start, binAt(e as PointerEvent));
  });
  svg.addEventListener('pointerup', (e) => {
    if (start === null) return;
    const end = binAt(e as PointerEvent);
    const from = start;
    start = null;
    done(from, end);
  });
}
