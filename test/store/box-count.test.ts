/**
 * The R*Tree box count (src/store/sql/box-count.ts, SQLite migration 10) must equal the plain
 * count for every box and date range: random points (many on or a hair off the box's edges,
 * where float32 coordinates round), dates of every precision, times of day, no date, and texts
 * that are no date at all.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boundTime, boxCount } from '../../src/store/sql/box-count.js';
import { dateUpperBound } from '../../src/store/sql/runner.js';
import { sqliteRunner } from '../../src/store/sqlite/runner.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import type { EventFilter } from '../../src/store/types.js';
import { sampleAnalysis } from './sample-analysis.js';
import { rng } from '../../bench/api-data.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-box-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const EDGES = [10.1, 12.3456789, 33.3, -4.2];
const DATES = ['2019', '2019-03', '2019-03-01', '2019-03-05', '2019-03-05T10:00:00Z', '2019-12-31', '2020', '2020-01', '2020-01-01',
  '2018-12-31T23:59', null, 'unknown', '2019-02-30', '2019-13', 'circa 2019'];

interface Point { lat: number; lon: number; date: string | null }

function near(r: () => number, lo: number, hi: number): number {
  const edge = EDGES[Math.floor(r() * EDGES.length)]!;
  const pick = r();
  if (pick < 0.2) return edge;
  if (pick < 0.4) return edge + (r() < 0.5 ? -1 : 1) * 1e-9;
  if (pick < 0.5) return Math.fround(edge); // the float32 the tree may store for the edge
  return lo + r() * (hi - lo);
}

const within = (p: Point, f: EventFilter) => {
  const [w, s, e, n] = f.bbox!;
  if (!(p.lat >= s && p.lat <= n && p.lon >= w && p.lon <= e)) return false;
  if (f.dateFrom && !(p.date !== null && p.date >= f.dateFrom)) return false;
  if (f.dateTo && !(p.date !== null && p.date < dateUpperBound(f.dateTo))) return false;
  return true;
};

test('bound times keep the order of ISO text', () => {
  const texts = ['2018-12-31', '2019', '2019-01', '2019-01-01', '2019-03', '2019-03-01', '2019-03-31', '2019-04', '2020'];
  const times = texts.map((t) => boundTime(t)!);
  assert.deepEqual([...times].sort((a, b) => a - b), times);
  assert.equal(boundTime('2019-02-30'), null);
  assert.equal(boundTime('2019-13'), null);
  assert.equal(boundTime('soon'), null);
});

test('box counts from the R*Tree equal the plain count, on edges and with odd dates', async () => {
  const store = new SqliteStore(join(dir, 'box.db'));
  const r = rng(7);
  const points: Point[] = [];
  for (let a = 0; a < 60; a++) {
    const analysis = sampleAnalysis(`b${a}`);
    const template = analysis.events[0]!;
    analysis.events = Array.from({ length: 10 }, (_, i) => {
      const p: Point = { lat: near(r, -10, 40), lon: near(r, -10, 40), date: DATES[Math.floor(r() * DATES.length)]! };
      points.push(p);
      return { ...template, id: `V${i}`, date: { value: p.date as string, precision: 'day' }, place: { ...template.place!, lat: p.lat, lon: p.lon } };
    });
    await store.saveAnalysis(analysis, null);
  }
  const sql = sqliteRunner(store.db);
  let checked = 0;
  for (const [w, s, e, n] of [[EDGES[3]!, EDGES[0]!, EDGES[2]!, EDGES[1]!], [EDGES[0]!, EDGES[3]!, EDGES[1]!, EDGES[2]!], [-10, -10, 40, 40]] as const) {
    for (const [dateFrom, dateTo] of [[undefined, undefined], ['2019-03-01', '2019'], ['2019', '2019-12'], ['2019-03-05', undefined], [undefined, '2019-03-05'], ['2019-03', '2020']]) {
      const f: EventFilter = { bbox: [w, s, e, n], dateFrom, dateTo };
      const expected = points.filter((p) => within(p, f)).length;
      assert.equal(await boxCount(sql, f), expected, JSON.stringify(f));
      assert.equal((await store.events({ ...f, limit: 1 })).total, expected, `events() total, ${JSON.stringify(f)}`);
      checked++;
    }
  }
  assert.equal(checked, 18);
  await store.close();
});

test('the box index follows deleted and replaced events', async () => {
  const store = new SqliteStore(join(dir, 'follow.db'));
  await store.saveAnalysis(sampleAnalysis('f1', { lat: 35, lon: 36 }), null);
  await store.saveAnalysis(sampleAnalysis('f2', { lat: 35, lon: 36 }), null);
  const sql = sqliteRunner(store.db);
  const box: EventFilter = { bbox: [35, 34, 37, 36] };
  assert.equal(await boxCount(sql, box), 2);
  await store.saveAnalysis(sampleAnalysis('f2', { lat: 10, lon: 10 }), null, { replace: true });
  assert.equal(await boxCount(sql, box), 1);
  store.db.prepare("UPDATE events SET lat = 10 WHERE article = 'f1'").run();
  assert.equal(await boxCount(sql, box), 0);
  store.db.prepare("DELETE FROM articles WHERE id IN ('f1', 'f2')").run();
  assert.equal(store.db.prepare('SELECT count(*) FROM events_box').pluck().get(), 0);
  await store.close();
});
