/**
 * Who is speaking: the source span as written, its name and role, and its entity.
 * - Named: "Spokeswoman Haley Morris" -> name "Haley Morris", role "Spokeswoman";
 *   "John Smith, the army's chief of staff" -> role "the army's chief of staff".
 * - Pronoun: resolved to the previous quote's speaker when there is one nearby (the
 *   way news copy chains "..., she added"), else to the nearest person named before.
 * - Nominal ("a senior official who asked not to be named", "the ministry"): kept as
 *   written, linked only when an entity mention covers it.
 */
import type { Entity, Span } from '../../model/analysis.js';
import { spanOf } from '../../model/document.js';
import type { Token } from '../../model/document.js';

export interface Speaker {
  text: string;
  entity: string | null;
  role: string | null;
  span: Span;
  /** Display name: the person or body meant, even when the span is a pronoun. */
  name?: string;
}

const PERSONAL = new Set(['he', 'she', 'i', 'him', 'her']);
const PRONOUN_SPEAKERS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which']);

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  entities: Entity[];
}

/** The entity with a mention overlapping [start, end), preferring the longest overlap. */
export function entityAt(entities: Entity[], start: number, end: number): Entity | null {
  let best: Entity | null = null;
  let bestOverlap = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      const overlap = Math.min(end, m.end) - Math.max(start, m.start);
      if (overlap > bestOverlap) {
        best = e;
        bestOverlap = overlap;
      }
    }
  }
  return best;
}

/** Split a source into its name and its role, from capitalisation and commas. */
function nameAndRole(ctx: SpeakerContext, first: number, last: number): { name: string; role: string | null } {
  const toks = ctx.tokens.slice(first, last);
  const comma = toks.findIndex((t) => t.text === ',');
  const head = comma >= 0 ? toks.slice(0, comma) : toks;
  const apposition = comma >= 0 ? toks.slice(comma + 1).filter((t) => t.text !== ',') : [];
  const firstProper = head.findIndex((t) => t.pos === 'PROPN');
  const at = (a: Token[]) => (a.length ? ctx.text.slice(a[0]!.start, a[a.length - 1]!.end) : '');
  if (firstProper < 0) return { name: at(toks), role: apposition.length && !/^(who|which)$/i.test(apposition[0]!.text) ? at(apposition) : null };
  // lower-case words before the name are a title ("Spokeswoman", "presidential candidate")
  const titleWords = head.slice(0, firstProper).filter((t) => t.pos !== 'DET');
  const role = apposition.length && !/^(who|which)$/i.test(apposition[0]!.text) ? at(apposition) : titleWords.length ? at(titleWords) : null;
  return { name: at(head.slice(firstProper)), role };
}

export function isPronounSpeaker(text: string): boolean {
  return PRONOUN_SPEAKERS.has(text.toLowerCase());
}

/** Build the speaker of a source token range; `previous` is the last quote's speaker. */
export function speakerOf(ctx: SpeakerContext, first: number, last: number, previous: Speaker | null): Speaker {
  const span = spanOf(ctx.text, ctx.tokens[first]!.start, ctx.tokens[last - 1]!.end);
  const lower = span.text.toLowerCase();
  if (isPronounSpeaker(lower)) return pronounSpeaker(ctx, span, previous);
  const { name, role } = nameAndRole(ctx, first, last);
  const entity = entityAt(ctx.entities, span.start, span.end);
  const entityRole = entity?.roles[0] ?? null;
  return { text: span.text, entity: entity?.id ?? null, role: role ?? entityRole, span, name: entity?.name ?? name };
}

function pronounSpeaker(ctx: SpeakerContext, span: Span, previous: Speaker | null): Speaker {
  const personal = PERSONAL.has(span.text.toLowerCase());
  // "she added" after a quote by Okonjo is Okonjo: the previous speaker wins over the last name
  if (previous && !isPronounSpeaker(previous.text) || previous?.name) {
    return { text: span.text, entity: previous!.entity, role: previous!.role, span, name: previous!.name ?? previous!.text };
  }
  const nearest = nearestBefore(ctx.entities, span.start, personal ? 'PERSON' : null);
  return { text: span.text, entity: nearest?.id ?? null, role: nearest?.roles[0] ?? null, span, ...(nearest ? { name: nearest.name } : {}) };
}

function nearestBefore(entities: Entity[], at: number, type: Entity['type'] | null): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities) {
    if (type ? e.type !== type : e.type !== 'ORG' && e.type !== 'GPE' && e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.end <= at && m.start > bestAt) {
        best = e;
        bestAt = m.start;
      }
    }
  }
  return best;
}
