/**
 * Trigger lexicon in ACLED's taxonomy: words and phrases that report an event, each with
 * the sub-type it points to and a priority. When one clause holds several triggers the
 * most specific wins ("a suicide bomber killed 12" is a Suicide bomb, not an Attack),
 * which is how ACLED's codebook resolves overlapping sub-types.
 *
 * Patterns are matched case-insensitively on word boundaries, so upper-case wire text
 * ("SUICIDE BOMBER") works the same as mixed case. Verb patterns list their inflections
 * explicitly (lemma-ish matching without a lemmatiser).
 */
import type { EventType } from '../../model/analysis.js';

export type SubType =
  | 'Armed clash' | 'Government regains territory' | 'Non-state actor overtakes territory'
  | 'Chemical weapon' | 'Air/drone strike' | 'Suicide bomb' | 'Shelling/artillery/missile attack'
  | 'Remote explosive/landmine/IED' | 'Grenade'
  | 'Sexual violence' | 'Attack' | 'Abduction/forced disappearance'
  | 'Peaceful protest' | 'Protest with intervention' | 'Excessive force against protesters'
  | 'Violent demonstration' | 'Mob violence'
  | 'Agreement' | 'Arrests' | 'Change to group/activity' | 'Disrupted weapons use'
  | 'Headquarters or base established' | 'Looting/property destruction'
  | 'Non-violent transfer of territory' | 'Other';

export const TYPE_OF: Record<SubType, EventType> = {
  'Armed clash': 'Battles',
  'Government regains territory': 'Battles',
  'Non-state actor overtakes territory': 'Battles',
  'Chemical weapon': 'Explosions/Remote violence',
  'Air/drone strike': 'Explosions/Remote violence',
  'Suicide bomb': 'Explosions/Remote violence',
  'Shelling/artillery/missile attack': 'Explosions/Remote violence',
  'Remote explosive/landmine/IED': 'Explosions/Remote violence',
  Grenade: 'Explosions/Remote violence',
  'Sexual violence': 'Violence against civilians',
  Attack: 'Violence against civilians',
  'Abduction/forced disappearance': 'Violence against civilians',
  'Peaceful protest': 'Protests',
  'Protest with intervention': 'Protests',
  'Excessive force against protesters': 'Protests',
  'Violent demonstration': 'Riots',
  'Mob violence': 'Riots',
  Agreement: 'Strategic developments',
  Arrests: 'Strategic developments',
  'Change to group/activity': 'Strategic developments',
  'Disrupted weapons use': 'Strategic developments',
  'Headquarters or base established': 'Strategic developments',
  'Looting/property destruction': 'Strategic developments',
  'Non-violent transfer of territory': 'Strategic developments',
  Other: 'Strategic developments',
};

/**
 * What a trigger is. `violence` triggers ("killed", "attacked") carry no sub-type of their
 * own: the classifier decides Attack vs Armed clash from who was hit. `protest` triggers
 * are refined by the clause (tear gas -> intervention, live fire -> excessive force).
 * `territory` triggers are split by whether the taker is the state or not.
 */
export type TriggerFamily = 'specific' | 'violence' | 'protest' | 'riot' | 'territory-taken' | 'territory-regained';

export interface TriggerEntry {
  pattern: string;
  family: TriggerFamily;
  subType: SubType;
  /** Higher wins inside one clause. */
  priority: number;
}

const E = (pattern: string, subType: SubType, priority: number, family: TriggerFamily = 'specific'): TriggerEntry => ({
  pattern,
  family,
  subType,
  priority,
});

export const TRIGGERS: TriggerEntry[] = [
  E('chemical (?:weapons? )?attacks?|chlorine (?:gas|attack|bombs?)|sarin|nerve agents?|mustard gas|poison(?:ous)? gas|toxic gas', 'Chemical weapon', 100),
  E('suicide (?:bomb(?:er|ers|ing|ings)?|attacks?|attackers?|car bomb(?:er|ing)?s?|vests?|blasts?)|blew (?:himself|herself|themselves) up|self-immolat\\w+ bomber|suicide truck bomb', 'Suicide bomb', 95),
  E('air ?strikes?|air-strikes?|air raids?|airstrikes?|drone (?:strikes?|attacks?)|warplanes?|fighter jets?|(?:jets|aircraft|helicopters?|gunships?) (?:bombed|struck|attacked|pounded|hit)|aerial (?:bombardment|attacks?|bombing)|bombing raids?|barrel bombs?', 'Air/drone strike', 90),
  E('grenades?|rocket-propelled grenades?', 'Grenade', 85),
  E('shell(?:ing|ed|s)|artillery|mortars?(?: (?:rounds?|shells?|fire|attacks?))?|rockets?(?: fire| attacks?)?|missiles?(?: strikes?| attacks?)?|howitzers?|bombard(?:ed|ment|ing)|barrages?|ballistic|cruise missiles?|katyusha', 'Shelling/artillery/missile attack', 80),
  E('improvised explosive devices?|ieds?|roadside bombs?|land ?mines?|landmines?|car bombs?|(?:vehicle|truck)[- ]borne|explosive devices?|booby[- ]trap(?:ped)?|bomb (?:blasts?|exploded|explosions?|attacks?|went off)|bombs?|bombings?|bombed|blasts?|explosions?|exploded|detonat(?:ed|ion|ing)|sticky bombs?|dynamite|magnetic bombs?|plant(?:ed|ing) (?:the |a |an )?(?:mines?|bombs?|explosives?|devices?)|(?:set off|stepped on|triggered|detonated) (?:a |an )?(?:land ?)?mines?|explosive charges?|dynamite charges?|(?:by|with) explosives', 'Remote explosive/landmine/IED', 70),
  E('abduct(?:ed|ion|ions|s|ing)?|kidnap(?:ped|ping|pings|s)?|taken hostage|took \\w+ hostage|(?<!\\b(?:hold|holds|holding|held)\\s+(?:the |a |an |its |their |our |his |her )?(?:country|nation|economy|government|state|process|peace process|talks|region|city|parliament|budget|election|people|public|party|debate|negotiations)\\s+)hostages?|forcibly disappeared|enforced disappearances?|forced disappearances?|went missing after', 'Abduction/forced disappearance', 75),
  E('rap(?:ed|e|es|ing)|sexual(?:ly)? (?:violence|assault(?:ed)?|abuse[d]?)|gang-rap(?:ed|e)', 'Sexual violence', 75),
  E('mobs?|lynch(?:ed|ing|ings)?|vigilantes?|mob justice', 'Mob violence', 60, 'riot'),
  E('riot(?:s|ing|ers)?|rioted|stone[- ]throwing|threw stones|pelted|torched (?:cars|vehicles|shops|tyres)', 'Violent demonstration', 58, 'riot'),
  E('protest(?:s|ed|ing|ers|ors)?|demonstrat(?:ions?|ors?)|demonstrat(?:ed|ing) (?:against|outside|in front of|near|in support of|for|in)|rall(?:y|ies|ied)|marche[ds]|marching|sit-ins?|picket(?:s|ed)?|vigils?|walkouts?|took to the streets|general strike|strik(?:e|es|ing) workers|hunger strikes?', 'Peaceful protest', 50, 'protest'),
  E('recaptur(?:ed|e|es|ing)|retook|retaken|regain(?:ed|s)? (?:control|territory)|liberat(?:ed|ion of)|reclaimed|wrested (?:back )?control', 'Government regains territory', 68, 'territory-regained'),
  E('seiz(?:ed|es|e) control|took control|taken control|overran|overrun|captur(?:ed|es) (?:the )?(?:town|city|village|district|base|area|territory|province|region)|fell to(?! (?:the )?(?:ground|floor|earth|death|pieces|his|her|their|its)\\b)|seized (?:the )?(?:town|city|village|district|base|area|territory)|gained control|advanced into', 'Non-state actor overtakes territory', 66, 'territory-taken'),
  E('clash(?:es|ed)?|fighting|fought|battles?|battled|gun ?battles?|gunfights?|firefights?|fire ?fights?|exchange(?:d)? (?:of )?fire|skirmish(?:es)?|offensive(?=\\s*(?:against|on|in|to|by|into|near|around|,|\\.|$))|engag(?:ed|ement) (?:with|in)|crossfire|shootout', 'Armed clash', 55),
  E('ambush(?:ed|es)?|attack(?:s|ed|ing)?|assault(?:s|ed)?|stormed|kill(?:ed|ing|ings|s)?|shot dead|gunned down|shot|shooting|opened fire|massacre[ds]?|murder(?:ed|s)?|assassinat(?:ed|ion)|beheaded|executed|stabb(?:ed|ing)|hacked to death|shot to death|stabbed to death|slaying|slain|burned alive|slaughtered|tortured|beat(?:en)? to death', 'Attack', 40, 'violence'),
  E('arrest(?:s|ed|ing)?|detain(?:ed|s|ing)?|detention|apprehend(?:ed|s)|taken into custody|rounded up|nabbed', 'Arrests', 35),
  E('(?:signed|agreed|reached|struck|announced|brokered) (?:a |an |the )?(?:\\w+ ){0,2}(?:ceasefire|cease-fire|truce|peace deal|peace agreement|peace accord)|agreed (?:a |to a )?(?:ceasefire|truce)', 'Agreement', 88),
  E('ceasefires?|cease-fires?|truce|peace (?:deal|agreement|accord|pact)|prisoner (?:swap|exchange)|armistice|deal to end (?:the )?(?:fighting|war|conflict)', 'Agreement', 30),
  E('defus(?:ed|ing)|intercept(?:ed|s)|shot down|weapons? caches?|arms caches?|seized (?:weapons|arms|explosives|ammunition)|disarmed|bomb disposal|dismantled (?:a |an )?(?:bomb|explosive)|found (?:a |an )?(?:bomb|explosive device)', 'Disrupted weapons use', 45),
  E('(?:set up|established|opened|built) (?:a |an |its |their )?(?:[\\w-]+ ){0,3}?(?:base|headquarters|outpost|camp)', 'Headquarters or base established', 32),
  E('loot(?:ed|ing)|ransack(?:ed|ing)|set (?:fire to|ablaze)|torched|burn(?:ed|t) down|razed|demolish(?:ed)?|vandali[sz]ed|destroyed (?:homes|houses|property|shops|buildings)', 'Looting/property destruction', 38),
  E('withdr(?:ew|awn|awal) (?:from|of)|pulled out of|handed (?:over )?control|handover of|transferred control|hand(?:ed)? over (?:the )?(?:town|city|base|territory)', 'Non-violent transfer of territory', 33),
  E('merg(?:ed|er|ing)|split from|pledged allegiance|defected|new leader|named (?:a )?new (?:leader|commander)|announced (?:its|their) dissolution|disbanded|laid down (?:their|its) (?:arms|weapons)|recruit(?:ed|ment|ing)|formed a new (?:group|alliance|coalition)|joined forces', 'Change to group/activity', 28),
  E('curfews?|state of emergency|martial law|internet (?:shutdown|blackout)', 'Other', 20),
];

/** Definite general nouns that refer back to an event already told ("the attack", "the blast"). */
export const ANAPHORIC = /^(?:the|this|that|these|those|first|second|third|twin|both|same|latest|deadly|[\w-]+'s|[\w-]+’s)\s*$/i;

/** Words before a trigger that make it unreal for coding: future, intention, hypothesis. */
export const IRREALIS =
  /\b(?:will|would|could|might|may|plans? to|planned to|planning to|threaten(?:ed|s|ing)? to|vow(?:ed|s)? to|call(?:ed|s|ing)? for|warn(?:ed|s|ing)? (?:of|against)|fears? of|fear(?:ed)? (?:a|an|more)|prevent(?:ed|ing)?|to avoid|risk of|in case of|calls? for an end to|condemn(?:ed|s)?(?: the)?(?: use of)?|urge[ds]?(?: an?)?|possible|potential|no(?: new)?|without(?: a| any)?|ending|ended|end(?:ing)? to|put an end to)\s+(?:\w+\s+){0,2}$/i;

/** Words right before a trigger that make it figurative: "custody battle", "water bombing", "a shot at the title". */
export const FIGURATIVE =
  /\b(?:custody|legal|court|courtroom|political|uphill|electoral|election|verbal|ratings|water|price|trade|culture|charm|media|public relations|pr|booster|flu|photo|mug|campaign|market|stock)\s+$/i;
/** "a shot", "his best shot": the noun, not the verb. */
export const SHOT_NOUN = /\b(?:a|the|his|her|their|its|my|our|your|best|good|long|big|first|parting)\s+$/i;

/** Non-political deaths and damage: ACLED codes none of these. */
export const NOT_CONFLICT =
  /\b(?:accident|crash(?:ed|es)?|collision|earthquake|flood(?:s|ing)?|landslide|storm|cyclone|hurricane|typhoon|tornado|wildfire|bushfire|fire broke out|blaze|drown(?:ed|ing)|overdose|covid|coronavirus|pandemic|disease|outbreak|heatwave|avalanche|collapsed|stampede|derail(?:ed|ment)|gas leak|lightning|volcan\w+|tsunami|cancer|heart attack|natural causes|gas explosion|(?:a|the|another|second|large|massive|huge|deadly) (?:\w+ )?fire)\b/i;

/** Words that put an article in conflict territory even when it also mentions a fire or a crash. */
export const CONFLICT_CUE =
  /\b(?:attack(?:s|ed|er|ers)?|bomb(?:s|ed|er|ers|ing)?|militants?|gunm[ae]n|shot|shooting|stabb(?:ed|ing)|air ?strikes?|shell(?:ed|ing)|protest(?:s|ers)?|riot(?:s|ers)?|clash(?:es|ed)?|rebels?|insurgents?|troops|terror(?:ist|ism)?|kidnapp?(?:ed|ing)|explosive devices?|grenades?|missiles?|rockets?|suicide|violen(?:ce|t)|gunfire|gunshots?|fighting|unrest|raid(?:s|ed)?|ambush(?:ed)?|massacre|killings|armed|militia|army|soldiers|police|war)\b/i;

/** Arrests for ordinary crime: ACLED codes only politically relevant arrests. */
export const CRIMINAL_ARREST =
  /\b(?:theft|burglary|robbery|fraud|drugs?|narcotics|cocaine|heroin|smuggling|drunk|shoplifting|stolen|embezzlement|bribery|tax evasion|speeding|poaching|trafficking|child (?:porn\w*|sexual abuse)|pornography)\b/i;
