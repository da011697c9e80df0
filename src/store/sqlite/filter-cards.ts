/**
 * SQLite migration 11: event cards filed by (country, type, date), for the API's commonest
 * filtered page (one type of event in one country over a period, newest first).
 *
 * Why: at 1M events that page walked 50 keys from events_country_type_page, then looked each
 * card up in event_cards by (article, event): 50 searches of a 650 MB b-tree, scattered over
 * as many leaf pages (~0.3 ms of the ~0.45 ms the page's SQL cost, the most of any part of
 * the request; bench/api.ts). Here the page's cards sit side by side in page order, so the page
 * is one range read of ~8 leaf pages.
 *
 * Cost: a second copy of every dated, located card (~750 MB at 1M events; the fill took ~40 s
 * there) and a second card write per event written.
 *
 * Kept in step by triggers: every card written (migration 8's triggers insert or replace a card
 * whenever its event, actors or article change) is filed again here under its event's key;
 * a deleted event, or one whose key columns change, takes its old entry with it. Events
 * without a country or a date are left out: a country filter never matches them, and this
 * table only serves filters with dates (src/store/sql/filter-cards.ts).
 *
 * Not mirrored on PostgreSQL, which has no cards (it builds each row's JSON per query, like
 * SQLite before migration 8) and pages this filter shape from events_country_type_page.
 */
const KEY_KNOWN = 'e.country_code IS NOT NULL AND e.date IS NOT NULL';

const oldEntry = `country_code = old.country_code AND type = old.type AND date = old.date AND article = old.article AND event = old.id`;

export const FILTER_CARDS_MIGRATION = `
  CREATE TABLE event_cards_ctd (
    country_code TEXT NOT NULL, type TEXT NOT NULL, date TEXT NOT NULL, article TEXT NOT NULL, event TEXT NOT NULL, json TEXT NOT NULL,
    PRIMARY KEY (country_code, type, date DESC, article, event)
  ) WITHOUT ROWID;
  CREATE TRIGGER event_cards_ctd_card_ai AFTER INSERT ON event_cards BEGIN
    INSERT OR REPLACE INTO event_cards_ctd (country_code, type, date, article, event, json)
      SELECT e.country_code, e.type, e.date, e.article, e.id, new.json FROM events e
      WHERE e.article = new.article AND e.id = new.event AND ${KEY_KNOWN};
  END;
  CREATE TRIGGER event_cards_ctd_event_ad AFTER DELETE ON events BEGIN
    DELETE FROM event_cards_ctd WHERE ${oldEntry};
  END;
  -- the new entry comes from the card migration 8 rewrites on every update of an event; only
  -- a moved key leaves an old entry behind (same key: the rewrite replaced it in place)
  CREATE TRIGGER event_cards_ctd_event_au AFTER UPDATE OF country_code, type, date, article, id ON events
    WHEN old.country_code IS NOT new.country_code OR old.type IS NOT new.type OR old.date IS NOT new.date
      OR old.article IS NOT new.article OR old.id IS NOT new.id
  BEGIN
    DELETE FROM event_cards_ctd WHERE ${oldEntry};
  END;
  INSERT INTO event_cards_ctd (country_code, type, date, article, event, json)
    SELECT e.country_code, e.type, e.date, e.article, e.id, c.json FROM events e JOIN event_cards c ON c.article = e.article AND c.event = e.id
    WHERE ${KEY_KNOWN} ORDER BY e.country_code, e.type, e.date DESC, e.article, e.id;
`;
