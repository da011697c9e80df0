/**
 * The sub-type of the event one clause reports, from its strongest trigger and its
 * context, following ACLED's codebook:
 * - generic violence ("killed", "attacked") is an Armed clash when the side that was hit
 *   is armed (soldiers, a convoy, a base) and an Attack on civilians otherwise;
 * - a protest becomes "with intervention" when police disperse or detain, "excessive force"
 *   when they kill or use live fire, and a Violent demonstration (Riots) when the crowd
 *   itself turns violent;
 * - territory changing hands is "Government regains" when the state takes it back and
 *   "Non-state actor overtakes" otherwise;
 * - "defused a bomb", "intercepted missiles" are Disrupted weapons use, not explosions.
 */
import type { TriggerHit } from './triggers.js';
import { NOT_CONFLICT, type SubType } from './lexicon.js';
import type { RoleFrame } from './roles.js';
import type { ActorPhrase } from './actors.js';

const EXCESSIVE_FORCE = /\b(?:killed|killing|shot dead|live (?:fire|ammunition|rounds|bullets)|opened fire (?:on|at)|gunned down|fired (?:live )?(?:bullets|shots|into the crowd))\b/i;
const INTERVENTION = /\b(?:tear ?gas|water ?cannons?|rubber bullets|batons?|pepper spray|dispers(?:ed|e|ing)|broke up|break up|arrest(?:ed|ing)?|detain(?:ed|ing)?|beat(?:en|ing)?|charged|clashed with (?:police|security)|stun grenades?)\b/i;
const CROWD_VIOLENCE = /\b(?:threw (?:stones|rocks|petrol bombs|molotov cocktails|bricks)|stone[- ]throwing|pelted|torched|set (?:fire to|ablaze)|burn(?:ed|t|ing) (?:tyres|tires|cars|vehicles|shops|buildings)|loot(?:ed|ing)|smash(?:ed|ing)|vandali[sz]ed|stormed|ransacked|rioters?|rioting|riots?)\b/i;
const ARMED_TARGET = /\b(?:convoy|checkpoint|base|outpost|barracks|patrol|police station|military|army|troops|soldiers?|police|officers|militants?|fighters?|rebels?|insurgents?|positions?)\b/i;

export interface Classification {
  main: TriggerHit;
  subType: SubType;
}

/** Sub-type of one clause, or null when it reports no codable event. */
export function classifyClause(clauseText: string, hits: TriggerHit[], frame: (hit: TriggerHit) => RoleFrame): Classification | null {
  const main = pickMain(hits);
  if (!main) return null;
  const entry = main.entry;
  const roles = frame(main);
  switch (entry.family) {
    case 'specific': {
      // demonstrators clashing with police is a riot in ACLED, not a battle
      const crowd = [roles.agent, roles.other, roles.patient].some((a) => a?.kind === 'protester');
      if (entry.subType === 'Armed clash' && crowd) return { main, subType: 'Violent demonstration' };
      const subType = refineSpecific(entry.subType, hits);
      const candidates = subType !== entry.subType ? hits.filter((h) => h.entry.subType === subType) : [];
      const disrupted = candidates.find((h) => /ed$/i.test(h.text)) ?? candidates[0];
      return { main: disrupted ?? main, subType };
    }
    case 'protest':
      return { main, subType: protestSubType(clauseText) };
    case 'riot':
      return { main, subType: entry.subType };
    case 'territory-taken':
    case 'territory-regained':
      return { main, subType: territorySubType(entry.family, roles) };
    case 'violence': {
      if (NOT_CONFLICT.test(clauseText) && !roles.agent) return null;
      return { main, subType: violenceSubType(clauseText, hits, roles) };
    }
  }
}

/** Highest priority among hits that are not anaphoric; anaphoric hits only when nothing else. */
function pickMain(hits: TriggerHit[]): TriggerHit | null {
  const fresh = hits.filter((h) => !h.anaphoric);
  const pool = fresh.length ? fresh : hits;
  let best: TriggerHit | null = null;
  for (const h of pool) if (!best || h.entry.priority > best.entry.priority) best = h;
  return best;
}

function refineSpecific(subType: SubType, hits: TriggerHit[]): SubType {
  const disrupted = hits.find((h) => h.entry.subType === 'Disrupted weapons use');
  if (disrupted && ['Remote explosive/landmine/IED', 'Shelling/artillery/missile attack', 'Air/drone strike', 'Grenade'].includes(subType)) {
    return 'Disrupted weapons use';
  }
  return subType;
}

function protestSubType(clauseText: string): SubType {
  if (CROWD_VIOLENCE.test(clauseText)) return 'Violent demonstration';
  if (EXCESSIVE_FORCE.test(clauseText)) return 'Excessive force against protesters';
  if (INTERVENTION.test(clauseText)) return 'Protest with intervention';
  return 'Peaceful protest';
}

function territorySubType(family: 'territory-taken' | 'territory-regained', roles: RoleFrame): SubType {
  const taker = roles.agent;
  if (taker?.kind === 'state') return 'Government regains territory';
  if (taker) return 'Non-state actor overtakes territory';
  return family === 'territory-regained' ? 'Government regains territory' : 'Non-state actor overtakes territory';
}

function violenceSubType(clauseText: string, hits: TriggerHit[], roles: RoleFrame): SubType {
  if (hits.some((h) => h.entry.subType === 'Armed clash' && !h.anaphoric)) return 'Armed clash';
  const hitSide: ActorPhrase | null = roles.patient ?? roles.other;
  if (hitSide && (hitSide.kind === 'state' || hitSide.kind === 'nonstate')) return 'Armed clash';
  if (hitSide?.kind === 'target' && ARMED_TARGET.test(hitSide.text)) return 'Armed clash';
  if (!hitSide && roles.agent?.kind === 'state' && /\b(?:militants?|rebels?|insurgents?|fighters?)\b/i.test(clauseText)) return 'Armed clash';
  return 'Attack';
}

/** Which sub-types can be the same real event told twice with different words. */
export function compatible(a: SubType, b: SubType): boolean {
  if (a === b) return true;
  const generic: SubType[] = ['Attack', 'Armed clash'];
  const explosive: SubType[] = ['Suicide bomb', 'Remote explosive/landmine/IED', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Grenade', 'Chemical weapon'];
  const protest: SubType[] = ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters', 'Violent demonstration', 'Mob violence'];
  if (generic.includes(a) || generic.includes(b)) return !protest.includes(a) && !protest.includes(b) ? [...generic, ...explosive].includes(a) && [...generic, ...explosive].includes(b) : false;
  if (explosive.includes(a) && explosive.includes(b)) return true;
  return protest.includes(a) && protest.includes(b);
}

/** When two mentions are merged, the more specific sub-type stands ("an explosion" then "a suicide bomber"). */
export function moreSpecific(a: SubType, b: SubType): SubType {
  const rank = (s: SubType): number => {
    const order: SubType[] = ['Attack', 'Armed clash', 'Peaceful protest', 'Remote explosive/landmine/IED', 'Protest with intervention', 'Violent demonstration', 'Excessive force against protesters', 'Shelling/artillery/missile attack', 'Grenade', 'Air/drone strike', 'Suicide bomb', 'Chemical weapon'];
    return order.indexOf(s);
  };
  return rank(b) > rank(a) ? b : a;
}
