/**
 * The Analysis contract, schema "newsgraph.analysis/1" (../shared/DESIGN.md).
 * This is the public interface: field names are fixed; adding fields is fine,
 * renaming or removing one needs a new schema version.
 */

export const ANALYSIS_SCHEMA = 'newsgraph.analysis/1' as const;
export const INCIDENT_SCHEMA = 'newsgraph.incident/1' as const;

/** Half-open [start, end) UTF-16 offsets into article.text; text === article.text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A mention that may be linked to an entity of the same analysis (Entity.id). */
export interface Ref {
  text: string;
  entity: string | null;
}

export type PublishedFrom = 'input' | 'metadata' | 'dateline' | 'url' | 'none';

export interface ArticleMeta {
  id: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedFrom: PublishedFrom;
  language: string;
  text: string;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'MISC';

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  actor: string | null;
  roles: string[];
  mentions: Span[];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  type: TimeType;
  value: string;
  /** TIMEX3 mod ("START", "MID", "END", "APPROX", ...), when the text gives one. */
  mod?: string;
}

export type PlaceKind = 'country' | 'admin1' | 'admin2' | 'city' | 'region' | 'site';

export interface Place extends Span {
  name: string;
  kind: PlaceKind;
  geonameId: number | null;
  countryCode: string | null;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  /** Entity.id of the entity this mention belongs to, when there is one. */
  entity?: string | null;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote extends Span {
  kind: QuoteKind;
  cue: Span | null;
  /** span: where the speaker is named; name: who is meant (a pronoun's referent, a name without its title). */
  speaker: (Ref & { role: string | null; span?: Span; name?: string }) | null;
  /** True when the quotation has no cue of its own and continues the previous speaker's turn. */
  continues?: boolean;
}

export type Stance = 'assert' | 'allege' | 'deny' | 'accuse' | 'claim-responsibility' | 'report';

export interface Claim extends Span {
  id: string;
  stance: Stance;
  claimant: Ref | null;
  sources: Ref[];
  hedged: boolean;
  disputes: string | null;
}

export type EventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments';

export type Precision = 'day' | 'week' | 'month' | 'year';

export type CountQualifier = 'exact' | 'at-least' | 'over' | 'about' | 'up-to' | 'unknown';

export interface Count {
  value: number;
  qualifier: CountQualifier;
  text: string;
  includes: Array<{ value: number; who: string }>;
}

export type ActorRole = 'actor1' | 'actor2' | 'perpetrator' | 'target' | 'victim';

export interface EventPlace extends Ref {
  name: string;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  /**
   * A site or village the gazetteer lacks ("St Francis Catholic Church in Owo") is placed at
   * the resolved place the text puts it in: that place's name, whose coordinates these are.
   */
  within?: string;
}

export interface ConflictEvent {
  id: string;
  type: EventType;
  subType: string | null;
  trigger: Span;
  date: { value: string | null; precision: Precision | null };
  place: EventPlace | null;
  actors: Array<Ref & { role: ActorRole }>;
  fatalities: Count | null;
  injured: Count | null;
  claimedBy: Ref | null;
  sources: Ref[];
  evidence: Span[];
}

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  article: ArticleMeta;
  entities: Entity[];
  times: TimeExpression[];
  places: Place[];
  quotes: Quote[];
  claims: Claim[];
  events: ConflictEvent[];
  warnings: string[];
}

export interface Figures {
  min: number;
  max: number;
  bySource: Array<{ article: string; outlet: string | null; value: number; qualifier: CountQualifier }>;
}

export interface Incident {
  schema: typeof INCIDENT_SCHEMA;
  id: string;
  type: string;
  subType: string | null;
  date: { start: string | null; end: string | null; precision: Precision | null };
  place: {
    name: string;
    countryCode: string | null;
    admin1: string | null;
    lat: number | null;
    lon: number | null;
  } | null;
  actors: Array<{ role: string; name: string; actor: string | null }>;
  fatalities: Figures | null;
  injured: Figures | null;
  reports: Array<{
    article: string;
    url: string | null;
    outlet: string | null;
    published: string | null;
    event: string;
  }>;
}
