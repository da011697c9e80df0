/**
 * Schema migrations for the SQLite store, applied in order inside one transaction each.
 * Never edit a released migration: append a new one. PRAGMA user_version records the level.
 */
import { FILTER_CARDS_MIGRATION } from './filter-cards.js';
import { MONTH_COUNTS_MIGRATION, MONTH_FATALITIES_MIGRATION } from './month-counts.js';

/**
 * One event as the API's JSON row (EventRow's keys and order), over `events e JOIN articles a`.
 * Frozen with migration 8, which keeps event_cards in step with it: a different row shape
 * needs a new migration that rebuilds the cards, never an edit here.
 */
const EVENT_CARD_1 = `json_object('article', e.article, 'event', e.id, 'type', e.type, 'subType', e.sub_type, 'date', e.date,
  'precision', e.precision, 'placeName', e.place_name, 'countryCode', e.country_code, 'admin1', e.admin1, 'lat', e.lat,
  'lon', e.lon, 'fatalities', e.fatalities, 'fatalitiesQualifier', e.fatalities_qualifier, 'injured', e.injured,
  'claimedBy', e.claimed_by, 'trigger', e.trigger_text, 'evidence', e.evidence,
  'url', a.url, 'outlet', a.outlet, 'published', a.published, 'title', a.title,
  'actors', json((SELECT json_group_array(json_object('role', x.role, 'text', x.text, 'name', x.name, 'actor', x.actor) ORDER BY x.seq)
    FROM event_actors x WHERE x.article = e.article AND x.event = e.id)))`;

/** (Re)writes the cards of the events matching `where` (over `events e`). */
const writeCards = (where: string) =>
  `INSERT OR REPLACE INTO event_cards (article, event, json) SELECT e.article, e.id, ${EVENT_CARD_1} FROM events e JOIN articles a ON a.id = e.article WHERE ${where};`;

/**
 * An event date as a number on one time axis whose order is the ISO text's order against
 * every bound a filter can have (YYYY, YYYY-MM, YYYY-MM-DD): days since 1970 for a day, half
 * a day before it for its month ('2019-03' < '2019-03-01'), three quarters for its year, an
 * eighth after it for a time of day (still before the next day's year, at -0.75). No date:
 * -1e30; a text that is no valid ISO prefix: 1e30 (counted by checking its text).
 * Mirrored for filter bounds by boundTime in src/store/sql/box-count.ts.
 */
const eventTime = (d: string) => `CASE
  WHEN ${d} IS NULL THEN -1e30
  WHEN ${d} GLOB '[0-9][0-9][0-9][0-9]' THEN julianday(${d} || '-01-01') - 2440587.5 - 0.75
  WHEN ${d} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND strftime('%Y-%m', ${d} || '-01') = ${d} THEN julianday(${d} || '-01') - 2440587.5 - 0.5
  WHEN ${d} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(${d}) = ${d} THEN julianday(${d}) - 2440587.5
  WHEN ${d} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]?*' AND date(substr(${d}, 1, 10)) = substr(${d}, 1, 10) THEN julianday(substr(${d}, 1, 10)) - 2440587.5 + 0.125
  ELSE 1e30 END`;

/** Adds the located event(s) matching `where` (over `events e`) to events_box. */
const boxEvents = (where: string) => `
  INSERT INTO event_box_ids (article, event) SELECT e.article, e.id FROM events e WHERE ${where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL;
  INSERT INTO events_box SELECT k.id, e.lat, e.lat, e.lon, e.lon, ${eventTime('e.date')}, ${eventTime('e.date')}, e.lat, e.lon, e.date
    FROM events e JOIN event_box_ids k ON k.article = e.article AND k.event = e.id WHERE ${where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL;`;

const unboxEvent = (article: string, id: string) => `
  DELETE FROM events_box WHERE id = (SELECT id FROM event_box_ids WHERE article = ${article} AND event = ${id});
  DELETE FROM event_box_ids WHERE article = ${article} AND event = ${id};`;

export const MIGRATIONS: string[] = [
  // 1: articles, layers, full-text search
  `
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT, title TEXT, outlet TEXT,
    published TEXT, published_from TEXT NOT NULL, language TEXT NOT NULL,
    text TEXT NOT NULL,
    analysis TEXT NOT NULL,          -- the whole Analysis JSON, as analyze() returned it
    input TEXT,                      -- the ArticleInput it came from, for --reanalyze
    ingested_at TEXT NOT NULL
  );
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_outlet ON articles(outlet);

  CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
  CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  END;

  CREATE TABLE entities (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, actor TEXT,
    key TEXT NOT NULL,               -- cross-article identity: actor id, else name:TYPE:lower(name)
    roles TEXT NOT NULL,             -- JSON array
    PRIMARY KEY (article, id)
  );
  CREATE INDEX entities_key ON entities(key);
  CREATE INDEX entities_actor ON entities(actor);
  CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
  CREATE INDEX entities_type ON entities(type);

  CREATE TABLE mentions (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX mentions_entity ON mentions(article, entity);

  CREATE TABLE times (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT
  );
  CREATE INDEX times_article ON times(article);
  CREATE INDEX times_value ON times(value);

  CREATE TABLE places (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    name TEXT NOT NULL, kind TEXT NOT NULL, geoname_id INTEGER, country_code TEXT, admin1 TEXT,
    lat REAL, lon REAL, entity TEXT
  );
  CREATE INDEX places_article ON places(article);
  CREATE INDEX places_country ON places(country_code);

  CREATE TABLE quotes (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    cue TEXT, speaker_text TEXT, speaker_entity TEXT, speaker_key TEXT, speaker_name TEXT,
    speaker_actor TEXT, speaker_role TEXT
  );
  CREATE INDEX quotes_article ON quotes(article);
  CREATE INDEX quotes_speaker ON quotes(speaker_key);

  CREATE TABLE claims (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    stance TEXT NOT NULL, claimant_text TEXT, claimant_entity TEXT, claimant_key TEXT,
    claimant_name TEXT, claimant_actor TEXT, sources TEXT NOT NULL, hedged INTEGER NOT NULL,
    disputes TEXT,
    PRIMARY KEY (article, id)
  );
  CREATE INDEX claims_stance ON claims(stance);
  CREATE INDEX claims_claimant ON claims(claimant_key);

  CREATE TABLE events (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL, type TEXT NOT NULL, sub_type TEXT,
    trigger_text TEXT NOT NULL, date TEXT, precision TEXT,
    place_name TEXT, country_code TEXT, admin1 TEXT, lat REAL, lon REAL,
    fatalities INTEGER, fatalities_qualifier TEXT, injured INTEGER, injured_qualifier TEXT,
    claimed_by TEXT, evidence TEXT NOT NULL,
    PRIMARY KEY (article, id)
  );
  CREATE INDEX events_type_date ON events(type, date);
  CREATE INDEX events_date ON events(date);
  CREATE INDEX events_country_date ON events(country_code, date);
  CREATE INDEX events_fatalities ON events(fatalities);

  CREATE TABLE event_actors (
    article TEXT NOT NULL, event TEXT NOT NULL, seq INTEGER NOT NULL, role TEXT NOT NULL, text TEXT NOT NULL,
    entity TEXT, key TEXT, name TEXT, actor TEXT,
    FOREIGN KEY (article, event) REFERENCES events(article, id) ON DELETE CASCADE
  );
  CREATE INDEX event_actors_event ON event_actors(article, event);
  CREATE INDEX event_actors_key ON event_actors(key);
  CREATE INDEX event_actors_name ON event_actors(name COLLATE NOCASE);

  CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL, sub_type TEXT,
    date_start TEXT, date_end TEXT, precision TEXT,
    place_name TEXT, country_code TEXT, admin1 TEXT, lat REAL, lon REAL,
    fatalities_min INTEGER, fatalities_max INTEGER,
    coarse INTEGER NOT NULL DEFAULT 0, -- 1 when the place is a country, admin1 or region (no point to compare)
    data TEXT NOT NULL,              -- the whole Incident JSON (newsgraph.incident/1)
    updated_at TEXT NOT NULL
  );
  CREATE INDEX incidents_date ON incidents(date_start);
  CREATE INDEX incidents_country ON incidents(country_code, date_start);
  CREATE INDEX incidents_precision ON incidents(precision, date_start);
  CREATE INDEX incidents_place ON incidents(place_name COLLATE NOCASE);

  CREATE TABLE incident_reports (
    incident TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article TEXT NOT NULL, event TEXT NOT NULL,
    data TEXT,                       -- the fusion Report JSON (src/fuse/report.ts): incidents are rebuilt from these
    PRIMARY KEY (article, event)
  );
  CREATE INDEX incident_reports_incident ON incident_reports(incident);
  `,
  // 2: read paths of the API at 1M events (bench/api.ts): the newest-first events page walks an
  // index in its ORDER BY (160 ms -> 1 ms at 100k events), and actor filters can look up
  // event_actors by KB id and by mention text instead of scanning every event
  `
  CREATE INDEX events_date_page ON events(date DESC, article, id);
  CREATE INDEX event_actors_actor ON event_actors(actor);
  CREATE INDEX event_actors_text ON event_actors(text COLLATE NOCASE);
  `,
  // 3: `newsgraph watch` state (src/store/sql/feeds.ts): per-source status and the items handled
  `
  CREATE TABLE feeds (
    source TEXT PRIMARY KEY, kind TEXT NOT NULL,
    last_fetch TEXT, last_status TEXT, last_error TEXT, etag TEXT, last_modified TEXT,
    items_seen INTEGER NOT NULL DEFAULT 0, items_ingested INTEGER NOT NULL DEFAULT 0,
    failures INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE feed_items (
    source TEXT NOT NULL, key TEXT NOT NULL, seen_at TEXT NOT NULL,
    PRIMARY KEY (source, key)
  );
  `,
  // 4: filtered event pages at 1M events (bench/api.ts, CPU per query): country+type+dates
  // 52 -> 2 ms, country by toll 115 -> 2 ms, newest/deadliest map page, timeline from an index
  `
  CREATE INDEX events_country_type_date ON events(country_code, type, date);
  CREATE INDEX events_fatalities_page ON events(fatalities DESC, article, id);
  CREATE INDEX events_country_fatalities ON events(country_code, fatalities DESC);
  CREATE INDEX events_timeline ON events(date, type, fatalities);
  `,
  // 5: place-box event pages (bench/api.ts): the count of a box filter reads a covering index
  // instead of every event row (box+year 28 -> 5 ms, box alone 57 -> 11 ms at 300k events).
  // An R*Tree was measured first and lost: joining its hits back to events by key cost more
  // (118 ms for box+year) than the scan it replaced.
  `
  CREATE INDEX events_lat_lon ON events(lat, lon);
  CREATE INDEX events_date_lat_lon ON events(date, lat, lon);
  `,
  // 6: at 1M events (bench/api.ts) a type+country+dates page sorted its ~400 matches to keep
  // 50: this index is in the page's own order (date DESC, then key), so the page stops at 50;
  // the timeline of one country reads a covering index already in (date, type) order
  `
  CREATE INDEX events_country_type_page ON events(country_code, type, date DESC, article, id);
  CREATE INDEX events_country_timeline ON events(country_code, date, type, fatalities);
  `,
  // 7: the events page at 1M events (bench/api.ts) builds each row's JSON in SQL: the article
  // columns and the actors come from covering indexes (no table row per article or actor, the
  // actors already in seq order); event_actors_event is a prefix of the new index
  `
  CREATE INDEX articles_page ON articles(id, url, outlet, published, title);
  CREATE INDEX event_actors_page ON event_actors(article, event, seq, role, text, name, actor);
  DROP INDEX event_actors_event;
  `,
  // 8: event cards. At 1M events the events page spent most of its time gathering each row
  // from three places (the event, its article, its actors: ~4 b-tree searches per row); a card
  // is the row's JSON, written when the event, its actors or its article change (triggers), so a
  // page is one search per row (SQL 0.85 -> 0.35 ms per page of 50). Costs ~700 bytes per event.
  // Keyed by (article, event), not rowid: VACUUM may renumber the rowids of events.
  `
  CREATE TABLE event_cards (
    article TEXT NOT NULL, event TEXT NOT NULL, json TEXT NOT NULL,
    PRIMARY KEY (article, event)
  ) WITHOUT ROWID;
  CREATE TRIGGER event_cards_event_ai AFTER INSERT ON events BEGIN
    ${writeCards('e.article = new.article AND e.id = new.id')}
  END;
  CREATE TRIGGER event_cards_event_au AFTER UPDATE ON events BEGIN
    DELETE FROM event_cards WHERE article = old.article AND event = old.id;
    ${writeCards('e.article = new.article AND e.id = new.id')}
  END;
  CREATE TRIGGER event_cards_event_ad AFTER DELETE ON events BEGIN
    DELETE FROM event_cards WHERE article = old.article AND event = old.id;
  END;
  CREATE TRIGGER event_cards_actor_ai AFTER INSERT ON event_actors BEGIN
    ${writeCards('e.article = new.article AND e.id = new.event')}
  END;
  CREATE TRIGGER event_cards_actor_au AFTER UPDATE ON event_actors BEGIN
    ${writeCards('e.article = old.article AND e.id = old.event')}
    ${writeCards('e.article = new.article AND e.id = new.event')}
  END;
  CREATE TRIGGER event_cards_actor_ad AFTER DELETE ON event_actors BEGIN
    ${writeCards('e.article = old.article AND e.id = old.event')}
  END;
  CREATE TRIGGER event_cards_article_au AFTER UPDATE OF url, title, outlet, published ON articles BEGIN
    ${writeCards('e.article = new.id')}
  END;
  ${writeCards('1')}
  `,
  // 9: place-box pages at 1M events (bench/api.ts): walked newest first from an index that also
  // holds the point, so a box page reads ~800 index entries and stops at 50 instead of fetching
  // every event row to test its point (box+year page 7 -> 0.3 ms; the count is unchanged)
  `
  CREATE INDEX events_date_box_page ON events(date DESC, article, id, lat, lon);
  `,
  // 10: place-box counts at 1M events (bench/api.ts): an R*Tree of (lat, lon, time) counts a
  // box and dates without reading every event of the dates (9 -> ~2 ms for box+year). Its float32
  // coordinates are widened outward, so the count subtracts the few points that straddle an edge
  // and are outside by their exact aux values (src/store/sql/box-count.ts). Ids come from
  // event_box_ids (an INTEGER PRIMARY KEY, which VACUUM keeps; events' rowids it may renumber).
  `
  CREATE TABLE event_box_ids (id INTEGER PRIMARY KEY, article TEXT NOT NULL, event TEXT NOT NULL, UNIQUE (article, event));
  CREATE VIRTUAL TABLE events_box USING rtree(id, min_lat, max_lat, min_lon, max_lon, min_t, max_t, +lat, +lon, +date);
  CREATE TRIGGER events_box_ai AFTER INSERT ON events WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
    ${boxEvents('e.article = new.article AND e.id = new.id')}
  END;
  CREATE TRIGGER events_box_au AFTER UPDATE OF article, id, lat, lon, date ON events BEGIN
    ${unboxEvent('old.article', 'old.id')}
    ${boxEvents('e.article = new.article AND e.id = new.id')}
  END;
  CREATE TRIGGER events_box_ad AFTER DELETE ON events BEGIN
    ${unboxEvent('old.article', 'old.id')}
  END;
  ${boxEvents('1')}
  `,
  // 11: the type+country+dates events page reads its cards from one range, filed in page order
  // (src/store/sqlite/filter-cards.ts)
  FILTER_CARDS_MIGRATION,
  // 12: the total of a type+country+dates page summed from counts per month
  // (src/store/sqlite/month-counts.ts)
  MONTH_COUNTS_MIGRATION,
  // 13: the month counts sum fatalities too, for one country's timeline (src/store/sqlite/month-counts.ts)
  MONTH_FATALITIES_MIGRATION,
];
