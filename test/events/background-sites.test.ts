import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/text/segment.js';
import type { Doc } from '../../src/model/document.js';
import { extractEvents } from '../../src/extract/events/index.js';
import { findCounts } from '../../src/extract/events/counts.js';
import { precisionOf } from '../../src/extract/events/attach.js';
import type { Place, TimeExpression } from '../../src/model/analysis.js';

function documentOf(text: string): Doc {
  return { text, published: '2025-05-12', title: null, url: null, outlet: null, ...segment(text), messages: [] };
}
function at(text: string, needle: string) {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `'${needle}' not in text`);
  return { start, end: start + needle.length, text: needle };
}
const place = (text: string, needle: string, kind: Place['kind'], lat: number | null, countryCode: string | null = 'XX'): Place => ({
  ...at(text, needle), name: needle, kind, geonameId: null, countryCode, admin1: null, lat, lon: lat === null ? null : 5,
});

test("a war's running toll is neither an event nor another event's count", () => {
  const text = 'Army and rebel envoys signed a truce in Malakal on Friday, four years into a civil war that has killed more than 200,000 people.';
  const events = extractEvents(documentOf(text), {});
  assert.deepEqual(events.map((e) => e.subType), ['Agreement']);
  assert.equal(events[0]!.fatalities, null);
  const alone = 'The insurgency, which has killed some 12,000 people since 2015, shows no sign of ending, the governor said.';
  assert.deepEqual(extractEvents(documentOf(alone), {}), []);
});

test('recent fighting that "has killed" people is still an event', () => {
  const text = 'Fighting in the port city has killed at least 31 people since Saturday, medics said.';
  const events = extractEvents(documentOf(text), {});
  assert.equal(events.length, 1);
  assert.equal(events[0]!.fatalities?.value, 31);
});

test('bodies found are the dead of the attack', () => {
  const counts = findCounts('Rescuers said 27 bodies were recovered from the rubble after the raid.');
  assert.deepEqual(counts.map((c) => [c.kind, c.count.value]), [['fatalities', 27]]);
  assert.deepEqual(findCounts('Police said 12 bodies of the dead would be returned to families.'), []);
});

test('a weekend is a week-precision date', () => {
  assert.equal(precisionOf('2025-W19-WE'), 'week');
  const text = 'Gunmen attacked a market in Gidan Kara over the weekend, killing nine traders.';
  const times: TimeExpression[] = [{ ...at(text, 'the weekend'), type: 'DATE', value: '2025-W19-WE' }];
  const [event] = extractEvents(documentOf(text), { times });
  assert.deepEqual(event!.date, { value: '2025-W19', precision: 'week' });
});

test('holding a country hostage is a figure of speech, taking workers hostage is not', () => {
  assert.deepEqual(extractEvents(documentOf('The minister accused the unions of holding the economy hostage with the strike.'), {}), []);
  const [taken] = extractEvents(documentOf('Militants took six miners hostage near the quarry on Tuesday.'), {});
  assert.equal(taken?.subType, 'Abduction/forced disappearance');
});

test('a site the gazetteer lacks takes the coordinates of the town its sentence puts it in', () => {
  const text = 'A bomb exploded at the Sunrise Hotel in Kismayo near the border with Kenya, killing four guests.';
  const places = [place(text, 'Sunrise Hotel', 'site', null, null), place(text, 'Kismayo', 'city', 2, 'SO'), place(text, 'Kenya', 'country', 0.5, 'KE')];
  const [event] = extractEvents(documentOf(text), { places });
  assert.equal(event!.place?.name, 'Sunrise Hotel');
  assert.equal(event!.place?.within, 'Kismayo');
  assert.equal(event!.place?.countryCode, 'SO');
  assert.equal(event!.place?.lat, 2);
});

test('a site is never placed at another site, nor across a border', () => {
  const text = 'Gunmen attacked the Blue Gate checkpoint near the border with Chad, killing two guards, the Pentagon said.';
  const places = [place(text, 'Blue Gate', 'site', null, null), place(text, 'Chad', 'country', 15, 'TD'), place(text, 'Pentagon', 'site', 38, 'US')];
  const [event] = extractEvents(documentOf(text), { places });
  assert.equal(event!.place?.name, 'Blue Gate');
  assert.equal(event!.place?.within, undefined);
  assert.equal(event!.place?.lat, null);
});
