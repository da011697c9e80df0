/**
 * SQLite migration 11: event cards filed by (country, type, date). The type+country+dates page
 * reads them instead of the general path, so they must follow every write, and the page must
 * be the one the general path gives: same rows, same order (ties on the date by article, event),
 * same totals, whatever the offset.
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
import type { EventFilter, EventRow } from '../../src/store/types.js';
import { articleWithEvents, random, TYPES } from './random-events.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-filter-cards-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The table's entries against the cards they must copy: every event with a country and a date. */
function assertInStep(store: SqliteStore): void {
  const filed = store.db.prepare('SELECT country_code, type, date, article, event, json FROM event_cards_ctd ORDER BY article, event').all();
  const expected = store.db
    .prepare(`SELECT e.country_code, e.type, e.date, e.article, e.id AS event, c.json FROM events e JOIN event_cards c ON c.article = e.article AND c.event = e.id
      WHERE e.country_code IS NOT NULL AND e.date IS NOT NULL ORDER BY e.article, e.id`)
    .all();
  assert.deepEqual(filed, expected);
}

/** The page as the general rules define it, computed here from every event: filter, sort, slice. */
function expectedPage(all: EventRow[], f: EventFilter): { total: number; keys: string[] } {
  const matching = all.filter((e) => e.type === f.type && e.countryCode === f.country && e.date !== null
    && (!f.dateFrom || e.date >= f.dateFrom) && (!f.dateTo || e.date < dateUpperBound(f.dateTo)));
  const sign = f.sort === 'date' ? 1 : -1;
  const byKey = (a: EventRow, b: EventRow) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.event < b.event ? -1 : a.event > b.event ? 1 : 0);
  matching.sort((a, b) => (a.date === b.date ? byKey(a, b) : a.date! < b.date! ? -sign : sign));
  const offset = f.offset ?? 0;
  return { total: matching.length, keys: matching.slice(offset, offset + (f.limit ?? 50)).map((e) => `${e.article}/${e.event}`) };
}

test('filed cards follow inserts, replaced articles, moved keys, actor and title edits, and deletes', async () => {
  const store = new SqliteStore(join(dir, 'step.db'));
  const rnd = random(7);
  for (let i = 0; i < 12; i++) await store.saveAnalysis(articleWithEvents(`a${i}`, 6, rnd), null);
  assertInStep(store);
  await store.saveAnalysis(articleWithEvents('a3', 4, rnd), null, { replace: true });
  store.db.prepare("UPDATE events SET country_code = 'ML', date = '2023-02-02' WHERE article = 'a1' AND id = 'V1'").run();
  store.db.prepare("UPDATE events SET type = 'Riots' WHERE article = 'a2'").run();
  store.db.prepare("UPDATE events SET country_code = NULL WHERE article = 'a4' AND id = 'V2'").run();
  store.db.prepare("UPDATE events SET date = '2023-05-05', country_code = 'SY' WHERE article = 'a5' AND id = 'V3'").run();
  store.db.prepare("UPDATE events SET fatalities = 99 WHERE article = 'a6'").run();
  store.db.prepare("UPDATE event_actors SET text = 'a checkpoint' WHERE article = 'a7' AND seq = 1").run();
  store.db.prepare("UPDATE articles SET title = 'Corrected headline' WHERE id = 'a8'").run();
  store.db.prepare("DELETE FROM events WHERE article = 'a9' AND id = 'V4'").run();
  store.db.prepare("DELETE FROM articles WHERE id = 'a10'").run();
  assertInStep(store);
  const moved = store.db.prepare("SELECT json FROM event_cards_ctd WHERE article = 'a8' LIMIT 1").pluck().get() as string | undefined;
  if (moved) assert.match(moved, /Corrected headline/);
  await store.close();
});

test('type+country+dates pages from the filed cards match the general rules: rows, order, totals, offsets', async () => {
  const store = new SqliteStore(join(dir, 'pages.db'));
  const rnd = random(11);
  for (let i = 0; i < 40; i++) await store.saveAnalysis(articleWithEvents(`p${String(i).padStart(2, '0')}`, 8, rnd), null);
  const all = (await store.events({ limit: 500 })).items;
  assert.equal(all.length, 320);
  let compared = 0;
  for (const type of TYPES) {
    for (const country of ['SY', 'ML']) {
      for (const [dateFrom, dateTo] of [['2023-01-01', '2023-12-31'], ['2023', undefined], [undefined, '2023-01'], ['2022-12-31', '2024']]) {
        for (const [sort, limit, offset] of [[undefined, 5, 0], ['date', 7, 3], ['-date', 50, 0], ['-date', 4, 8]] as const) {
          const f: EventFilter = { type, country, dateFrom, dateTo, sort, limit, offset };
          const page = await store.events(f);
          const expected = expectedPage(all, f);
          assert.deepEqual(page.items.map((e) => `${e.article}/${e.event}`), expected.keys, JSON.stringify(f));
          if (expected.keys.length === limit) assert.equal(page.total, expected.total, JSON.stringify(f));
          compared += expected.keys.length;
        }
      }
    }
  }
  assert.ok(compared > 300, `the filters should select rows (compared ${compared})`);
  await store.close();
});

test('migration 11 files the cards of events stored before it; a read-only store below it still pages', async () => {
  const path = join(dir, 'old.db');
  const db = new Database(path);
  for (const m of MIGRATIONS.slice(0, 10)) db.exec(m);
  db.pragma('user_version = 10');
  const writer = new SqliteWriter(db);
  const rnd = random(3);
  for (let i = 0; i < 6; i++) writer.save(articleWithEvents(`o${i}`, 5, rnd), null, false);
  db.close();
  const f: EventFilter = { type: 'Battles', country: 'SY', dateFrom: '2023', limit: 3 };
  const readonly = new SqliteStore(path, { readonly: true });
  const before = await readonly.events(f);
  await readonly.close();
  const store = new SqliteStore(path);
  assertInStep(store);
  assert.ok((store.db.prepare('SELECT count(*) FROM event_cards_ctd').pluck().get() as number) > 0);
  assert.deepEqual(await store.events(f), before);
  await store.close();
});
