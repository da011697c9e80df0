/**
 * Offline SVG world map (d3-geo + world-atlas 110m, bundled): events as circles sized by
 * fatalities and coloured by type, zoomed to the filtered events; clicking one opens it.
 */
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Paged } from '../api.js';
import { typeColor } from '../colors.js';
import { h, s } from '../dom.js';
import { link } from '../main.js';
import { empty } from '../state.js';
import type { EventRow } from '../types.js';

const W = 640, H = 400;
const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
let countries: GeoJSON.FeatureCollection | null = null;

export const radius = (fatalities: number | null) => Math.min(28, 4 + Math.sqrt(fatalities ?? 0) * 1.6);

/** The box to show: the events' extent padded, or the whole world when there is nothing to show. */
function extentOf(points: Array<[number, number]>): GeoJSON.MultiPoint {
  if (points.length === 0) return extentOf([[-150, -45], [150, 65]]);
  const lons = points.map((p) => p[0]), lats = points.map((p) => p[1]);
  const [w, e, so, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const pad = Math.max(3, (e - w) * 0.15, (n - so) * 0.15);
  const [x0, y0, x1, y1] = [Math.max(-180, w - pad), Math.max(-85, so - pad), Math.min(180, e + pad), Math.min(85, n + pad)];
  // points along every edge: meridians curve in this projection, so two corners do not bound the box
  const edge: Array<[number, number]> = [];
  for (let i = 0; i <= 8; i++) {
    const [x, y] = [x0 + ((x1 - x0) * i) / 8, y0 + ((y1 - y0) * i) / 8];
    edge.push([x, y0], [x, y1], [x0, y], [x1, y]);
  }
  return { type: 'MultiPoint', coordinates: edge };
}

export function eventMap(page: Paged<EventRow>): Node {
  const located = page.items.filter((e) => e.lat !== null && e.lon !== null);
  countries ??= feature(topology, topology.objects.countries) as unknown as GeoJSON.FeatureCollection;
  const projection = geoNaturalEarth1().fitExtent([[8, 8], [W - 8, H - 8]], extentOf(located.map((e) => [e.lon!, e.lat!])));
  const path = geoPath(projection);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'group', 'aria-label': `Map of ${located.length} located events` });
  svg.append(s('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }));
  const land = s('g', { class: 'land' });
  for (const c of countries.features) {
    const d = path(c);
    if (d) land.append(s('path', { d }, s('title', {}, String((c.properties as { name?: string } | null)?.name ?? ''))));
  }
  svg.append(land);
  const dots = s('g', { class: 'dots' });
  for (const e of [...located].sort((a, b) => (b.fatalities ?? 0) - (a.fatalities ?? 0))) {
    const xy = projection([e.lon!, e.lat!]);
    if (!xy) continue;
    const label = `${e.date ?? 'undated'} ${e.type}${e.subType ? ` / ${e.subType}` : ''} in ${e.placeName ?? 'unknown place'}: ${e.fatalities ?? 'unknown'} killed`;
    const open = () => { location.hash = link('article', e.article, { event: e.event }); };
    const dot = s('circle', { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: radius(e.fatalities).toFixed(1), fill: typeColor(e.type), class: 'dot', tabindex: 0, role: 'link', 'aria-label': label, 'data-event': `${e.article}/${e.event}`,
      onclick: open, onkeydown: (ev: Event) => { if ((ev as KeyboardEvent).key === 'Enter') open(); } }, s('title', {}, label));
    dots.append(dot);
  }
  svg.append(dots);
  const note = located.length < page.total ? `${located.length} of ${page.total.toLocaleString('en')} matching events ${located.length === 1 ? 'has' : 'have'} coordinates${page.total > page.items.length ? ` (the ${page.items.length} deadliest are drawn)` : ''}.` : `${located.length} event${located.length === 1 ? '' : 's'} with coordinates.`;
  return h('div', {}, h('h2', {}, 'Map'), svg, located.length ? h('p', { class: 'hint' }, note, ' Circle size: killed. Click a circle to open its report.') : empty('No matching event has coordinates; the map shows the world.'));
}
