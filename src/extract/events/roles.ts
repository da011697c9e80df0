/**
 * Who did it and to whom, from the position of actor phrases around the trigger:
 * active "Gunmen killed six villagers" (subject = perpetrator, object = victim),
 * passive "six villagers were killed by gunmen", nominal "an attack by X on Y",
 * and symmetric "clashes between X and Y" / "X clashed with Y".
 */
import type { Span } from '../../model/analysis.js';
import type { ActorPhrase } from './actors.js';

export interface RoleFrame {
  agent: ActorPhrase | null;
  patient: ActorPhrase | null;
  /** The second side of a symmetric event ("between X and Y", "clashed with Y"). */
  other: ActorPhrase | null;
}

const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|got|had been|have been)\s+(?:\w+ly\s+)?$/i;
/** "were hit by multiple drone strikes": the trigger is the agent noun of a passive verb. */
const PASSIVE_BY = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:hit|struck|targeted|attacked|destroyed|damaged|killed|wounded|injured)\s+(?:by|in)\s+(?:(?:a|an|the|multiple|several|two|three)\s+)?(?:[\w-]+\s+)?$/i;
const BY_BEFORE = /\b(?:by|ascribed to|attributed to|blamed on)\s+(?:(?:the|a|an|suspected|alleged)\s+)?$/i;
const ON_BEFORE = /\b(?:on|against|targeting|at|into|near|outside|inside|toward|towards|hit|struck|killing|wounding|injuring|abducting|kidnapping)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}$/i;
/** Only articles and up to two modifiers between a verb and its object: "ambushed an army patrol". */
const DIRECT_GAP = /^\s+(?:(?:the|a|an|his|her|their|its|at least|more than|about)\s+)?(?:[\w'’,-]+\s+){0,2}$/i;
const DEMONYM = /\b([A-Z][a-z]+(?:i|ian|an|ese|ish|ch))\s+(?:[\w-]+\s+)?$/;

const BLAME_LEFT = /\b(?:attributed|blamed|ascribed|pinned)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$/i;
const NOMINAL_IN_PP = /\b(?:in|during|after|before|since|following|of|from|for|over|about)\s+(?:the|a|an|this|that|[\w-]+['’]s)\s+(?:[\w-]+\s+)?$/i;
const WITH_BEFORE = /\b(?:with|between|and)\s+(?:(?:the|a|an)\s+)?$/i;

export function assignRoles(text: string, clause: Span, trigger: Span, actors: ActorPhrase[]): RoleFrame {
  const before = actors.filter((a) => a.end <= trigger.start && a.start >= clause.start);
  const after = actors.filter((a) => a.start >= trigger.end && a.end <= clause.end);
  const leftText = text.slice(Math.max(clause.start, trigger.start - 30), trigger.start);
  const passive = PASSIVE_BEFORE.test(leftText) || PASSIVE_BY.test(text.slice(Math.max(clause.start, trigger.start - 50), trigger.start));
  const gap = (a: ActorPhrase) => text.slice(trigger.end, a.start);
  const byPhrase = after.find((a) => BY_BEFORE.test(gap(a))) ?? null;
  const onPhrase = after.find((a) => a !== byPhrase && ON_BEFORE.test(text.slice(Math.max(trigger.end, a.start - 40), a.start))) ?? null;

  const between = symmetric(text, clause, trigger, actors);
  if (between) return between;

  // "a suicide bomber", "rioters", "a mob": the trigger names the actor itself
  const inTrigger = actors.find((a) => a.kind !== 'target' && a.start < trigger.end && trigger.start < a.end) ?? null;
  // "attributed the bombing to Houthi rebels": the one it is put on is the perpetrator
  if (BLAME_LEFT.test(leftText)) {
    const blamed = after.find((a) => /\b(?:to|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(trigger.end, a.start - 10), a.start))) ?? null;
    return { agent: blamed, patient: null, other: null };
  }
  // "died in last night's attack": a noun inside a prepositional phrase has no subject before it
  const nominalInPhrase = NOMINAL_IN_PP.test(leftText);
  const subject = inTrigger ?? (nominalInPhrase ? null : closestBefore(text, before, trigger) ?? demonymBefore(text, clause, trigger));
  if (passive) return { agent: byPhrase, patient: inTrigger ? null : subject, other: null };
  const direct = after.find((a) => a !== byPhrase && DIRECT_GAP.test(gap(a))) ?? null;
  const object = direct ?? onPhrase ?? after.find((a) => a !== byPhrase && a.kind !== 'state' && a.kind !== 'nonstate') ?? after.find((a) => a !== byPhrase) ?? null;
  return { agent: byPhrase ?? subject, patient: subject && object === subject ? null : object, other: null };
}

/** "Israeli air strikes", "Turkish drones": a nationality adjective right before the trigger. */
function demonymBefore(text: string, clause: Span, trigger: Span): ActorPhrase | null {
  const left = text.slice(Math.max(clause.start, trigger.start - 30), trigger.start);
  const m = DEMONYM.exec(left);
  if (!m) return null;
  const start = trigger.start - left.length + m.index;
  return { start, end: start + m[1]!.length, text: m[1]!, kind: 'org', entity: null, head: m[1]!.toLowerCase() };
}

/** The nearest phrase left of the trigger that is not inside a prepositional phrase of place. */
function closestBefore(text: string, before: ActorPhrase[], trigger: Span): ActorPhrase | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i]!;
    if (a.kind === 'target') continue; // a building or convoy is hit, it never acts
    if (trigger.start - a.end > 120) return null;
    // a named person far from the verb, or across a quotation mark, is a witness or a speaker
    const between = text.slice(a.end, trigger.start);
    if ((a.kind === 'person' || a.kind === 'org') && (between.length > 40 || /["“”,]/.test(between))) continue;
    return a;
  }
  return null;
}

/** "clashes between the army and rebels", "troops clashed with militants", "X and Y exchanged fire". */
function symmetric(text: string, clause: Span, trigger: Span, actors: ActorPhrase[]): RoleFrame | null {
  const armed = actors.filter((a) => a.kind === 'state' || a.kind === 'nonstate' || a.kind === 'org' || a.kind === 'protester');
  const afterTrigger = text.slice(trigger.end, clause.end);
  const betweenMatch = /^\s*(?:broke out |erupted )?between\s/i.exec(afterTrigger);
  if (betweenMatch) {
    const [x, y] = armed.filter((a) => a.start >= trigger.end);
    if (x && y) return { agent: x, patient: null, other: y };
  }
  if (/^\s*with\b/i.test(afterTrigger) || /^(?:clash|fought|battled|exchanged|signed|agreed|reached|struck|brokered)/i.test(trigger.text)) {
    const left = armed.filter((a) => a.end <= trigger.start && a.start >= clause.start).pop();
    const right = armed.find((a) => a.start >= trigger.end && WITH_BEFORE.test(text.slice(Math.max(trigger.end, a.start - 12), a.start)));
    const pairLeft = armed.filter((a) => a.end <= trigger.start && a.start >= clause.start);
    if (left && right) return { agent: left, patient: null, other: right };
    // "Israeli troops and Palestinian gunmen exchanged fire"
    if (pairLeft.length >= 2 && /^\s*and\s+(?:the\s+|an?\s+)?$/i.test(text.slice(pairLeft[pairLeft.length - 2]!.end, pairLeft[pairLeft.length - 1]!.start))) {
      return { agent: pairLeft[pairLeft.length - 2]!, patient: null, other: pairLeft[pairLeft.length - 1]! };
    }
  }
  return null;
}
