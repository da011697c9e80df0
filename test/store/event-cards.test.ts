/**
 * SQLite's event cards (migration 8): the events page reads each row's JSON ready-made, so the
 * cards must follow every write to events, their actors and their article, and be built for
 * databases that already held events before the migration.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { SqliteWriter } from '../../src/store/sqlite/write.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { sampleAnalysis } from './sample-analysis.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cards-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const cardCount = (s: SqliteStore) => s.db.prepare('SELECT count(*) FROM event_cards').pluck().get();
const eventCount = (s: SqliteStore) => s.db.prepare('SELECT count(*) FROM events').pluck().get();

test('cards: an event row has every EventRow field, its article and its actors in order', async () => {
  const store = new SqliteStore(join(dir, 'fields.db'));
  await store.saveAnalysis(sampleAnalysis('a1'), null);
  const [row] = (await store.events({ article: 'a1' })).items;
  assert.deepEqual(Object.keys(row!), [
    'article', 'event', 'type', 'subType', 'date', 'precision', 'placeName', 'countryCode', 'admin1', 'lat', 'lon', 'fatalities',
    'fatalitiesQualifier', 'injured', 'claimedBy', 'trigger', 'evidence', 'url', 'outlet', 'published', 'title', 'actors',
  ]);
  assert.equal(row!.title, 'Attack near Idlib (a1)');
  assert.equal(row!.lat, 35.93);
  assert.deepEqual(row!.actors.map((a) => [a.role, a.text, a.actor]), [['actor1', 'Hayat Tahrir al-Sham', 'hts'], ['actor2', 'army post', null]]);
  // the card written with the article is the one a rebuild from the tables makes
  const card = () => store.db.prepare("SELECT json FROM event_cards WHERE article = 'a1'").pluck().get();
  const written = card();
  store.db.prepare("UPDATE events SET fatalities = fatalities WHERE article = 'a1'").run();
  assert.equal(card(), written);
  await store.close();
});

test('cards follow updates of events, actors and articles, and go with deleted events', async () => {
  const store = new SqliteStore(join(dir, 'step.db'));
  await store.saveAnalysis(sampleAnalysis('a1'), null);
  await store.saveAnalysis(sampleAnalysis('a2', { killed: 3 }), null);
  const row = async (id: string) => (await store.events({ article: id })).items[0]!;
  store.db.prepare("UPDATE articles SET title = 'Corrected headline' WHERE id = 'a1'").run();
  assert.equal((await row('a1')).title, 'Corrected headline');
  store.db.prepare("UPDATE events SET fatalities = 40 WHERE article = 'a1'").run();
  assert.equal((await row('a1')).fatalities, 40);
  store.db.prepare("UPDATE event_actors SET text = 'a checkpoint' WHERE article = 'a1' AND seq = 1").run();
  assert.equal((await row('a1')).actors[1]!.text, 'a checkpoint');
  store.db.prepare("DELETE FROM event_actors WHERE article = 'a1' AND seq = 0").run();
  assert.deepEqual((await row('a1')).actors.map((a) => a.text), ['a checkpoint']);
  // an actor written out of seq order is put in its place, not appended
  store.db.prepare("INSERT INTO event_actors (article, event, seq, role, text) VALUES ('a1', 'V1', 0, 'actor1', 'gunmen')").run();
  assert.deepEqual((await row('a1')).actors.map((a) => a.text), ['gunmen', 'a checkpoint']);
  store.db.prepare("INSERT INTO event_actors (article, event, seq, role, text) VALUES ('a1', 'V1', 5, 'actor2', 'soldiers')").run();
  assert.deepEqual((await row('a1')).actors.map((a) => a.text), ['gunmen', 'a checkpoint', 'soldiers']);
  await store.saveAnalysis(sampleAnalysis('a2', { killed: 7 }), null, { replace: true });
  assert.equal((await row('a2')).fatalities, 7);
  assert.equal(cardCount(store), eventCount(store));
  store.db.prepare("DELETE FROM articles WHERE id = 'a1'").run();
  assert.equal(cardCount(store), 1);
  await store.close();
});

test('migration 8 builds the cards of events stored before it', async () => {
  const path = join(dir, 'old.db');
  const db = new Database(path);
  for (const m of MIGRATIONS.slice(0, 7)) db.exec(m);
  db.pragma('user_version = 7');
  const writer = new SqliteWriter(db);
  writer.save(sampleAnalysis('old1'), null, false);
  writer.save(sampleAnalysis('old2', { killed: 5 }), null, false);
  db.close();
  const store = new SqliteStore(path);
  assert.equal(cardCount(store), 2);
  assert.deepEqual((await store.events({ sort: 'fatalities' })).items.map((e) => [e.article, e.fatalities, e.actors.length]), [['old2', 5, 2], ['old1', 12, 2]]);
  await store.close();
});
