/** Writing one Analysis into the SQLite tables, in one transaction. */
import type { Analysis } from '../../model/analysis.js';
import type { ArticleInput } from '../../model/input.js';
import { entityIndex, entityKey } from '../keys.js';
import type { SaveOutcome } from '../types.js';
import type { Statement } from 'better-sqlite3';
import { detachArticle } from './fusion.js';
import type { SqliteDb } from './open.js';

type Stmt = Statement<unknown[]>;

export class SqliteWriter {
  private readonly s: Record<string, Stmt>;
  readonly save: (a: Analysis, input: ArticleInput | null, replace: boolean) => SaveOutcome;

  constructor(private readonly db: SqliteDb) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      exists: p('SELECT 1 FROM articles WHERE id = ?'),
      del: p('DELETE FROM articles WHERE id = ?'),
      article: p(`INSERT INTO articles (id, url, title, outlet, published, published_from, language, text, analysis, input, ingested_at)
                  VALUES (@id, @url, @title, @outlet, @published, @publishedFrom, @language, @text, @analysis, @input, @ingestedAt)`),
      entity: p('INSERT INTO entities (article, id, type, name, actor, key, roles) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      mention: p('INSERT INTO mentions (article, entity, start, "end", text) VALUES (?, ?, ?, ?, ?)'),
      time: p('INSERT INTO times (article, start, "end", text, type, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      place: p(`INSERT INTO places (article, start, "end", text, name, kind, geoname_id, country_code, admin1, lat, lon, entity)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      quote: p(`INSERT INTO quotes (article, start, "end", text, kind, cue, speaker_text, speaker_entity, speaker_key, speaker_name, speaker_actor, speaker_role)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      claim: p(`INSERT INTO claims (article, id, start, "end", text, stance, claimant_text, claimant_entity, claimant_key, claimant_name, claimant_actor, sources, hedged, disputes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      event: p(`INSERT INTO events (article, id, type, sub_type, trigger_text, date, precision, place_name, country_code, admin1, lat, lon,
                  fatalities, fatalities_qualifier, injured, injured_qualifier, claimed_by, evidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      actor: p('INSERT INTO event_actors (article, event, role, text, entity, key, name, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    };
    this.save = db.transaction((a: Analysis, input: ArticleInput | null, replace: boolean): SaveOutcome => {
      const exists = this.s.exists!.get(a.article.id) !== undefined;
      if (exists && !replace) return 'duplicate';
      if (exists) {
        detachArticle(this.db, a.article.id);
        this.s.del!.run(a.article.id);
      }
      this.insert(a, input);
      return exists ? 'replaced' : 'stored';
    });
  }

  private insert(a: Analysis, input: ArticleInput | null): void {
    const id = a.article.id;
    const s = this.s;
    s.article!.run({
      ...a.article,
      analysis: JSON.stringify(a),
      input: input ? JSON.stringify(input) : null,
      ingestedAt: new Date().toISOString(),
    });
    const byId = entityIndex(a);
    const refInfo = (entity: string | null) => {
      const e = entity ? byId.get(entity) : undefined;
      return e ? { key: entityKey(e), name: e.name, actor: e.actor } : { key: null, name: null, actor: null };
    };
    for (const e of a.entities) {
      s.entity!.run(id, e.id, e.type, e.name, e.actor, entityKey(e), JSON.stringify(e.roles));
      for (const m of e.mentions) s.mention!.run(id, e.id, m.start, m.end, m.text);
    }
    for (const t of a.times) s.time!.run(id, t.start, t.end, t.text, t.type, t.value, t.mod ?? null);
    for (const p of a.places) {
      s.place!.run(id, p.start, p.end, p.text, p.name, p.kind, p.geonameId, p.countryCode, p.admin1, p.lat, p.lon, p.entity ?? null);
    }
    for (const q of a.quotes) {
      const r = refInfo(q.speaker?.entity ?? null);
      s.quote!.run(id, q.start, q.end, q.text, q.kind, q.cue?.text ?? null, q.speaker?.text ?? null, q.speaker?.entity ?? null,
        r.key, r.name ?? q.speaker?.text ?? null, r.actor, q.speaker?.role ?? null);
    }
    for (const c of a.claims) {
      const r = refInfo(c.claimant?.entity ?? null);
      s.claim!.run(id, c.id, c.start, c.end, c.text, c.stance, c.claimant?.text ?? null, c.claimant?.entity ?? null, r.key,
        r.name ?? c.claimant?.text ?? null, r.actor, JSON.stringify(c.sources.map((x) => x.text)), c.hedged ? 1 : 0, c.disputes);
    }
    for (const v of a.events) {
      const admin1 = v.place ? (a.places.find((p) => p.name === v.place!.name)?.admin1 ?? null) : null;
      s.event!.run(id, v.id, v.type, v.subType, v.trigger.text, v.date.value, v.date.precision, v.place?.name ?? null,
        v.place?.countryCode ?? null, admin1, v.place?.lat ?? null, v.place?.lon ?? null,
        v.fatalities?.value ?? null, v.fatalities?.qualifier ?? null, v.injured?.value ?? null, v.injured?.qualifier ?? null,
        v.claimedBy?.text ?? null, v.evidence.map((e) => e.text).join(' '));
      for (const actor of v.actors) {
        const r = refInfo(actor.entity);
        s.actor!.run(id, v.id, actor.role, actor.text, actor.entity, r.key, r.name ?? actor.text, r.actor);
      }
    }
  }
}
