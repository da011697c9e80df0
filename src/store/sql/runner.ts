/**
 * The one SQL surface the shared queries use, so SQLite and PostgreSQL run the same query
 * modules. Queries are written with `?` placeholders; the PostgreSQL runner numbers them.
 * Where the dialects differ (case-insensitive equality, JSON aggregation, full-text search)
 * the query asks `dialect` instead of branching on strings scattered through the code.
 */
export type Row = Record<string, unknown>;

export interface SqlRunner {
  readonly dialect: 'sqlite' | 'postgres';
  all<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
}

/*
 * STAT4 and `+?`: why some queries write `+?` where `?` would do. better-sqlite3's SQLite is built
 * with STAT4: on a database with ANALYZE statistics (the 1M-event bench database has them;
 * newsgraph itself never runs ANALYZE), a statement whose plan could depend on a bound value is
 * prepared again whenever the value changes, i.e. on every call: ~25 us each time, measured,
 * more than the whole query for a count of a month. `+?` is the same value to every operator,
 * but the planner does not look it up in the statistics. Used where the plan cannot depend on
 * the values (an equality prefix of the only index that fits).
 */

/** `column = ?` ignoring case. */
export function ieq(sql: SqlRunner, column: string): string {
  return sql.dialect === 'sqlite' ? `${column} = ? COLLATE NOCASE` : `lower(${column}) = lower(?)`;
}

/** A JSON array (as text) of a text column's values over a group. */
export function jsonArrayAgg(sql: SqlRunner, column: string): string {
  return sql.dialect === 'sqlite' ? `json_group_array(${column})` : `json_agg(${column})::text`;
}

/**
 * The exclusive upper bound of a date prefix: "2023" -> "2024", "2023-03" -> "2023-04",
 * "2023-03-31" -> "2023-04-01". `value < bound` then includes every value under the prefix
 * (dates are stored as ISO text compared byte-wise), whatever the collation.
 */
export function dateUpperBound(prefix: string): string {
  const m = prefix.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/);
  if (!m) return prefix;
  const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (mo === null) return String(y + 1);
  if (d === null) return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
  return new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
}
