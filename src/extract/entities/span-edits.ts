/**
 * Small corrections to tagger spans before linking:
 *  - a person's leading titles ("Colonel", "Prime Minister", "Mr") leave the name and become roles;
 *  - a place or group name followed by a facility noun ("Mogadishu port", "Al-Shifa hospital")
 *    grows into a named site (typed FAC later).
 */
import type { Doc } from '../../model/document.js';
import type { NameMention } from './mentions.js';

/** Courtesy forms: cut from the name but not roles. */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'madam', 'dr', 'dr.']);

export const TITLE_WORDS = new Set(
  `president vice prime minister secretary colonel col. col general gen. gen lieutenant lt. lt major maj. maj
  captain capt. capt sergeant sgt. sgt commander cmdr. admiral adm. brigadier brig. marshal field governor gov.
  senator sen. rep. representative ambassador chancellor king queen prince princess sheikh sheik emir mullah
  mufti imam ayatollah bishop archbishop pope cardinal father rev. reverend judge justice mayor chief professor
  prof. speaker commissioner inspector superintendent deputy acting private pvt. corporal cpl. sultan crown
  premier spokesman spokeswoman spokesperson foreign defence defense interior finance`
    .split(/\s+/)
    .filter(Boolean),
);

/** Cut leading titles from a person span; null when nothing but titles was tagged. */
export function splitLeadingTitles(doc: Doc, mention: NameMention): NameMention | null {
  let first = mention.tokenStart;
  const titles: string[] = [];
  while (first < mention.tokenEnd - 1) {
    const word = doc.tokens[first]!.text.toLowerCase();
    if (!TITLE_WORDS.has(word) && !HONORIFICS.has(word)) break;
    if (!HONORIFICS.has(word)) titles.push(doc.tokens[first]!.text);
    first++;
  }
  // a span of titles alone ("President", "Vice President") names nobody
  const last = doc.tokens[mention.tokenEnd - 1]!.text.toLowerCase();
  if (first === mention.tokenEnd - 1 && (TITLE_WORDS.has(last) || HONORIFICS.has(last))) return null;
  if (first === mention.tokenStart) return mention;
  return { ...mention, tokenStart: first, titles: titles.length ? [titles.join(' ')] : [] };
}

/** Facility nouns that, written in lower case right after a name, make it a named site. */
const FACILITY_AFTER_NAME = new Set(
  'port airport harbour harbor hospital prison jail mosque church cathedral refinery dam bridge stadium camp airbase embassy palace'.split(' '),
);

export function extendToFacility(doc: Doc, mention: NameMention): NameMention {
  const next = doc.tokens[mention.tokenEnd];
  const last = doc.tokens[mention.tokenEnd - 1]!;
  if (!next || next.sentence !== last.sentence || !FACILITY_AFTER_NAME.has(next.text)) return mention;
  return { ...mention, tokenEnd: mention.tokenEnd + 1, end: next.end };
}
