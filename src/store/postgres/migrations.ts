/**
 * The PostgreSQL schema: the same tables and columns as SQLite's (src/store/rows.ts writes
 * both), with PostgreSQL's own full-text search (a generated tsvector with a GIN index).
 * Date-like text columns use the "C" collation so ISO dates compare byte-wise, as in SQLite.
 * Append-only, like the SQLite migrations; newsgraph_schema records the level.
 */
export const PG_MIGRATIONS: string[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT, title TEXT, outlet TEXT,
    published TEXT COLLATE "C", published_from TEXT NOT NULL, language TEXT NOT NULL,
    text TEXT NOT NULL, analysis TEXT NOT NULL, input TEXT, ingested_at TEXT NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) STORED
  );
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_tsv ON articles USING gin(tsv);

  CREATE TABLE entities (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL, actor TEXT, key TEXT NOT NULL, roles TEXT NOT NULL,
    PRIMARY KEY (article, id)
  );
  CREATE INDEX entities_key ON entities(key);
  CREATE INDEX entities_actor ON entities(actor);
  CREATE INDEX entities_name ON entities(lower(name));
  CREATE INDEX entities_type ON entities(type);

  CREATE TABLE mentions (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
  );
  CREATE INDEX mentions_entity ON mentions(article, entity);

  CREATE TABLE times (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT COLLATE "C" NOT NULL, mod TEXT
  );
  CREATE INDEX times_article ON times(article);
  CREATE INDEX times_value ON times(value);

  CREATE TABLE places (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    geoname_id INTEGER, country_code TEXT, admin1 TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, entity TEXT
  );
  CREATE INDEX places_article ON places(article);
  CREATE INDEX places_country ON places(country_code);

  CREATE TABLE quotes (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    cue TEXT, speaker_text TEXT, speaker_entity TEXT, speaker_key TEXT, speaker_name TEXT, speaker_actor TEXT, speaker_role TEXT
  );
  CREATE INDEX quotes_article ON quotes(article);
  CREATE INDEX quotes_speaker ON quotes(speaker_key);

  CREATE TABLE claims (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, stance TEXT NOT NULL,
    claimant_text TEXT, claimant_entity TEXT, claimant_key TEXT, claimant_name TEXT, claimant_actor TEXT,
    sources TEXT NOT NULL, hedged INTEGER NOT NULL, disputes TEXT,
    PRIMARY KEY (article, id)
  );
  CREATE INDEX claims_stance ON claims(stance);
  CREATE INDEX claims_claimant ON claims(claimant_key);

  CREATE TABLE events (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL, type TEXT NOT NULL, sub_type TEXT, trigger_text TEXT NOT NULL,
    date TEXT COLLATE "C", precision TEXT, place_name TEXT, country_code TEXT, admin1 TEXT,
    lat DOUBLE PRECISION, lon DOUBLE PRECISION, fatalities INTEGER, fatalities_qualifier TEXT,
    injured INTEGER, injured_qualifier TEXT, claimed_by TEXT, evidence TEXT NOT NULL,
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
  CREATE INDEX event_actors_name ON event_actors(lower(name));

  CREATE TABLE incidents (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, sub_type TEXT,
    date_start TEXT COLLATE "C", date_end TEXT COLLATE "C", precision TEXT,
    place_name TEXT, country_code TEXT, admin1 TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    fatalities_min INTEGER, fatalities_max INTEGER, coarse INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE INDEX incidents_date ON incidents(date_start);
  CREATE INDEX incidents_country ON incidents(country_code, date_start);
  CREATE INDEX incidents_precision ON incidents(precision, date_start);
  CREATE INDEX incidents_place ON incidents(lower(place_name));

  CREATE TABLE incident_reports (
    incident TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    article TEXT NOT NULL, event TEXT NOT NULL, data TEXT,
    PRIMARY KEY (article, event)
  );
  CREATE INDEX incident_reports_incident ON incident_reports(incident);
  `,
  // 2: `newsgraph watch` state (src/store/sql/feeds.ts): per-source status and the items handled
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
  // 3: SQLite's migrations 2 and 4 mirrored (API read paths at 1M events, bench/api.ts): the
  // newest-first and by-toll pages walk an index in their ORDER BY, actor filters look up
  // event_actors by KB id and mention text, country+type+dates pages and the timeline come from
  // an index; plus SQLite's 5, covering indexes for place-box counts
  `
  CREATE INDEX events_date_page ON events(date DESC, article, id);
  CREATE INDEX event_actors_actor ON event_actors(actor);
  CREATE INDEX event_actors_text ON event_actors(lower(text));
  CREATE INDEX events_country_type_date ON events(country_code, type, date);
  CREATE INDEX events_fatalities_page ON events(fatalities DESC, article, id);
  CREATE INDEX events_country_fatalities ON events(country_code, fatalities DESC);
  CREATE INDEX events_timeline ON events(date, type, fatalities);
  CREATE INDEX events_lat_lon ON events(lat, lon);
  CREATE INDEX events_date_lat_lon ON events(date, lat, lon);
  `,
  // 4: SQLite's 6 mirrored (type+country+dates pages in their own order, one country's timeline)
  `
  CREATE INDEX events_country_type_page ON events(country_code, type, date DESC, article, id);
  CREATE INDEX events_country_timeline ON events(country_code, date, type, fatalities);
  `,
  // 5: SQLite's 7 mirrored (the events page's article columns and actors from covering indexes)
  `
  CREATE INDEX articles_page ON articles(id) INCLUDE (url, outlet, published, title);
  CREATE INDEX event_actors_page ON event_actors(article, event, seq) INCLUDE (role, text, name, actor);
  DROP INDEX event_actors_event;
  `,
  // 6: SQLite's 9 mirrored (place-box pages newest first from an index holding the point)
  `
  CREATE INDEX events_date_box_page ON events(date DESC, article, id) INCLUDE (lat, lon);
  `,
  // 7: SQLite's 10 (an R*Tree of event points) as a GiST index of points: a place box is then
  // one two-dimensional search instead of a latitude band read from the (lat, lon) btree and
  // filtered by longitude (the box queries add "point(lon, lat) <@ box" on PostgreSQL)
  `
  CREATE INDEX events_point ON events USING gist (point(lon, lat));
  `,
];
