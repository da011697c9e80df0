/**
 * An Analysis as the rows of each table, in column order: what both backends' writers insert.
 * Column lists live here once, so the SQLite and PostgreSQL schemas cannot drift apart silently.
 */
import type { Analysis } from '../model/analysis.js';
import type { ArticleInput } from '../model/input.js';
import { entityIndex, entityKey } from './keys.js';

export const COLUMNS = {
  articles: ['id', 'url', 'title', 'outlet', 'published', 'published_from', 'language', 'text', 'analysis', 'input', 'ingested_at'],
  entities: ['article', 'id', 'type', 'name', 'actor', 'key', 'roles'],
  mentions: ['article', 'entity', 'start', '"end"', 'text'],
  times: ['article', 'start', '"end"', 'text', 'type', 'value', 'mod'],
  places: ['article', 'start', '"end"', 'text', 'name', 'kind', 'geoname_id', 'country_code', 'admin1', 'lat', 'lon', 'entity'],
  quotes: ['article', 'start', '"end"', 'text', 'kind', 'cue', 'speaker_text', 'speaker_entity', 'speaker_key', 'speaker_name', 'speaker_actor', 'speaker_role'],
  claims: ['article', 'id', 'start', '"end"', 'text', 'stance', 'claimant_text', 'claimant_entity', 'claimant_key', 'claimant_name', 'claimant_actor', 'sources', 'hedged', 'disputes'],
  events: ['article', 'id', 'type', 'sub_type', 'trigger_text', 'date', 'precision', 'place_name', 'country_code', 'admin1', 'lat', 'lon', 'fatalities', 'fatalities_qualifier', 'injured', 'injured_qualifier', 'claimed_by', 'evidence'],
  event_actors: ['article', 'event', 'seq', 'role', 'text', 'entity', 'key', 'name', 'actor'],
} as const;

export type Table = keyof typeof COLUMNS;
/** Tables in insertion order (parents first). */
export const TABLES = Object.keys(COLUMNS) as Table[];

export function insertSql(table: Table): string {
  const cols = COLUMNS[table];
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
}

export function analysisRows(a: Analysis, input: ArticleInput | null, ingestedAt = new Date().toISOString()): Record<Table, unknown[][]> {
  const id = a.article.id;
  const byId = entityIndex(a);
  const refInfo = (entity: string | null) => {
    const e = entity ? byId.get(entity) : undefined;
    return e ? { key: entityKey(e), name: e.name, actor: e.actor } : { key: null, name: null, actor: null };
  };
  const art = a.article;
  const rows: Record<Table, unknown[][]> = {
    articles: [[id, art.url, art.title, art.outlet, art.published, art.publishedFrom, art.language, art.text, JSON.stringify(a), input ? JSON.stringify(input) : null, ingestedAt]],
    entities: a.entities.map((e) => [id, e.id, e.type, e.name, e.actor, entityKey(e), JSON.stringify(e.roles)]),
    mentions: a.entities.flatMap((e) => e.mentions.map((m) => [id, e.id, m.start, m.end, m.text])),
    times: a.times.map((t) => [id, t.start, t.end, t.text, t.type, t.value, t.mod ?? null]),
    places: a.places.map((p) => [id, p.start, p.end, p.text, p.name, p.kind, p.geonameId, p.countryCode, p.admin1, p.lat, p.lon, p.entity ?? null]),
    quotes: a.quotes.map((q) => {
      const r = refInfo(q.speaker?.entity ?? null);
      return [id, q.start, q.end, q.text, q.kind, q.cue?.text ?? null, q.speaker?.text ?? null, q.speaker?.entity ?? null, r.key, r.name ?? q.speaker?.text ?? null, r.actor, q.speaker?.role ?? null];
    }),
    claims: a.claims.map((c) => {
      const r = refInfo(c.claimant?.entity ?? null);
      return [id, c.id, c.start, c.end, c.text, c.stance, c.claimant?.text ?? null, c.claimant?.entity ?? null, r.key, r.name ?? c.claimant?.text ?? null, r.actor, JSON.stringify(c.sources.map((x) => x.text)), c.hedged ? 1 : 0, c.disputes];
    }),
    events: a.events.map((v) => {
      const admin1 = v.place ? (a.places.find((p) => p.name === v.place!.name)?.admin1 ?? null) : null;
      return [id, v.id, v.type, v.subType, v.trigger.text, v.date.value, v.date.precision, v.place?.name ?? null, v.place?.countryCode ?? null, admin1,
        v.place?.lat ?? null, v.place?.lon ?? null, v.fatalities?.value ?? null, v.fatalities?.qualifier ?? null, v.injured?.value ?? null,
        v.injured?.qualifier ?? null, v.claimedBy?.text ?? null, v.evidence.map((e) => e.text).join(' ')];
    }),
    event_actors: a.events.flatMap((v) =>
      v.actors.map((actor, seq) => {
        const r = refInfo(actor.entity);
        return [id, v.id, seq, actor.role, actor.text, actor.entity, r.key, r.name ?? actor.text, r.actor];
      }),
    ),
  };
  return rows;
}
