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
