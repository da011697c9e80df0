/**
 * SQLite migration 12: events counted per (country, type, month). A type+country+dates total
 * is summed from them with exact counts near the bounds, so it must equal a plain count for
 * any bounds (mid-month, month, year, times of day, odd texts) and follow every write.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { dateUpperBound } from '../../src/store/sql/runner.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { SqliteWriter } from '../../src/store/sqlite/write.js';
import type { EventFilter, TimelineUnit } from '../../src/store/types.js';
import { articleWithEvents, random, TYPES } from './random-events.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-month-counts-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const DATES = ['2022-11-30', '2022-12', '2022-12-01', '2022-12-15', '2022-12-31T23:00', '2023', '2023-01', '2023-01-01', '2023-01-02', '2023-1', '2023-02-28', '2023-03-05', null];
const BOUNDS = [undefined, '2022', '2022-12', '2022-12-01', '2022-12-15', '2022-12-31', '2023', '2023-01', '2023-01-01', '2023-01-02', '2023-02', '2023-03-05'];

function assertCountsInStep(store: SqliteStore): void {
  const kept = store.db.prepare('SELECT country_code, type, month, n, fatalities FROM event_month_counts WHERE n > 0 ORDER BY 1, 2, 3').all();
  const counted = store.db.prepare(`SELECT country_code, type, substr(date, 1, 7) AS month, count(*) AS n, coalesce(sum(fatalities), 0) AS fatalities FROM events
    WHERE country_code IS NOT NULL AND date IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`).all();
  assert.deepEqual(kept, counted);
}

/** The plain count the general path makes, written here without the store's query code. */
function plainCount(store: SqliteStore, f: EventFilter): number {
  return store.db.prepare('SELECT count(*) FROM events WHERE (type = ? OR ? IS NULL) AND country_code = ? AND date >= ? AND date < ?').pluck()
    .get(f.type ?? null, f.type ?? null, f.country, f.dateFrom ?? '', f.dateTo ? dateUpperBound(f.dateTo) : '\u{10FFFF}') as number;
}

test('country+dates totals (with or without a type) from month counts equal plain counts for every pair of bounds', async () => {
  const store = new SqliteStore(join(dir, 'totals.db'));
  const rnd = random(5);
  for (let i = 0; i < 30; i++) await store.saveAnalysis(articleWithEvents(`t${i}`, 10, rnd, DATES), null);
  let nonzero = 0;
  for (const type of [...TYPES.slice(0, 2), undefined]) {
    for (const dateFrom of BOUNDS) {
      for (const dateTo of BOUNDS) {
        if (!dateFrom && !dateTo) continue;
        const f: EventFilter = { type, country: 'SY', dateFrom, dateTo };
        // limit 1: a full page, so the total is counted rather than told by the page
        const { total } = await store.events({ ...f, limit: 1 });
        const expected = plainCount(store, f);
        assert.equal(total, expected, JSON.stringify(f));
        if (expected > 0) nonzero++;
      }
    }
  }
  assert.ok(nonzero > 100, `the bounds should select events (${nonzero} non-empty)`);
  await store.close();
});

test('month counts follow inserts, replaced articles, moved dates, countries and types, and deletes', async () => {
  const store = new SqliteStore(join(dir, 'step.db'));
  const rnd = random(9);
  for (let i = 0; i < 10; i++) await store.saveAnalysis(articleWithEvents(`a${i}`, 6, rnd, DATES), null);
  assertCountsInStep(store);
  await store.saveAnalysis(articleWithEvents('a3', 3, rnd, DATES), null, { replace: true });
  store.db.prepare("UPDATE events SET date = '2023-07-07' WHERE article = 'a1'").run();
  store.db.prepare("UPDATE events SET country_code = NULL WHERE article = 'a2' AND id = 'V1'").run();
  store.db.prepare("UPDATE events SET country_code = 'ML', type = 'Riots' WHERE article = 'a4'").run();
  store.db.prepare("UPDATE events SET date = NULL WHERE article = 'a5' AND id = 'V2'").run();
  store.db.prepare("UPDATE events SET fatalities = 3 WHERE article = 'a6'").run();
  store.db.prepare("UPDATE events SET fatalities = NULL WHERE article = 'a9' AND id = 'V1'").run();
  store.db.prepare("DELETE FROM events WHERE article = 'a7' AND id = 'V1'").run();
  store.db.prepare("DELETE FROM articles WHERE id = 'a8'").run();
  assertCountsInStep(store);
  await store.close();
});

test('migrations 12 and 13 count the events stored before them', async () => {
  const path = join(dir, 'old.db');
  const db = new Database(path);
  for (const m of MIGRATIONS.slice(0, 11)) db.exec(m);
  db.pragma('user_version = 11');
  const writer = new SqliteWriter(db);
  const rnd = random(4);
  for (let i = 0; i < 5; i++) writer.save(articleWithEvents(`o${i}`, 6, rnd, DATES), null, false);
  db.close();
  const store = new SqliteStore(path);
  assertCountsInStep(store);
  assert.ok((store.db.prepare('SELECT sum(n) FROM event_month_counts').pluck().get() as number) > 0);
  await store.close();
});

/** The timeline as the general rules define it, grouped here from the events table. */
function groupedTimeline(store: SqliteStore, f: EventFilter, unit: TimelineUnit) {
  const clauses = ['country_code = ?', 'date IS NOT NULL', ...(f.type ? ['type = ?'] : []), ...(f.dateFrom ? ['date >= ?'] : []), ...(f.dateTo ? ['date < ?'] : [])];
  const params = [f.country, ...(f.type ? [f.type] : []), ...(f.dateFrom ? [f.dateFrom] : []), ...(f.dateTo ? [dateUpperBound(f.dateTo)] : [])];
  return store.db.prepare(`SELECT substr(date, 1, ${unit === 'year' ? 4 : 7}) AS day, type, count(*) AS events, coalesce(sum(fatalities), 0) AS fatalities
    FROM events WHERE ${clauses.join(' AND ')} GROUP BY 1, 2 ORDER BY 1, 2`).all(...params);
}

test('timelines by month and year from the month counts equal the events grouped, for whole-month bounds', async () => {
  const store = new SqliteStore(join(dir, 'timeline.db'));
  const rnd = random(13);
  for (let i = 0; i < 30; i++) await store.saveAnalysis(articleWithEvents(`t${i}`, 10, rnd, DATES), null);
  // unknown and varied tolls, written by updates (the counts follow them)
  store.db.prepare('UPDATE events SET fatalities = CASE rowid % 4 WHEN 0 THEN NULL ELSE rowid % 7 END').run();
  let buckets = 0;
  for (const unit of ['month', 'year'] as const) {
    for (const type of [undefined, 'Battles']) {
      for (const [dateFrom, dateTo] of [[undefined, undefined], ['2022-12', undefined], [undefined, '2023'], ['2023', '2023-01'], ['2022', '2022-12'], ['2023-02', '2023-03']]) {
        const f: EventFilter = { country: 'SY', type, dateFrom, dateTo };
        const got = await store.eventTimelineBy(f, unit);
        assert.equal(got.bucket, unit);
        assert.deepEqual(got.buckets, groupedTimeline(store, f, unit), JSON.stringify({ unit, ...f }));
        buckets += got.buckets.length;
      }
    }
  }
  assert.ok(buckets > 50, `the timelines should have buckets (${buckets})`);
  await store.close();
});
