/** Aggregates for the workbench: events per day and type (timeline), one entity with its aliases. */
import type { EntityDetail, EventFilter, TimelineBucket } from '../types.js';
import { eventWhere } from './events.js';
import type { SqliteDb } from './open.js';

export function queryEventTimeline(db: SqliteDb, f: EventFilter = {}): TimelineBucket[] {
  const w = eventWhere(f).add('e.date IS NOT NULL');
  return db
    .prepare(
      `SELECT substr(e.date, 1, 10) day, e.type type, count(*) events, coalesce(sum(e.fatalities), 0) fatalities
       FROM events e ${w} GROUP BY day, e.type ORDER BY day, e.type`,
    )
    .all(...w.params) as TimelineBucket[];
}

export function queryEntity(db: SqliteDb, key: string): EntityDetail | null {
  const head = db
    .prepare(
      `SELECT key, max(name) name, max(type) type, max(actor) actor, count(DISTINCT article) articles, json_group_array(roles) roles
       FROM entities WHERE key = ? GROUP BY key`,
    )
    .get(key) as { key: string; name: string; type: string; actor: string | null; articles: number; roles: string } | undefined;
  if (!head) return null;
  const aliases = db
    .prepare(
      `SELECT m.text text, count(*) count FROM mentions m JOIN entities en ON en.article = m.article AND en.id = m.entity
       WHERE en.key = ? GROUP BY m.text ORDER BY count DESC, m.text LIMIT 100`,
    )
    .all(key) as Array<{ text: string; count: number }>;
  const roles = [...new Set((JSON.parse(head.roles) as string[]).flatMap((x) => JSON.parse(x) as string[]))];
  const mentions = aliases.reduce((n, a) => n + a.count, 0);
  return { key: head.key, name: head.name, type: head.type, actor: head.actor, articles: head.articles, mentions, roles, aliases };
}
