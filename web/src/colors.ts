/** One colour per event type and per annotation layer, shared by table, timeline, map and legends. */
export const EVENT_TYPES = [
  'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments',
] as const;

const TYPE_COLORS: Record<string, string> = {
  Battles: '#c92a2a',
  'Explosions/Remote violence': '#e8590c',
  'Violence against civilians': '#862e9c',
  Protests: '#2b8a3e',
  Riots: '#795548',
  'Strategic developments': '#1864ab',
};

export const typeColor = (type: string) => TYPE_COLORS[type] ?? '#868e96';

export const LAYERS = [
  { key: 'entity', label: 'Entities' },
  { key: 'time', label: 'Times' },
  { key: 'place', label: 'Places' },
  { key: 'quote', label: 'Quotes' },
  { key: 'claim', label: 'Claims' },
  { key: 'trigger', label: 'Event triggers' },
] as const;

export type LayerKey = (typeof LAYERS)[number]['key'];

/** A small coloured dot for an event type (colour set through CSSOM, which the CSP allows). */
export function typeDot(type: string): HTMLElement {
  const dot = document.createElement('span');
  dot.className = 'type-dot';
  dot.setAttribute('aria-hidden', 'true');
  dot.style.background = typeColor(type);
  return dot;
}
