/**
 * One event row of the API as a JSON object built by the database itself. At 1M events the
 * page of 50 cost more in JavaScript (better-sqlite3 building 22-key objects, a second query
 * for the actors, mapping, then JSON.stringify) than in SQL: built in SQL it is one query and
 * one string per event, and the HTTP route sends the strings as they are (bench/api.ts).
 * Keys and order are EventRow's (src/store/types.ts).
 *
 * SQLite reads the JSON ready-made from event_cards (kept in step by triggers, migration 8);
 * PostgreSQL builds it per row here.
 */
import type { SqlRunner } from './runner.js';

/** EventRow keys and the column each comes from (`e` = events, `a` = articles). */
const FIELDS: ReadonlyArray<readonly [string, string]> = [
  ['article', 'e.article'], ['event', 'e.id'], ['type', 'e.type'], ['subType', 'e.sub_type'],
  ['date', 'e.date'], ['precision', 'e.precision'], ['placeName', 'e.place_name'],
  ['countryCode', 'e.country_code'], ['admin1', 'e.admin1'], ['lat', 'e.lat'], ['lon', 'e.lon'],
  ['fatalities', 'e.fatalities'], ['fatalitiesQualifier', 'e.fatalities_qualifier'], ['injured', 'e.injured'],
  ['claimedBy', 'e.claimed_by'], ['trigger', 'e.trigger_text'], ['evidence', 'e.evidence'],
  ['url', 'a.url'], ['outlet', 'a.outlet'], ['published', 'a.published'], ['title', 'a.title'],
];

const ACTOR_FIELDS: ReadonlyArray<readonly [string, string]> = [['role', 'x.role'], ['text', 'x.text'], ['name', 'x.name'], ['actor', 'x.actor']];

const pairs = (fields: ReadonlyArray<readonly [string, string]>) => fields.map(([k, col]) => `'${k}', ${col}`).join(', ');

/**
 * How a query gets the JSON text of the events whose keys (article, id) are the rows of `keys`:
 * the column to select and the joins that bring it. The actors come from the covering index
 * event_actors_page in seq order.
 */
export function eventJson(sql: SqlRunner, keys: string): { column: string; join: string } {
  if (sql.dialect === 'sqlite') return { column: 'c.json', join: `JOIN event_cards c ON c.article = ${keys}.article AND c.event = ${keys}.id` };
  const actors = `(SELECT coalesce(json_agg(json_build_object(${pairs(ACTOR_FIELDS)}) ORDER BY x.seq), '[]'::json)
    FROM event_actors x WHERE x.article = e.article AND x.event = e.id)`;
  return {
    column: `json_build_object(${pairs(FIELDS)}, 'actors', ${actors})::text`,
    join: `JOIN events e ON e.article = ${keys}.article AND e.id = ${keys}.id JOIN articles a ON a.id = e.article`,
  };
}
