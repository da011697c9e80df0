/** GeoJSON features for events and incidents (geometry null when the place has no coordinates). */
import type { Incident } from '../model/analysis.js';
import type { EventRow } from '../store/types.js';

const point = (lat: number | null | undefined, lon: number | null | undefined) =>
  lat === null || lat === undefined || lon === null || lon === undefined ? null : { type: 'Point', coordinates: [lon, lat] };

export function eventFeature(e: EventRow): object {
  const { lat, lon, ...properties } = e;
  return { type: 'Feature', id: `${e.article}/${e.event}`, geometry: point(lat, lon), properties };
}

export function incidentFeature(i: Incident): object {
  return { type: 'Feature', id: i.id, geometry: point(i.place?.lat, i.place?.lon), properties: i };
}

/** A FeatureCollection streamed feature by feature. */
export async function* featureCollection<T>(items: AsyncIterable<T>, toFeature: (t: T) => object): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const item of items) {
    yield `${first ? '' : ',\n'}${JSON.stringify(toFeature(item))}`;
    first = false;
  }
  yield ']}\n';
}

export async function* jsonLines<T>(items: AsyncIterable<T>): AsyncGenerator<string> {
  for await (const item of items) yield `${JSON.stringify(item)}\n`;
}
