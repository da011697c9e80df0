/**
 * Event mentions: what one clause says about one event (its trigger, sub-type, actors,
 * counts, date and place). Mentions of the same real event are merged in merge.ts.
 * A sentence with casualty counts but no trigger ("Hundreds more were injured.") gives
 * a counts-only mention that enriches the event told just before it.
 */
import type { Place, Span } from '../../model/analysis.js';
import { spanOf, type Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';
import { findActors, type ActorPhrase } from './actors.js';
import { isCaseless } from './caseless.js';
import { dateFor, isLocative, placeFor, type EventDate } from './attach.js';
import { classifyClause } from './classify.js';
import { findCounts, type CountMention } from './counts.js';
import { CONFLICT_CUE, CRIMINAL_ARREST, NOT_CONFLICT, type SubType } from './lexicon.js';
import { assignRoles, type RoleFrame } from './roles.js';
import { insideAny, warTolls } from './tolls.js';
import { clausesOf, findTriggers, type Clause, type TriggerHit } from './triggers.js';

export interface Mention {
  clause: Clause;
  sentence: Span;
  trigger: TriggerHit | null;
  subType: SubType | null;
  /** Only definite back-references ("the attack") or bare violence verbs: it adds to an event told before. */
  anaphoric: boolean;
  roles: RoleFrame;
  actors: ActorPhrase[];
  counts: CountMention[];
  date: EventDate;
  place: Place | null;
  /** The place was introduced as a location ("in Owo"): only then can it tell two events apart. */
  placeLocative: boolean;
}

export function mentionsOf(doc: Doc, layers: Partial<Layers>): Mention[] {
  const entities = layers.entities ?? [];
  const out: Mention[] = [];
  // an article about a fire, a crash or a flood: its "killed" and "explosion" are not political violence
  const lead = `${doc.title ?? ''}\n${doc.paragraphs[0]?.text ?? ''}`;
  const accident = NOT_CONFLICT.test(lead) && !CONFLICT_CUE.test(lead);
  // "an engineer was killed while working": with no one doing it and no conflict in the lead, a death is not an attack
  const conflictLead = CONFLICT_CUE.test(lead);
  const caseless = isCaseless(doc.text);
  doc.sentences.forEach((sentence, index) => {
    for (const clause of foregroundClauses(doc.text, clausesOf(doc.text, sentence, index))) {
      const found = clauseMentions(doc, layers, clause, sentence, entities, caseless);
      const kept = found.filter((m) => !m.trigger || (!vague(m) && !unattributedDeath(m, conflictLead) && !criminalArrest(m)));
      out.push(...(accident ? kept.filter((m) => !m.trigger || !incidental(m.trigger)) : kept));
    }
  });
  return out;
}

/**
 * "The toll rose to 61 on Tuesday, a day after a suicide bomber struck": when the clause
 * before the background cue gives a count but tells of no event itself, the event after the
 * cue is the one the count is about, so the sentence is one foreground clause again.
 */
function foregroundClauses(text: string, clauses: Clause[]): Clause[] {
  const [head, tail] = clauses;
  if (clauses.length !== 2 || !head || !tail?.background) return clauses;
  // only a head that carries a count and no event of its own ("the toll rose to 61") hands over
  if (findTriggers(text, head.start, head.end).length > 0 || findCounts(text, head.start, head.end).length === 0) return clauses;
  return [{ ...spanOf(text, head.start, tail.end), sentence: head.sentence, background: false }];
}

function clauseMentions(doc: Doc, layers: Partial<Layers>, clause: Clause, sentence: Span, entities: NonNullable<Layers['entities']>, caseless: boolean): Mention[] {
  const tolls = warTolls(doc.text, clause.start, clause.end);
  const hits = findTriggers(doc.text, clause.start, clause.end).filter((h) => !insideAny(tolls, h.start));
  const counts = findCounts(doc.text, clause.start, clause.end).filter((c) => !insideAny(tolls, c.start));
  if (hits.length === 0 && counts.length === 0 && !CLAIM_CUE.test(clause.text)) return [];
  const actors = findActors(doc, clause.start, clause.end, entities, caseless);
  const frame = (hit: TriggerHit) => assignRoles(doc.text, clause, hit, actors);
  const cls = hits.length ? classifyClause(clause.text, hits, frame) : null;
  if (!cls) {
    // a sentence with only figures or a claim ("The Taliban claimed responsibility.") adds to the event before it
    if (counts.length === 0 && !CLAIM_CUE.test(clause.text)) return [];
    const none: RoleFrame = { agent: null, patient: null, other: null };
    return [{ clause, sentence, trigger: null, subType: null, anaphoric: true, roles: none, actors, counts, date: { value: null, precision: null }, place: null, placeLocative: false }];
  }
  const date = dateFor(doc.text, layers.times ?? [], clause, cls.main).date;
  const place = placeFor(doc.text, layers.places ?? [], clause, cls.main);
  const fresh = hits.filter((h) => !h.anaphoric);
  const main: Mention = { clause, sentence, trigger: cls.main, subType: cls.subType, anaphoric: fresh.length === 0, roles: frame(cls.main), actors, counts, date, place, placeLocative: place !== null && isLocative(doc.text, place) };
  // "killing 20 guests and abducting the bride": ACLED records the killing and the abduction apart
  const killing = fresh.find((h) => h.entry.family === 'violence' && KILLING.test(h.text) && h.start < cls.main.start);
  if (!killing || !['Abduction/forced disappearance', 'Sexual violence'].includes(cls.subType)) return [main];
  const killFrame = frame(killing);
  const attack: Mention = { ...main, trigger: killing, subType: 'Attack', roles: killFrame };
  const taking: Mention = { ...main, counts: counts.filter((c) => c.start > cls.main.start), roles: { ...main.roles, agent: killFrame.agent } };
  attack.counts = counts.filter((c) => c.start < cls.main.start);
  return [attack, taking];
}

function unattributedDeath(m: Mention, conflictLead: boolean): boolean {
  return !conflictLead && m.trigger!.entry.family === 'violence' && !m.roles.agent && !m.anaphoric;
}

function criminalArrest(m: Mention): boolean {
  return m.subType === 'Arrests' && CRIMINAL_ARREST.test(m.clause.text);
}

/** Triggers an accident also produces: bare killing verbs and explosion words. */
function incidental(t: TriggerHit): boolean {
  return t.entry.family === 'violence' || t.entry.subType === 'Other' || /^(?:explo|blast|detonat)/i.test(t.text);
}

/**
 * Too vague to code: a noun trigger ("protests", "sexual abuse") with nothing attached
 * (no actor, figure, date or place), or a person "attacking" with no one hurt (verbal attacks).
 */
function vague(m: Mention): boolean {
  const t = m.trigger!;
  if (m.anaphoric) return false; // "the attack" adds to an event already told
  const bare = !m.roles.agent && !m.roles.patient && !m.roles.other && m.counts.length === 0 && !m.date.value && !m.place;
  const verb = /(?:ed|shot|fought|struck|blew|hit|seized|took|overran|retook|stormed)$/i.test(t.text) || /^(?:killing|shot dead|opened fire|blew)/i.test(t.text);
  if (bare && !verb) return true;
  const talker = m.roles.agent?.kind === 'person' || m.roles.agent?.kind === 'org';
  return /^(?:attack|assault|slam|hit)/i.test(t.text) && talker && m.counts.length === 0 && !['civilian', 'target', 'state', 'nonstate'].includes(m.roles.patient?.kind ?? '');
}

const CLAIM_CUE = /\bclaim(?:ed|s)? (?:of )?responsibility\b|\bsaid (?:it|they) (?:had )?carried out\b/i;

const KILLING = /^(?:kill|shot dead|massacr|murder|gunned down|executed|beheaded)/i;
