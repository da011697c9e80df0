import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fuseAnalysis } from '../../src/fuse/index.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { sampleAnalysis } from '../store/sample-analysis.js';
import { cli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-events-'));
const db = join(dir, 'e.db');

test('setup: three reports of one incident and one elsewhere', async () => {
  const store = new SqliteStore(db);
  const variants = [
    { id: 'a', outlet: 'Meridian', killed: 40 },
    { id: 'b', outlet: 'Courier', killed: 55 },
    { id: 'c', outlet: 'Wire', killed: 62 },
    { id: 'd', outlet: 'Wire', killed: 3, country: 'IQ', lat: 33.3, lon: 44.4 },
  ];
  for (const v of variants) {
    const a = sampleAnalysis(v.id, { killed: v.killed, country: v.country, lat: v.lat, lon: v.lon });
    a.article.outlet = v.outlet;
    await store.saveAnalysis(a, null);
    await fuseAnalysis(store, a);
  }
  await store.close();
});

test('events: CSV with ACLED column names, filters applied', () => {
  const r = cli(['events', '--db', db, '--format', 'csv', '--country', 'SY']);
  assert.equal(r.code, 0, r.stderr);
  const [header, ...rows] = r.stdout.trim().split('\r\n');
  assert.equal(header!.split(',').slice(0, 15).join(','), 'event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,time_precision,source,notes,fatalities');
  assert.equal(rows.length, 3);
  assert.ok(rows.every((row) => row.includes(',Syria,')));
  const few = cli(['events', '--db', db, '--format', 'jsonl', '--min-fatalities', '50']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(few.map((e) => e.fatalities).sort(), [55, 62]);
});

test('incidents: one incident with three figures, as JSONL, GeoJSON and a table', () => {
  const lines = cli(['incidents', '--db', db, '--format', 'jsonl', '--country', 'SY']).stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 1);
  assert.equal(lines[0].schema, 'newsgraph.incident/1');
  assert.deepEqual(lines[0].fatalities.bySource.map((b: { value: number }) => b.value).sort(), [40, 55, 62]);
  const out = join(dir, 'i.geojson');
  assert.equal(cli(['incidents', '--db', db, '--format', 'geojson', '--out', out]).code, 0);
  const geo = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(geo.features.length, 2);
  assert.deepEqual(geo.features.find((f: { properties: { place: { countryCode: string } } }) => f.properties.place.countryCode === 'SY').geometry.coordinates, [36.63, 35.93]);
  assert.match(cli(['incidents', '--db', db]).stdout, /40 to 62 killed; 3 reports/);
});

test('events: bad filters are usage errors', () => {
  assert.equal(cli(['events', '--db', db, '--from', '2023-02-30']).code, 2);
  assert.equal(cli(['events', '--db', db, '--country', 'Syria']).code, 2);
  assert.equal(cli(['incidents', '--db', db, '--format', 'xlsx']).code, 2);
});
