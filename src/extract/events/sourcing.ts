/**
 * Fallbacks for who reported an event and who claimed it, read straight from the
 * event's sentences, used only when the claims layer gave nothing for them
 * ("police said", "according to a local official", "Al-Shabaab claimed responsibility").
 */
import type { Entity, Ref, Span } from '../../model/analysis.js';

const REPORTERS =
  "police|officials?|(?:a |the )?spokes(?:man|woman|person)|ministry|(?:the )?military|(?:the )?army|governor|witnesses|residents|sources|authorities|agency|union|report|doctors|medics|hospital staff|health officials|health authorities|emergency services|monitoring group|rights group|church officials|aid workers|local leader|local official|observers|media|state media|state television|news agency";
const SAID_AFTER = new RegExp(
  `((?:(?:the|a|an)\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:${REPORTERS})|(?:[A-Z][\\w'’.-]+\\s+){0,3}[A-Z][\\w'’.-]+)\\s+(?:said|says|told|reported|confirmed|announced|added)\\b`,
  'g',
);
const SAID_INVERTED = new RegExp(`\\b(?:said|says|told|reported)\\s+((?:(?:the|a|an)\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:${REPORTERS}))\\b`, 'gi');
const ACCORDING_TO = /\baccording to\s+((?:(?:the|a|an)\s+)?(?:[\w'’-]+\s*){1,6}?)(?=[,.;]|$|\s+(?:who|which|in|on)\b)/gi;

/** Reporting sources named in the sentences, in order, without duplicates. */
export function reportedBy(text: string, sentences: Span[], entities: Entity[]): Ref[] {
  const out: Ref[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    for (const re of [SAID_AFTER, SAID_INVERTED, ACCORDING_TO]) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const phrase = m[1]!.trim().replace(/^(?:and|but|,)\s+/i, '');
        if (!phrase || /^(?:it|he|she|they|we|i|who|which)$/i.test(phrase)) continue;
        const key = phrase.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const start = s.start + m.index + m[0].indexOf(m[1]!);
        out.push({ text: phrase, entity: entityOver(entities, start, start + m[1]!.length) });
      }
    }
  }
  return out;
}

const CLAIM = /((?:[A-Z][\w'’-]*(?:\s+|-)){0,4}[A-Z][\w'’-]*|(?:the|an?)\s+[\w\s-]{2,40}?)\s+(?:has\s+|have\s+|later\s+|quickly\s+)?(?:claimed (?:responsibility|the (?:attack|bombing|killing|blast))|said (?:it|they) (?:had )?carried out)/;

/** The group the sentences say claimed the event. */
export function claimedIn(text: string, sentences: Span[], entities: Entity[]): Ref | null {
  for (const s of sentences) {
    const m = CLAIM.exec(s.text);
    if (!m) continue;
    const phrase = m[1]!.trim().replace(/\s+(?:today|yesterday|tonight|later|also|again)$/i, '');
    if (/^(?:No|no|None|Nobody)\b/.test(phrase) || !/[a-z]/i.test(phrase)) continue;
    const start = s.start + m.index;
    return { text: phrase, entity: entityOver(entities, start, start + phrase.length) };
  }
  return null;
}

function entityOver(entities: Entity[], start: number, end: number): string | null {
  for (const e of entities) if (e.mentions.some((m) => m.start < end && start < m.end)) return e.id;
  return null;
}

const BLAMED = /\b(?:blamed|accused)\s+((?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:for|of)\b/i;
/** What the blame is for must be the violence ("of carrying out the attack"), not "of using it as a pretext". */
const BLAME_OBJECT =
  /^\s*(?:(?:the|a|an|its|their|this|that|these|those|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|bomb\w*|blasts?|explosions?|killings?|massacres?|murders?|shootings?|strikes?|ambush\w*|abductions?|kidnappings?|raids?|assaults?|violence|shelling|incident|deaths?|mines?|devices?|rockets?|missiles?)|(?:carrying out|carried out|being behind|orchestrating|plotting|planting|staging|launching|ordering|detonating|firing|killing|shooting|attacking|bombing|shelling|abducting|kidnapping|murdering|massacring)|(?:attacks?|bombings?|killings?|violence|massacres?|deaths?)\b)/i;

/** "Officials blamed al-Shabaab for planting the mine": who the article's sources hold responsible. */
export function blamedIn(sentences: Span[], entities: Entity[]): Ref | null {
  for (const s of sentences) {
    const m = BLAMED.exec(s.text);
    if (!m || !BLAME_OBJECT.test(s.text.slice(m.index + m[0].length))) continue;
    const start = s.start + m.index + m[0].indexOf(m[1]!);
    return { text: m[1]!, entity: entityOver(entities, start, start + m[1]!.length) };
  }
  return null;
}
