import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/model/analysis.js';
import { fuseAnalysis } from '../../src/fuse/index.js';
import { dateRange } from '../../src/fuse/report.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { sampleAnalysis } from '../store/sample-analysis.js';

type Variant = { id: string; outlet: string; published: string; killed: number; date?: string | null; lat?: number; lon?: number; country?: string; type?: string };

function report(v: Variant): Analysis {
  const a = sampleAnalysis(v.id, { published: v.published, killed: v.killed, lat: v.lat, lon: v.lon, country: v.country });
  a.article.outlet = v.outlet;
  const e = a.events[0]!;
  if (v.date !== undefined) e.date = { value: v.date, precision: v.date ? 'day' : null };
  if (v.type) e.type = v.type as typeof e.type;
  return a;
}

async function fused(variants: Variant[]) {
  const store = new SqliteStore(':memory:');
  for (const v of variants) {
    const a = report(v);
    await store.saveAnalysis(a, null);
    await fuseAnalysis(store, a);
  }
  return store;
}

test('three outlets with different tolls fuse into one incident with every figure', async () => {
  const store = await fused([
    { id: 'a', outlet: 'Meridian', published: '2023-03-06', killed: 55 },
    { id: 'b', outlet: 'Courier', published: '2023-03-06', killed: 62, lat: 35.95, lon: 36.6 }, // ~3 km away
    { id: 'c', outlet: 'Wire', published: '2023-03-07', killed: 58, date: '2023-03-06' }, // "late Sunday" reported as Monday
  ]);
  const { items } = await store.incidents();
  assert.equal(items.length, 1);
  const i = items[0]!;
  assert.equal(i.schema, 'newsgraph.incident/1');
  assert.deepEqual([i.fatalities!.min, i.fatalities!.max], [55, 62]);
  assert.deepEqual(i.fatalities!.bySource.map((b) => `${b.outlet}:${b.value}`).sort(), ['Courier:62', 'Meridian:55', 'Wire:58']);
  assert.deepEqual(i.reports.map((r) => r.article), ['a', 'b', 'c']);
  assert.deepEqual([i.date.start, i.date.end, i.date.precision], ['2023-03-05', '2023-03-06', 'day']);
  assert.equal(i.place!.name, 'Idlib');
  assert.ok(i.actors.some((x) => x.actor === 'hts'));
});

test('a later report by the same outlet updates its figure ("the toll rose to")', async () => {
  const store = await fused([
    { id: 'a', outlet: 'Meridian', published: '2023-03-05', killed: 12 },
    { id: 'b', outlet: 'Courier', published: '2023-03-05', killed: 15 },
    { id: 'c', outlet: 'Meridian', published: '2023-03-07', killed: 20 },
  ]);
  const i = (await store.incidents()).items[0]!;
  assert.deepEqual(i.fatalities!.bySource.map((b) => `${b.outlet}:${b.value}`).sort(), ['Courier:15', 'Meridian:20']);
  assert.deepEqual([i.fatalities!.min, i.fatalities!.max], [15, 20]);
  assert.equal(i.reports.length, 3, 'every report is kept');
});

test('events far apart in place, days or country stay separate incidents', async () => {
  const store = await fused([
    { id: 'a', outlet: 'A', published: '2023-03-06', killed: 5 },
    { id: 'far', outlet: 'B', published: '2023-03-06', killed: 5, lat: 36.6, lon: 37.1 }, // ~85 km
    { id: 'later', outlet: 'C', published: '2023-03-12', killed: 5, date: '2023-03-10' },
    { id: 'iraq', outlet: 'D', published: '2023-03-06', killed: 5, country: 'IQ' },
    { id: 'protest', outlet: 'E', published: '2023-03-06', killed: 0, type: 'Protests' },
  ]);
  assert.equal((await store.incidents()).total, 5);
});

test('re-analysing an article rebuilds its incident instead of duplicating reports', async () => {
  const store = await fused([
    { id: 'a', outlet: 'A', published: '2023-03-06', killed: 10 },
    { id: 'b', outlet: 'B', published: '2023-03-06', killed: 11 },
  ]);
  const again = report({ id: 'b', outlet: 'B', published: '2023-03-06', killed: 14 });
  assert.equal(await store.saveAnalysis(again, null, { replace: true }), 'replaced');
  await fuseAnalysis(store, again);
  const { items } = await store.incidents();
  assert.equal(items.length, 1);
  assert.equal(items[0]!.reports.length, 2);
  assert.deepEqual([items[0]!.fatalities!.min, items[0]!.fatalities!.max], [10, 14]);
});

test('undated events fuse only on strong agreement, anchored on the publication week', async () => {
  assert.deepEqual(dateRange(null, null, '2023-03-10'), { start: '2023-03-03', end: '2023-03-10', precision: null, fromPublication: true });
  assert.deepEqual(dateRange('2023-W10', 'week', null), { start: '2023-03-06', end: '2023-03-12', precision: 'week', fromPublication: false });
  assert.equal(dateRange('2023-02', 'month', null)!.end, '2023-02-28');
  assert.equal(dateRange(null, null, null), null);
  const store = await fused([
    { id: 'a', outlet: 'A', published: '2023-03-06', killed: 10 },
    { id: 'b', outlet: 'B', published: '2023-03-07', killed: 10, date: null },
  ]);
  assert.equal((await store.incidents()).total, 1, 'same place, type, sub-type and actor: one incident');
});

test('with no date at all, reports join only the same kind of event at the same named place', async () => {
  const undated = (id: string, type?: string, lat?: number) => {
    const a = sampleAnalysis(id, { lat, lon: lat === undefined ? undefined : 36.63 });
    a.article.published = null;
    a.events[0]!.date = { value: null, precision: null };
    if (type) a.events[0]!.type = type as 'Protests';
    return a;
  };
  const store = new SqliteStore(':memory:');
  for (const a of [undated('u1'), undated('u2'), undated('u3', 'Protests')]) {
    await store.saveAnalysis(a, null);
    await fuseAnalysis(store, a);
  }
  const { items } = await store.incidents();
  assert.equal(items.length, 2);
  assert.deepEqual(items.map((i) => i.reports.length).sort(), [1, 2]);
  assert.deepEqual(items.map((i) => i.date.start), [null, null]);
});
