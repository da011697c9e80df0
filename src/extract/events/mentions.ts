/**
 * Event mentions: what one clause says about one event (its trigger, sub-type, actors,
 * counts, date and place). Mentions of the same real event are merged in merge.ts.
 * A sentence with casualty counts but no trigger ("Hundreds more were injured.") gives
 * a counts-only mention that enriches the event told just before it.
 */
import type { Place, Span } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import type { Layers } from '../layers.js';
import { findActors, type ActorPhrase } from './actors.js';
import { dateFor, placeFor, type EventDate } from './attach.js';
import { classifyClause } from './classify.js';
import { findCounts, type CountMention } from './counts.js';
import type { SubType } from './lexicon.js';
import { assignRoles, type RoleFrame } from './roles.js';
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
}

export function mentionsOf(doc: Doc, layers: Partial<Layers>): Mention[] {
  const entities = layers.entities ?? [];
  const out: Mention[] = [];
  doc.sentences.forEach((sentence, index) => {
    for (const clause of clausesOf(doc.text, sentence, index)) {
      out.push(...clauseMentions(doc, layers, clause, sentence, entities));
    }
  });
  return out;
}

function clauseMentions(doc: Doc, layers: Partial<Layers>, clause: Clause, sentence: Span, entities: NonNullable<Layers['entities']>): Mention[] {
  const hits = findTriggers(doc.text, clause.start, clause.end);
  const counts = findCounts(doc.text, clause.start, clause.end);
  const actors = findActors(doc, clause.start, clause.end, entities);
  const frame = (hit: TriggerHit) => assignRoles(doc.text, clause, hit, actors);
  const cls = hits.length ? classifyClause(clause.text, hits, frame) : null;
  if (!cls) {
    if (counts.length === 0) return [];
    const none: RoleFrame = { agent: null, patient: null, other: null };
    return [{ clause, sentence, trigger: null, subType: null, anaphoric: true, roles: none, actors, counts, date: { value: null, precision: null }, place: null }];
  }
  const date = dateFor(layers.times ?? [], clause, cls.main).date;
  const place = placeFor(layers.places ?? [], clause, cls.main);
  const fresh = hits.filter((h) => !h.anaphoric);
  const main: Mention = { clause, sentence, trigger: cls.main, subType: cls.subType, anaphoric: fresh.length === 0, roles: frame(cls.main), actors, counts, date, place };
  // "killing 20 guests and abducting the bride": ACLED records the killing and the abduction apart
  const killing = fresh.find((h) => h.entry.family === 'violence' && KILLING.test(h.text) && h.start < cls.main.start);
  if (!killing || !['Abduction/forced disappearance', 'Sexual violence'].includes(cls.subType)) return [main];
  const killFrame = frame(killing);
  const attack: Mention = { ...main, trigger: killing, subType: 'Attack', roles: killFrame };
  const taking: Mention = { ...main, counts: counts.filter((c) => c.start > cls.main.start), roles: { ...main.roles, agent: killFrame.agent } };
  attack.counts = counts.filter((c) => c.start < cls.main.start);
  return [attack, taking];
}

const KILLING = /^(?:kill|shot dead|massacr|murder|gunned down|executed|beheaded)/i;
