/**
 * SQLite migration 12: events counted per (country, type, month), so the total of a
 * type+country+dates page is a sum of ~12 counts (plus the few events between a bound and its
 * month) instead of a count of every matching index entry (~400 for one country-type-year at
 * 1M events: 16% of the request's CPU after migration 11; bench/api.ts).
 *
 * The month of a date is its first 7 characters ('2023-03-05' -> '2023-03'); a shorter text
 * ('2023', a year) is its own group. A group then never straddles a bound of 7 characters or
 * fewer, which is what src/store/sql/month-counts.ts relies on. Events without a country or a
 * date are not counted (no country filter or date bound matches them). Kept by triggers;
 * groups that fall to zero stay, at zero.
 *
 * Not mirrored on PostgreSQL: there several ingest workers write at once, and counters updated
 * in place would make their transactions wait on each other for every busy month (and
 * deadlock when two take the same months in different orders). PostgreSQL counts from its
 * indexes as before.
 */
const COUNTED = (r: 'new' | 'old') => `${r}.country_code IS NOT NULL AND ${r}.date IS NOT NULL`;

const add = `INSERT INTO event_month_counts (country_code, type, month, n)
    SELECT new.country_code, new.type, substr(new.date, 1, 7), 1 WHERE ${COUNTED('new')}
    ON CONFLICT (country_code, type, month) DO UPDATE SET n = n + 1;`;

const remove = `UPDATE event_month_counts SET n = n - 1
    WHERE ${COUNTED('old')} AND country_code = old.country_code AND type = old.type AND month = substr(old.date, 1, 7);`;

export const MONTH_COUNTS_MIGRATION = `
  CREATE TABLE event_month_counts (
    country_code TEXT NOT NULL, type TEXT NOT NULL, month TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (country_code, type, month)
  ) WITHOUT ROWID;
  CREATE TRIGGER event_month_counts_ai AFTER INSERT ON events BEGIN
    ${add}
  END;
  CREATE TRIGGER event_month_counts_ad AFTER DELETE ON events BEGIN
    ${remove}
  END;
  CREATE TRIGGER event_month_counts_au AFTER UPDATE OF country_code, type, date ON events BEGIN
    ${remove}
    ${add}
  END;
  INSERT INTO event_month_counts (country_code, type, month, n)
    SELECT country_code, type, substr(date, 1, 7), count(*) FROM events WHERE country_code IS NOT NULL AND date IS NOT NULL GROUP BY 1, 2, 3;
`;

/**
 * Migration 13: the month counts also sum fatalities (unknown counted as 0, as the timeline
 * does), so one country's timeline by month or year is read from ~720 groups instead of
 * every event of the country (Syria at 1M events: 25k index entries, ~12 ms).
 */
const addKilled = `INSERT INTO event_month_counts (country_code, type, month, n, fatalities)
    SELECT new.country_code, new.type, substr(new.date, 1, 7), 1, coalesce(new.fatalities, 0) WHERE ${COUNTED('new')}
    ON CONFLICT (country_code, type, month) DO UPDATE SET n = n + 1, fatalities = fatalities + excluded.fatalities;`;

const removeKilled = `UPDATE event_month_counts SET n = n - 1, fatalities = fatalities - coalesce(old.fatalities, 0)
    WHERE ${COUNTED('old')} AND country_code = old.country_code AND type = old.type AND month = substr(old.date, 1, 7);`;

export const MONTH_FATALITIES_MIGRATION = `
  ALTER TABLE event_month_counts ADD COLUMN fatalities INTEGER NOT NULL DEFAULT 0;
  DROP TRIGGER event_month_counts_ai;
  DROP TRIGGER event_month_counts_ad;
  DROP TRIGGER event_month_counts_au;
  CREATE TRIGGER event_month_counts_ai AFTER INSERT ON events BEGIN
    ${addKilled}
  END;
  CREATE TRIGGER event_month_counts_ad AFTER DELETE ON events BEGIN
    ${removeKilled}
  END;
  CREATE TRIGGER event_month_counts_au AFTER UPDATE OF country_code, type, date, fatalities ON events BEGIN
    ${removeKilled}
    ${addKilled}
  END;
  DELETE FROM event_month_counts;
  INSERT INTO event_month_counts (country_code, type, month, n, fatalities)
    SELECT country_code, type, substr(date, 1, 7), count(*), coalesce(sum(fatalities), 0) FROM events
    WHERE country_code IS NOT NULL AND date IS NOT NULL GROUP BY 1, 2, 3;
`;
