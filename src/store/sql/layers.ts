/** Queries over entities, mentions, quotes, claims, times and places, across articles. */
import type { ClaimFilter, ClaimRow, EntityDetail, EntityFilter, EntitySummary, MentionRow, Page, PlaceFilter, QuoteFilter, QuoteRow, TimeFilter } from '../types.js';
import { pageOf } from '../types.js';
import { dateUpperBound, ieq, jsonArrayAgg, type Row, type SqlRunner } from './runner.js';
import { Where } from './where.js';

const count = async (sql: SqlRunner, q: string, params: readonly unknown[]) => Number((await sql.get<{ n: number }>(q, params))!.n);

/** Roles are stored per entity as a JSON array; aggregated, they arrive as an array of those. */
function mergedRoles(aggregated: string): string[] {
  return [...new Set((JSON.parse(aggregated) as string[]).flatMap((x) => JSON.parse(x) as string[]))];
}

export async function queryEntities(sql: SqlRunner, f: EntityFilter = {}): Promise<{ total: number; items: EntitySummary[] }> {
  const { limit, offset } = pageOf(f);
  const like = likeOf(f.q);
  const w = new Where()
    .when(f.type, 'en.type = ?')
    .when(f.actor, 'en.actor = ?')
    .when(f.q, `(lower(en.name) LIKE lower(?) ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions m WHERE m.article = en.article AND m.entity = en.id AND lower(m.text) LIKE lower(?) ESCAPE '\\'))`, like, like);
  const total = await count(sql, `SELECT count(DISTINCT en.key) n FROM entities en ${w}`, w.params);
  const rows = await sql.all(
    `SELECT en.key, max(en.name) name, max(en.type) type, max(en.actor) actor, count(DISTINCT en.article) articles,
            (SELECT count(*) FROM mentions m JOIN entities e2 ON e2.article = m.article AND e2.id = m.entity WHERE e2.key = en.key) mentions,
            ${jsonArrayAgg(sql, 'en.roles')} roles
     FROM entities en ${w} GROUP BY en.key ORDER BY articles DESC, mentions DESC, name LIMIT ? OFFSET ?`,
    [...w.params, limit, offset],
  );
  return {
    total,
    items: rows.map((r) => ({
      key: r.key as string,
      name: r.name as string,
      type: r.type as string,
      actor: (r.actor as string) ?? null,
      articles: Number(r.articles),
      mentions: Number(r.mentions),
      roles: mergedRoles(r.roles as string),
    })),
  };
}

export async function queryEntity(sql: SqlRunner, key: string): Promise<EntityDetail | null> {
  const head = await sql.get(
    `SELECT key, max(name) name, max(type) type, max(actor) actor, count(DISTINCT article) articles, ${jsonArrayAgg(sql, 'roles')} roles
     FROM entities WHERE key = ? GROUP BY key`,
    [key],
  );
  if (!head) return null;
  const aliases = (
    await sql.all<{ text: string; count: number }>(
      `SELECT m.text text, count(*) count FROM mentions m JOIN entities en ON en.article = m.article AND en.id = m.entity
       WHERE en.key = ? GROUP BY m.text ORDER BY count DESC, m.text LIMIT 100`,
      [key],
    )
  ).map((a) => ({ text: a.text, count: Number(a.count) }));
  const mentions = aliases.reduce((n, a) => n + a.count, 0);
  return {
    key: head.key as string,
    name: head.name as string,
    type: head.type as string,
    actor: (head.actor as string) ?? null,
    articles: Number(head.articles),
    mentions,
    roles: mergedRoles(head.roles as string),
    aliases,
  };
}

export async function queryMentions(sql: SqlRunner, key: string, page?: Page): Promise<{ total: number; items: MentionRow[] }> {
  const { limit, offset } = pageOf(page, 200);
  const from = `FROM mentions m JOIN entities en ON en.article = m.article AND en.id = m.entity JOIN articles a ON a.id = m.article WHERE en.key = ?`;
  const total = await count(sql, `SELECT count(*) n ${from}`, [key]);
  const items = await sql.all<MentionRow>(
    `SELECT m.article, m.entity, m.start, m."end", m.text, a.title, a.published ${from} ORDER BY a.published, m.article, m.start LIMIT ? OFFSET ?`,
    [key, limit, offset],
  );
  return { total, items };
}

export async function queryQuotes(sql: SqlRunner, f: QuoteFilter = {}): Promise<{ total: number; items: QuoteRow[] }> {
  const { limit, offset } = pageOf(f);
  const w = new Where()
    .when(f.speaker, `(q.speaker_key = ? OR q.speaker_actor = ? OR ${ieq(sql, 'q.speaker_name')})`, f.speaker, f.speaker, f.speaker)
    .when(f.article, 'q.article = ?')
    .when(f.kind, 'q.kind = ?');
  const total = await count(sql, `SELECT count(*) n FROM quotes q ${w}`, w.params);
  const rows = await sql.all(
    `SELECT q.*, a.published, a.title FROM quotes q JOIN articles a ON a.id = q.article ${w} ORDER BY a.published DESC, q.article, q.start LIMIT ? OFFSET ?`,
    [...w.params, limit, offset],
  );
  return {
    total,
    items: rows.map((r) => ({
      article: r.article as string, start: r.start as number, end: r.end as number, text: r.text as string, kind: r.kind as string,
      cue: str(r, 'cue'), speaker: str(r, 'speaker_text'), speakerName: str(r, 'speaker_name'),
      speakerActor: str(r, 'speaker_actor'), speakerRole: str(r, 'speaker_role'),
      published: str(r, 'published'), title: str(r, 'title'),
    })),
  };
}

export async function queryClaims(sql: SqlRunner, f: ClaimFilter = {}): Promise<{ total: number; items: ClaimRow[] }> {
  const { limit, offset } = pageOf(f);
  const w = new Where()
    .when(f.stance, 'c.stance = ?')
    .when(f.claimant, `(c.claimant_key = ? OR c.claimant_actor = ? OR ${ieq(sql, 'c.claimant_name')})`, f.claimant, f.claimant, f.claimant)
    .when(f.article, 'c.article = ?');
  const total = await count(sql, `SELECT count(*) n FROM claims c ${w}`, w.params);
  const rows = await sql.all(
    `SELECT c.*, a.published, a.title FROM claims c JOIN articles a ON a.id = c.article ${w} ORDER BY a.published DESC, c.article, c.start LIMIT ? OFFSET ?`,
    [...w.params, limit, offset],
  );
  return {
    total,
    items: rows.map((r) => ({
      article: r.article as string, claim: r.id as string, start: r.start as number, end: r.end as number, text: r.text as string,
      stance: r.stance as string, claimant: str(r, 'claimant_text'), claimantName: str(r, 'claimant_name'),
      claimantActor: str(r, 'claimant_actor'), sources: JSON.parse(r.sources as string) as string[],
      hedged: Number(r.hedged) === 1, disputes: str(r, 'disputes'), published: str(r, 'published'), title: str(r, 'title'),
    })),
  };
}

export async function queryTimes(sql: SqlRunner, f: TimeFilter = {}) {
  const { limit, offset } = pageOf(f);
  const w = new Where().when(f.dateFrom, 't.value >= ?').when(f.dateTo, 't.value < ?', f.dateTo && dateUpperBound(f.dateTo)).when(f.article, 't.article = ?');
  const total = await count(sql, `SELECT count(*) n FROM times t ${w}`, w.params);
  const items = await sql.all<{ article: string; start: number; end: number; text: string; type: string; value: string }>(
    `SELECT t.article, t.start, t."end", t.text, t.type, t.value FROM times t ${w} ORDER BY t.value, t.article, t.start LIMIT ? OFFSET ?`,
    [...w.params, limit, offset],
  );
  return { total, items };
}

export async function queryPlaces(sql: SqlRunner, f: PlaceFilter = {}) {
  const { limit, offset } = pageOf(f);
  const w = new Where().when(f.country, 'p.country_code = ?', f.country?.toUpperCase()).when(f.article, 'p.article = ?');
  const total = await count(sql, `SELECT count(*) n FROM places p ${w}`, w.params);
  const items = await sql.all<{ article: string; start: number; end: number; text: string; name: string; kind: string; countryCode: string | null; lat: number | null; lon: number | null }>(
    `SELECT p.article, p.start, p."end", p.text, p.name, p.kind, p.country_code "countryCode", p.lat, p.lon FROM places p ${w} ORDER BY p.article, p.start LIMIT ? OFFSET ?`,
    [...w.params, limit, offset],
  );
  return { total, items };
}

function str(r: Row, k: string): string | null {
  return (r[k] as string | null | undefined) ?? null;
}

function likeOf(q: string | undefined): string {
  return `%${(q ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
