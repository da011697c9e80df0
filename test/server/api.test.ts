import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { ACLED_COLUMNS } from '../../src/server/csv.js';
import { fillDemo } from './fixtures.js';
import { parseCsv } from '../../src/read/csv.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-api-'));
let store: SqliteStore;
let app: ReturnType<typeof createApp>;

before(async () => {
  store = new SqliteStore(join(dir, 'api.db'));
  await fillDemo(store);
  app = createApp({ store, webRoot: null });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = async (path: string, status = 200) => {
  const res = await app.request(path);
  assert.equal(res.status, status, `${path}: ${res.status} ${await res.clone().text()}`);
  return res.json() as Promise<any>;
};

test('articles: listing, full-text search with marked snippets, one analysis, 404', async () => {
  assert.equal((await json('/api/articles')).total, 6);
  const hits = await json('/api/articles?q=motorbikes&limit=2');
  assert.equal(hits.total, 3);
  assert.equal(hits.items.length, 2);
  assert.match(hits.items[0].snippet, /\u0002motorbikes\u0003/);
  const a = await json('/api/articles/lima-protest');
  assert.equal(a.schema, 'newsgraph.analysis/1');
  assert.equal(a.quotes[0].speaker.text, 'Rosa Quispe');
  const missing = await json('/api/articles/nope', 404);
  assert.match(missing.error, /article 'nope' not found/);
});

test('events: every filter narrows, sorts work, totals count the whole selection', async () => {
  assert.equal((await json('/api/events')).total, 9);
  assert.equal((await json('/api/events?type=Protests')).total, 1);
  assert.equal((await json('/api/events?country=ng')).total, 6);
  assert.equal((await json('/api/events?minFatalities=13')).total, 2);
  assert.equal((await json('/api/events?subType=Arrests')).total, 3);
  assert.equal((await json('/api/events?dateFrom=2023-03&dateTo=2023-03')).total, 6);
  assert.equal((await json('/api/events?bbox=90,15,100,30')).items[0].placeName, 'Sagaing');
  assert.equal((await json('/api/events?actor=northern-front')).total, 3);
  const byToll = await json('/api/events?sort=-fatalities&limit=2');
  assert.deepEqual(byToll.items.map((e: any) => e.fatalities), [100, 15]);
  assert.equal(byToll.total, 9);
  assert.equal(byToll.items.length, 2);
});

test('bad parameters get a 400 that names the parameter and what was expected', async () => {
  const cases: Array<[string, RegExp]> = [
    ['/api/events?type=War', /'type': expected one of 'Battles'/],
    ['/api/events?dateFrom=March', /'dateFrom': expected a date like 2023-03-05/],
    ['/api/events?bbox=1,2,3', /'bbox': expected west,south,east,north/],
    ['/api/events?bbox=0,50,10,40', /'bbox'/],
    ['/api/events?limit=5000', /'limit': expected a whole number from 1 to 1000/],
    ['/api/events?minFatalities=-1', /'minFatalities'/],
    ['/api/events?country=Syria', /two-letter ISO country code/],
    ['/api/events?colour=red', /unknown query parameter 'colour'; this route takes: type, /],
    ['/api/claims?stance=maybe', /'stance': expected one of/],
  ];
  for (const [path, message] of cases) assert.match((await json(path, 400)).error, message, path);
});

test('layers: entity with aliases, mentions, events as actor, quotes by speaker, claims by stance, stats', async () => {
  const entities = await json('/api/entities?q=northern');
  assert.equal(entities.items[0].key, 'actor:northern-front');
  assert.equal(entities.items[0].articles, 3);
  const e = await json(`/api/entities/${encodeURIComponent('actor:northern-front')}`);
  assert.deepEqual(e.aliases, [{ text: 'Northern Front', count: 6 }]);
  assert.equal((await json(`/api/entities/${encodeURIComponent('actor:northern-front')}/mentions`)).total, 6);
  await json(`/api/entities/${encodeURIComponent('actor:nobody')}`, 404);
  const quotes = await json(`/api/quotes?speaker=${encodeURIComponent('Rosa Quispe')}`);
  assert.equal(quotes.total, 1);
  const denials = await json('/api/claims?stance=deny');
  assert.equal(denials.total, 3);
  assert.equal(denials.items[0].disputes, 'C1');
  const stats = await json('/api/stats');
  assert.equal(stats.articles, 6);
  assert.equal(stats.incidents, 1);
});

test('timeline: counts and fatalities per day and type under the filters', async () => {
  const { buckets } = await json('/api/timeline?country=NG');
  assert.deepEqual(buckets, [
    { day: '2023-03-04', type: 'Violence against civilians', events: 3, fatalities: 39 },
    { day: '2023-03-05', type: 'Strategic developments', events: 3, fatalities: 0 },
  ]);
});

test('timeline buckets: auto keeps days for a short span, month and year on request, bad bucket is a 400', async () => {
  assert.equal((await json('/api/timeline?country=NG')).bucket, 'day');
  const months = await json('/api/timeline?country=NG&bucket=month');
  assert.equal(months.bucket, 'month');
  assert.deepEqual(months.buckets, [
    { day: '2023-03', type: 'Strategic developments', events: 3, fatalities: 0 },
    { day: '2023-03', type: 'Violence against civilians', events: 3, fatalities: 39 },
  ]);
  assert.deepEqual((await json('/api/timeline?country=NG&bucket=year')).buckets.map((b: any) => b.day), ['2023', '2023']);
  await json('/api/timeline?bucket=week', 400);
});

test("incidents: list, one with each report's own event, 404", async () => {
  const list = await json('/api/incidents?country=NG');
  assert.equal(list.total, 1);
  const one = await json('/api/incidents/I-kadiri-market');
  assert.equal(one.incident.fatalities.max, 15);
  assert.deepEqual(one.reports.map((r: any) => r.detail.fatalities), [12, 15, 12]);
  await json('/api/incidents/I-none', 404);
  assert.equal((await json('/api/incidents?minFatalities=16')).total, 0);
});

test('CSV export: ACLED columns, one row per event, untrusted text kept as data', async () => {
  const res = await app.request('/api/events.csv?country=NG&sort=date');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /^text\/csv/);
  assert.match(res.headers.get('content-disposition')!, /attachment; filename="events.csv"/);
  const rows = parseCsv(await res.text());
  assert.deepEqual(rows[0]!.slice(0, ACLED_COLUMNS.length), [...ACLED_COLUMNS]);
  const body = rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((k, i) => [k, r[i]])));
  assert.equal(body.length, 6);
  const attack = body.find((r) => r.event_type === 'Violence against civilians' && r.fatalities === '15')!;
  assert.equal(attack.country, 'Nigeria');
  assert.equal(attack.actor1, 'Northern Front');
  assert.equal(attack.time_precision, '1');
  assert.equal(attack.latitude, '11.7');
  assert.match(attack.notes!, /^Gunmen from the Northern Front attacked the main market in Kadiri on Saturday, killing 15 people and wounding 30, officials said\.$/);
  const xss = parseCsv(await (await app.request('/api/events.csv?article=xss-article')).text());
  assert.equal(xss[1]![0], '2023-02-01');
  assert.ok(xss[1]![ACLED_COLUMNS.indexOf('location')]!.startsWith('<script>'));
});

test('incident CSV shows the range and every source, never an average', async () => {
  const rows = parseCsv(await (await app.request('/api/incidents.csv')).text());
  const notes = rows[1]![rows[0]!.indexOf('notes')]!;
  assert.match(notes, /^12 to 15 killed; 3 reports \(Sahel Monitor: 12, Global Wire Desk: 15, Lowland Courier: 12\)$/);
  assert.equal(rows[1]![rows[0]!.indexOf('fatalities')], '12');
});

test('GeoJSON and JSONL exports stream valid documents', async () => {
  const geo = await (await app.request('/api/events.geojson?type=Protests')).json() as any;
  assert.equal(geo.type, 'FeatureCollection');
  assert.deepEqual(geo.features[0].geometry, { type: 'Point', coordinates: [-77.04, -12.05] });
  assert.equal(geo.features[0].properties.placeName, 'Lima');
  const lines = (await (await app.request('/api/events.jsonl?limit=4')).text()).trim().split('\n');
  assert.equal(lines.length, 4);
  for (const l of lines) assert.ok(JSON.parse(l).event);
  const incidents = await (await app.request('/api/incidents.geojson')).json() as any;
  assert.equal(incidents.features[0].properties.schema, 'newsgraph.incident/1');
});

test('security headers on every answer: CSP without inline script, nosniff, no framing', async () => {
  for (const path of ['/api/stats', '/api/nothing-here', '/api/events?type=War', '/api/events.csv']) {
    const res = await app.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
  }
});

test('/metrics: Prometheus text with request counts and stored rows', async () => {
  await app.request('/api/events');
  const res = await app.request('/metrics');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  const body = await res.text();
  assert.match(body, /^# TYPE newsgraph_http_requests_total counter$/m);
  assert.match(body, /^newsgraph_http_requests_total\{method="GET",status="200"\} \d+$/m);
  assert.match(body, /^newsgraph_store_rows\{table="articles"\} [1-9]\d*$/m);
});
