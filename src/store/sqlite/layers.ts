/** Queries over entities, mentions, quotes, claims, times and places, across articles. */
import type { ClaimFilter, ClaimRow, EntityFilter, EntitySummary, MentionRow, Page, PlaceFilter, QuoteFilter, QuoteRow, TimeFilter } from '../types.js';
import { pageOf } from '../types.js';
import type { SqliteDb } from './open.js';
import { Where } from './where.js';

type Row = Record<string, unknown>;

export function queryEntities(db: SqliteDb, f: EntityFilter = {}): { total: number; items: EntitySummary[] } {
  const { limit, offset } = pageOf(f);
  const w = new Where()
    .when(f.type, 'en.type = ?')
    .when(f.actor, 'en.actor = ?')
    .when(f.q, `(en.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions m WHERE m.article = en.article AND m.entity = en.id AND m.text LIKE ? ESCAPE '\\'))`, likeOf(f.q), likeOf(f.q));
  const total = (db.prepare(`SELECT count(DISTINCT en.key) n FROM entities en ${w}`).get(...w.params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT en.key, max(en.name) name, max(en.type) type, max(en.actor) actor, count(DISTINCT en.article) articles,
              (SELECT count(*) FROM mentions m JOIN entities e2 ON e2.article = m.article AND e2.id = m.entity WHERE e2.key = en.key) mentions,
              json_group_array(en.roles) roles
       FROM entities en ${w} GROUP BY en.key ORDER BY articles DESC, mentions DESC, name LIMIT ? OFFSET ?`,
    )
    .all(...w.params, limit, offset) as Row[];
  return {
    total,
    items: rows.map((r) => ({
      key: r.key as string,
      name: r.name as string,
      type: r.type as string,
      actor: (r.actor as string) ?? null,
      articles: r.articles as number,
      mentions: r.mentions as number,
      roles: [...new Set((JSON.parse(r.roles as string) as string[]).flatMap((x) => JSON.parse(x) as string[]))],
    })),
  };
}

export function queryMentions(db: SqliteDb, key: string, page?: Page): { total: number; items: MentionRow[] } {
  const { limit, offset } = pageOf(page, 200);
  const from = `FROM mentions m JOIN entities en ON en.article = m.article AND en.id = m.entity JOIN articles a ON a.id = m.article WHERE en.key = ?`;
  const total = (db.prepare(`SELECT count(*) n ${from}`).get(key) as { n: number }).n;
  const items = db
    .prepare(`SELECT m.article, m.entity, m.start, m."end", m.text, a.title, a.published ${from} ORDER BY a.published, m.article, m.start LIMIT ? OFFSET ?`)
    .all(key, limit, offset) as MentionRow[];
  return { total, items };
}

export function queryQuotes(db: SqliteDb, f: QuoteFilter = {}): { total: number; items: QuoteRow[] } {
  const { limit, offset } = pageOf(f);
  const w = new Where()
    .when(f.speaker, '(q.speaker_key = ? OR q.speaker_actor = ? OR q.speaker_name = ? COLLATE NOCASE)', f.speaker, f.speaker, f.speaker)
    .when(f.article, 'q.article = ?')
    .when(f.kind, 'q.kind = ?');
  const total = (db.prepare(`SELECT count(*) n FROM quotes q ${w}`).get(...w.params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT q.*, a.published, a.title FROM quotes q JOIN articles a ON a.id = q.article ${w} ORDER BY a.published DESC, q.article, q.start LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as Row[];
  return {
    total,
    items: rows.map((r) => ({
      article: r.article as string, start: r.start as number, end: r.end as number, text: r.text as string, kind: r.kind as string,
      cue: (r.cue as string) ?? null, speaker: (r.speaker_text as string) ?? null, speakerName: (r.speaker_name as string) ?? null,
      speakerActor: (r.speaker_actor as string) ?? null, speakerRole: (r.speaker_role as string) ?? null,
      published: (r.published as string) ?? null, title: (r.title as string) ?? null,
    })),
  };
}

export function queryClaims(db: SqliteDb, f: ClaimFilter = {}): { total: number; items: ClaimRow[] } {
  const { limit, offset } = pageOf(f);
  const w = new Where()
    .when(f.stance, 'c.stance = ?')
    .when(f.claimant, '(c.claimant_key = ? OR c.claimant_actor = ? OR c.claimant_name = ? COLLATE NOCASE)', f.claimant, f.claimant, f.claimant)
    .when(f.article, 'c.article = ?');
  const total = (db.prepare(`SELECT count(*) n FROM claims c ${w}`).get(...w.params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT c.*, a.published, a.title FROM claims c JOIN articles a ON a.id = c.article ${w} ORDER BY a.published DESC, c.article, c.start LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as Row[];
  return {
    total,
    items: rows.map((r) => ({
      article: r.article as string, claim: r.id as string, start: r.start as number, end: r.end as number, text: r.text as string,
      stance: r.stance as string, claimant: (r.claimant_text as string) ?? null, claimantName: (r.claimant_name as string) ?? null,
      claimantActor: (r.claimant_actor as string) ?? null, sources: JSON.parse(r.sources as string) as string[],
      hedged: r.hedged === 1, disputes: (r.disputes as string) ?? null, published: (r.published as string) ?? null, title: (r.title as string) ?? null,
    })),
  };
}

export function queryTimes(db: SqliteDb, f: TimeFilter = {}) {
  const { limit, offset } = pageOf(f);
  const w = new Where().when(f.dateFrom, 't.value >= ?').when(f.dateTo, 't.value <= ?', `${f.dateTo}\uffff`).when(f.article, 't.article = ?');
  const total = (db.prepare(`SELECT count(*) n FROM times t ${w}`).get(...w.params) as { n: number }).n;
  const items = db
    .prepare(`SELECT t.article, t.start, t."end", t.text, t.type, t.value FROM times t ${w} ORDER BY t.value, t.article, t.start LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as Array<{ article: string; start: number; end: number; text: string; type: string; value: string }>;
  return { total, items };
}

export function queryPlaces(db: SqliteDb, f: PlaceFilter = {}) {
  const { limit, offset } = pageOf(f);
  const w = new Where().when(f.country, 'p.country_code = ?', f.country?.toUpperCase()).when(f.article, 'p.article = ?');
  const total = (db.prepare(`SELECT count(*) n FROM places p ${w}`).get(...w.params) as { n: number }).n;
  const items = db
    .prepare(`SELECT p.article, p.start, p."end", p.text, p.name, p.kind, p.country_code countryCode, p.lat, p.lon FROM places p ${w} ORDER BY p.article, p.start LIMIT ? OFFSET ?`)
    .all(...w.params, limit, offset) as Array<{ article: string; start: number; end: number; text: string; name: string; kind: string; countryCode: string | null; lat: number | null; lon: number | null }>;
  return { total, items };
}

function likeOf(q: string | undefined): string {
  return `%${(q ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
