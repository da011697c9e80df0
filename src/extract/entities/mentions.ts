/**
 * Name mentions of one document: the tagger's spans, reconciled with the actor KB's
 * matches. The KB links spans to actors and adds the names the tagger missed (armed groups
 * it never saw in training); a KB match that covers several tagger spans replaces them
 * ("Islamic State West Africa Province" rather than ORG "Islamic State" + LOC "West Africa").
 */
import type { EntityType } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import { actorById, findActorMentions, type ActorMention } from './actors.js';
import type { NerSpan } from './ner/index.js';
import { contractType, type TaggerLabel } from './types.js';
import { splitLeadingTitles, extendToFacility } from './span-edits.js';

export type Tagger = (sentences: string[][]) => NerSpan[];

export interface NameMention {
  start: number;
  end: number;
  /** Doc token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  label: TaggerLabel | null;
  type: EntityType;
  actor: string | null;
  /** Titles cut from the front of a person's span ("Colonel", "President"). */
  titles: string[];
}

/** KB-only matches of these kinds are too often ordinary words or people's names to trust alone. */
const UNTRUSTED_ALONE = new Set(['business', 'other']);

export function nameMentions(doc: Doc, tagger: Tagger): NameMention[] {
  const tagged = taggedMentions(doc, tagger);
  const kb = findActorMentions(doc);
  return reconcile(doc, tagged, kb);
}

const LETTER = /\p{L}/u;
const EDGE_JUNK = /^[^\p{L}\p{N}]+$/u;
/** Lower-case function words never open a name ("of London Sadiq Khan"). */
const LEADING_FUNCTION_WORD = /^(of|the|and|or|in|on|at|for|to|from|by|with|a|an)$/;

/** Tagger spans never start or end on bare punctuation ("-Numan", "Rights.") nor open on "of"/"the", and a name has letters ("1,000" is not). */
function trimEdges(doc: Doc, m: NameMention): NameMention | null {
  let { tokenStart, tokenEnd } = m;
  while (tokenStart < tokenEnd && (EDGE_JUNK.test(doc.tokens[tokenStart]!.text) || LEADING_FUNCTION_WORD.test(doc.tokens[tokenStart]!.text))) tokenStart++;
  while (tokenEnd > tokenStart && EDGE_JUNK.test(doc.tokens[tokenEnd - 1]!.text)) tokenEnd--;
  if (tokenStart === tokenEnd || !doc.tokens.slice(tokenStart, tokenEnd).some((t) => LETTER.test(t.text))) return null;
  return { ...m, tokenStart, tokenEnd };
}

/** Our curated entries have bare ids; the bulk sources' ids carry their prefix. */
export function isCuratedActor(actor: string): boolean {
  return !/^(phx|ucdp|ofac):/.test(actor);
}

/** A person span the KB may overrule: one of our curated groups, named in several words or capitals ("Wagner" may be a surname). */
/** "Kyiv's Zelensky" tagged as one person: the person is what follows the possessive. */
function afterPossessive(doc: Doc, m: NameMention): NameMention {
  for (let i = m.tokenEnd - 2; i > m.tokenStart; i--) {
    if (POSSESSIVE.test(doc.tokens[i]!.text)) return { ...m, tokenStart: i + 1 };
  }
  return m;
}

const POSSESSIVE = /^['’]s$/;

function curatedGroupName(k: ActorMention): boolean {
  const kind = actorById(k.actor)?.kind ?? 'other';
  const manyWords = k.tokenEnd - k.tokenStart > 1 || /^\p{Lu}+$/u.test(k.text);
  return isCuratedActor(k.actor) && kind !== 'state' && kind !== 'government' && manyWords;
}

function taggedMentions(doc: Doc, tagger: Tagger): NameMention[] {
  const sentences = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  const out: NameMention[] = [];
  for (const span of tagger(sentences)) {
    const sentence = doc.sentences[span.sentence];
    if (!sentence) continue;
    let mention: NameMention | null = {
      start: 0,
      end: 0,
      tokenStart: sentence.tokenStart + span.start,
      tokenEnd: sentence.tokenStart + span.end,
      label: span.label,
      type: 'MISC',
      actor: null,
      titles: [],
    };
    mention = trimEdges(doc, mention);
    if (mention && span.label === 'PER') mention = afterPossessive(doc, mention);
    if (mention && span.label === 'PER') mention = splitLeadingTitles(doc, mention);
    if (!mention) continue;
    mention.start = doc.tokens[mention.tokenStart]!.start;
    mention.end = doc.tokens[mention.tokenEnd - 1]!.end;
    // "Mogadishu port", "Al-Shifa hospital": places and organisations grow into sites; "Pentecostal church" does not
    if (span.label === 'LOC' || span.label === 'ORG') mention = extendToFacility(doc, mention);
    out.push(mention);
  }
  return out;
}

function reconcile(doc: Doc, tagged: NameMention[], kb: ActorMention[]): NameMention[] {
  const kept: NameMention[] = [];
  const consumed = new Set<ActorMention>();
  for (const t of tagged) {
    let dropped = false;
    for (const k of kb) {
      if (k.end <= t.start || k.start >= t.end) continue;
      const inside = k.start >= t.start && k.end <= t.end;
      if (inside) {
        // link only when the KB name is the whole span ("New Mexico" is not Mexico), a
        // person span only when it is exactly one of our curated groups ("IS Sahel" tagged PER)
        if (k.start === t.start && k.end === t.end && (t.label !== 'PER' || curatedGroupName(k))) {
          t.actor = k.actor;
          if (t.label === 'PER') t.label = 'ORG';
        }
        consumed.add(k);
      } else if (k.end - k.start > t.end - t.start) {
        dropped = true; // the KB's longer name replaces this span
      } else {
        consumed.add(k);
      }
    }
    if (!dropped) kept.push(t);
  }
  for (const k of kb) {
    if (consumed.has(k) || UNTRUSTED_ALONE.has(actorById(k.actor)?.kind ?? 'other')) continue;
    // a bulk-source acronym the tagger did not see as a name is too ambiguous to stand alone ("AN")
    if (!isCuratedActor(k.actor) && /^[A-Z0-9.&/-]{1,8}$/.test(k.text)) continue;
    if (kept.some((t) => k.start < t.end && t.start < k.end)) continue;
    const covered = tagged.find((t) => t.start >= k.start && t.end <= k.end);
    const label = covered ? (covered.label === 'PER' ? 'ORG' : covered.label) : null;
    kept.push({ start: k.start, end: k.end, tokenStart: k.tokenStart, tokenEnd: k.tokenEnd, label, type: 'ORG', actor: k.actor, titles: [] });
  }
  for (const m of kept) {
    const kind = m.actor ? (actorById(m.actor)?.kind ?? null) : null;
    m.type = contractType(doc.text.slice(m.start, m.end), m.label, kind);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
