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

const ANAPHORIC_LEFT = /\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$/i;
const DOER_VERB = /^\s*(?:\w+\s+){0,2}?(?:carried out|launched|staged|conducted|mounted|orchestrated|claimed|perpetrated|committed|(?:was|were) behind|(?:is|are) behind)\s+(?:\w+\s+){0,2}$/i;
const ON_TARGET = /^\s*(?:on|against|targeting)\s+(?:(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const BLAME_LEFT = /\b(?:attributed|blamed|ascribed|pinned)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$/i;
const NOMINAL_IN_PP = /\b(?:in|during|after|before|since|following|of|from|for|over|about)\s+(?:the|a|an|this|that|[\w-]+['’]s)\s+(?:[\w-]+\s+)?$/i;
const WITH_BEFORE = /\b(?:with|between|and)\s+(?:(?:the|a|an)\s+)?$/i;

/** "..., President Hassan Sheikh Mohamud said": the one telling of the event, never a party to it. */
const SPEAKER_AFTER = /^[\s,]*(?:(?:has|had|also|later)\s+)?(?:said|says|told|added|stated|confirmed|announced|reported|wrote|tweeted)\b/i;
const SPEAKER_BEFORE = /\b(?:said|says|told|according to|added|wrote)\s+$/i;
/** "The army said it had ...": a speaker telling of its own deed is still its actor. */
const SELF_REPORT = /^[\s,]*(?:(?:has|had|also|later)\s+)?(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?(?:it|they|its|their)\b/i;

/** Who tells of the event (", police said", "said Ghulam Ali", "Amnesty said six people were killed"), not a party to it. */
function isSpeaker(text: string, a: ActorPhrase, trigger: Span): boolean {
  const right = text.slice(a.end, a.end + 40);
  if (SPEAKER_BEFORE.test(text.slice(Math.max(0, a.start - 20), a.start))) return true;
  if (!SPEAKER_AFTER.test(right)) return false;
  return a.start >= trigger.end || !SELF_REPORT.test(right);
}

/** "At least 100 people were killed ... when two car bombs exploded": a casualty before the trigger is hit, it does not act. */
const CASUALTY_BETWEEN = /\b(?:was|were|been|are|is)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|abducted|kidnapped|shot|dead)\b|\b(?:died|killed and)\b/i;

export function assignRoles(text: string, clause: Span, trigger: Span, allActors: ActorPhrase[]): RoleFrame {
  // "The army said it had set up a base" speaks of itself: only a speaker after the trigger is dropped
  const actors = allActors.filter((a) => !isSpeaker(text, a, trigger));
  const before = actors.filter((a) => a.end <= trigger.start && a.start >= clause.start);
  let after = actors.filter((a) => a.start >= trigger.end && a.end <= clause.end);
  const leftText = text.slice(Math.max(clause.start, trigger.start - 30), trigger.start);
  const passive = PASSIVE_BEFORE.test(leftText) || PASSIVE_BY.test(text.slice(Math.max(clause.start, trigger.start - 50), trigger.start));
  const gap = (a: ActorPhrase) => text.slice(trigger.end, a.start);
  const byPhrase = after.find((a) => BY_BEFORE.test(gap(a))) ?? null;
  const onPhrase = after.find((a) => a !== byPhrase && ON_BEFORE.test(text.slice(Math.max(trigger.end, a.start - 40), a.start))) ?? null;

  const between = symmetric(text, clause, trigger, actors);
  if (between) return between;

  // "a suicide bomber", "rioters", "a mob": the trigger names the actor itself
  const inTrigger = actors.find((a) => a.kind !== 'target' && a.start < trigger.end && trigger.start < a.end) ?? null;
  // "Two suicide bombers and gunmen struck crowds": a phrase joined to the acting trigger acts with it
  if (inTrigger) after = after.filter((a) => !/^\s*(?:,\s*)?and\s+(?:(?:the|a|an)\s+)?$/i.test(text.slice(trigger.end, a.start)));
  // "claimed the attack on Twitter, but TTP ...": a back-reference takes its target only from "on X"
  if (ANAPHORIC_LEFT.test(leftText)) after = after.filter((a) => ON_TARGET.test(text.slice(trigger.end, a.start)));
  // "attributed the bombing to Houthi rebels": the one it is put on is the perpetrator
  if (BLAME_LEFT.test(leftText)) {
    const blamed = after.find((a) => /\b(?:to|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(trigger.end, a.start - 10), a.start))) ?? null;
    return { agent: blamed, patient: null, other: null };
  }
  // "died in last night's attack": a noun inside a prepositional phrase has no subject before it
  const nominalInPhrase = NOMINAL_IN_PP.test(leftText);
  const casualty = inTrigger || nominalInPhrase ? null : casualtyBefore(text, before, trigger);
  let subject = inTrigger ?? (nominalInPhrase ? null : closestBefore(text, before.filter((a) => a !== casualty), trigger) ?? demonymBefore(text, clause, trigger));
  // "accused the government of using the attack as a pretext": before a back-reference only a doer's verb makes a subject
  if (subject && subject !== inTrigger && ANAPHORIC_LEFT.test(leftText) && !DOER_VERB.test(text.slice(subject.end, trigger.start))) subject = null;
  if (passive) return { agent: byPhrase, patient: inTrigger ? null : subject, other: null };
  const direct = after.find((a) => a !== byPhrase && DIRECT_GAP.test(gap(a))) ?? null;
  const object = direct ?? onPhrase ?? after.find((a) => a !== byPhrase && a.kind !== 'state' && a.kind !== 'nonstate') ?? after.find((a) => a !== byPhrase) ?? null;
  if (casualty) {
    // the building hit stays the target; the people killed are the other party hit
    const agent = byPhrase ?? (subject && subject.end > casualty.end ? subject : null);
    return object?.kind === 'target' ? { agent, patient: object, other: casualty } : { agent, patient: casualty, other: null };
  }
  return { agent: byPhrase ?? subject, patient: subject && object === subject ? null : object, other: null };
}

/** The nearest phrase before the trigger that the text says was killed or hurt ("100 people were killed ... when"). */
function casualtyBefore(text: string, before: ActorPhrase[], trigger: Span): ActorPhrase | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const a = before[i]!;
    if (a.kind !== 'civilian' && a.kind !== 'state' && a.kind !== 'person') continue;
    const between = text.slice(a.end, trigger.start);
    if (between.length > 120) return null;
    if (CASUALTY_BETWEEN.test(between)) return a;
  }
  return null;
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
