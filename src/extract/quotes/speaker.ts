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
import { npEndingAt } from './phrases.js';

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
export function entityAt(entities: Entity[], start: number, end: number, headEnd = end): Entity | null {
  let best: Entity | null = null;
  let bestOverlap = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!(m.start < headEnd && m.end >= headEnd)) continue; // the mention must reach the phrase's head word
      const overlap = Math.min(end, m.end) - Math.max(start, m.start);
      if (overlap > bestOverlap) {
        best = e;
        bestOverlap = overlap;
      }
    }
  }
  return best;
}

/** Title words that the tagger may capitalise into a name: "Spokeswoman Haley Morris". */
const TITLE_WORDS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'president', 'minister', 'senator', 'governor', 'mayor', 'general', 'colonel', 'commander', 'chairman', 'chairwoman', 'director', 'secretary', 'ambassador', 'judge', 'prosecutor', 'candidate', 'leader', 'chief', 'officer', 'official', 'adviser', 'advisor', 'analyst', 'professor', 'reporter', 'correspondent', 'editor', 'lawyer', 'attorney', 'manager', 'representative', 'rep.', 'sen.', 'gov.', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'dr.', 'prof.']);
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady']);

/** The name at the end of a phrase: its final run of proper nouns, minus leading title words. */
function finalName(part: Token[]): { name: Token[]; title: Token[] } | null {
  let i = part.length;
  while (i > 0 && (part[i - 1]!.pos === 'PROPN' || /^\p{Lu}/u.test(part[i - 1]!.text))) i--;
  if (i === part.length) return null;
  // "a spokesman for the Pentagon", "the head of Oxfam": the name is a complement, not the speaker
  if (i > 0 && (part[i - 1]!.pos === 'ADP' || (part[i - 1]!.pos === 'DET' && i > 1 && part[i - 2]!.pos === 'ADP'))) return null;
  // leading title words inside the run belong to the role, honorifics to the name
  while (i < part.length - 1 && TITLE_WORDS.has(part[i]!.text.toLowerCase())) i++;
  if (i > 0 && HONORIFICS.has(part[i - 1]!.text.toLowerCase())) i--;
  return { name: part.slice(i), title: part.slice(0, i).filter((t) => t.pos !== 'DET') };
}

/** Split a source into its name and its role, from capitalisation and commas. */
function nameAndRole(ctx: SpeakerContext, first: number, last: number): { name: string; role: string | null; headEnd: number } {
  const toks = ctx.tokens.slice(first, last);
  const at = (a: Token[]) => (a.length ? ctx.text.slice(a[0]!.start, a[a.length - 1]!.end) : '');
  const comma = toks.findIndex((t) => t.text === ',');
  const head = comma >= 0 ? toks.slice(0, comma) : toks;
  const rest = comma >= 0 ? toks.slice(comma + 1).filter((t) => t.text !== ',') : [];
  const apposition = rest.length && !/^(who|which|whose)$/i.test(rest[0]!.text) ? rest : [];
  const inHead = finalName(head);
  if (inHead) {
    const role = apposition.length ? at(apposition) : inHead.title.length ? at(inHead.title) : null;
    return { name: at(inHead.name), role, headEnd: inHead.name[inHead.name.length - 1]!.end };
  }
  // "Another delegate on the slate, Jim Poolman": the name in apposition, the head is the role
  const inApposition = apposition.length ? finalName(apposition) : null;
  if (inApposition && inApposition.name.length === apposition.length - inApposition.title.length) {
    return { name: at(inApposition.name), role: at(head), headEnd: inApposition.name[inApposition.name.length - 1]!.end };
  }
  return { name: at(toks), role: apposition.length ? at(apposition) : null, headEnd: (head[head.length - 1] ?? toks[toks.length - 1]!).end };
}

export function isPronounSpeaker(text: string): boolean {
  return PRONOUN_SPEAKERS.has(text.toLowerCase());
}

/** Build the speaker of a source token range; `previous` is the last quote's speaker. */
export function speakerOf(ctx: SpeakerContext, first: number, last: number, previous: Speaker | null): Speaker {
  const span = spanOf(ctx.text, ctx.tokens[first]!.start, ctx.tokens[last - 1]!.end);
  const lower = span.text.toLowerCase();
  if (lower === 'who' || lower === 'which') return relativeSpeaker(ctx, span, first);
  if (isPronounSpeaker(lower)) return pronounSpeaker(ctx, span, previous);
  const { name, role, headEnd } = nameAndRole(ctx, first, last);
  // link only an entity that is the speaker itself: in "Ukraine's health ministry" the
  // speaker is the ministry, so a mention of Ukraine must not claim it
  const entity = entityAt(ctx.entities, span.start, span.end, headEnd);
  const entityRole = entity?.roles[0] ?? null;
  return { text: span.text, entity: entity?.id ?? null, role: role ?? entityRole, span, name: entity?.name ?? name };
}

function pronounSpeaker(ctx: SpeakerContext, span: Span, previous: Speaker | null): Speaker {
  const personal = PERSONAL.has(span.text.toLowerCase());
  // "she added" after a quote by Okonjo is Okonjo: the previous speaker wins over the last
  // name, provided the pronoun fits it ("he" is not a ministry, "it" is not a person)
  if (((previous && !isPronounSpeaker(previous.text)) || previous?.name) && fits(ctx, span.text.toLowerCase(), previous!)) {
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

/** "officials who said ...": a relative pronoun speaks for the phrase just before it. */
function relativeSpeaker(ctx: SpeakerContext, span: Span, first: number): Speaker {
  let end = first;
  if (end > 0 && ctx.tokens[end - 1]!.text === ',') end--;
  const start = npEndingAt(ctx.tokens, end, Math.max(0, end - 10));
  if (start >= end) return { text: span.text, entity: null, role: null, span };
  const antecedent = spanOf(ctx.text, ctx.tokens[start]!.start, ctx.tokens[end - 1]!.end);
  const entity = entityAt(ctx.entities, antecedent.start, antecedent.end);
  return { text: span.text, entity: entity?.id ?? null, role: entity?.roles[0] ?? null, span, name: entity?.name ?? antecedent.text };
}

/** Whether a pronoun can stand for a speaker, from the speaker's entity type when known. */
function fits(ctx: SpeakerContext, pronoun: string, speaker: Speaker): boolean {
  const type = speaker.entity ? ctx.entities.find((e) => e.id === speaker.entity)?.type : undefined;
  if (PERSONAL.has(pronoun)) return type === undefined ? !/\b(ministry|government|office|agency|company|group|committee|council|police|army|report|statement)\b/i.test(speaker.text) : type === 'PERSON';
  if (pronoun === 'it') return type === undefined ? true : type !== 'PERSON';
  return true;
}
