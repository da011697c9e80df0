/**
 * Which place-typed entity mentions to trust. The entity tagger also calls "Python",
 * "Lord Mayor" or "University" a location; a mention the gazetteer cannot resolve is kept
 * (with no point) only when it reads like a place, and a single common word only with a
 * locative cue ("in Reading").
 */
import type { Entity, Span } from '../../model/analysis.js';
import type { Gazetteer } from './gazetteer.js';
import { foldName } from './fold.js';
import { LOCATIVE_BEFORE } from './mentions.js';
import { CALENDAR_WORDS, NOT_PLACE_WORDS, FREE_BEFORE, GENERIC_PLACE_WORDS, ORG_HEADS, PLACE_HEADS, STREET_WORDS } from './mention-words.js';

export function plausibleEntityPlace(text: string, span: Span, type: Entity['type'], gaz: Gazetteer, resolvable: boolean): boolean {
  const cued = LOCATIVE_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start));
  // "the Northern District of Texas": a court's district; the place is the one after "of".
  if (/ District$/.test(span.text) && /^ of \p{Lu}/u.test(text.slice(span.end, span.end + 5))) return false;
  const key = foldName(span.text);
  if (!key.includes(' ')) {
    if (CALENDAR_WORDS.has(key) || NOT_PLACE_WORDS.has(key) || ORG_HEADS.has(key) || STREET_WORDS.has(key) || FREE_BEFORE.has(key) || GENERIC_PLACE_WORDS.has(key)) return false;
    if (gaz.commonWords.has(key) && !cued) return false;
  }
  // "The EU said": a union named as an actor (feature code RGNE) needs the wording of a place.
  const cands = gaz.byName.get(key);
  if (!cued && cands?.some((c) => gaz.fc[c] === 'RGNE')) return false;
  if (resolvable) return true;
  if (type === 'FAC' || cued) return true;
  const last = key.split(' ').pop()!;
  return key.includes(' ') && PLACE_HEADS.has(last);
}
