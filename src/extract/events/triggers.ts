/**
 * Trigger hits and clauses. A sentence is cut into clauses where a background cue
 * starts ("two weeks after a bombing ...", "... last year"), because a careful coder
 * records the background event separately and never gives it the main event's date.
 */
import type { Span } from '../../model/analysis.js';
import { spanOf } from '../../model/document.js';
import { ANAPHORIC, FIGURATIVE, IRREALIS, SHOT_NOUN, TRIGGERS, type TriggerEntry } from './lexicon.js';

export interface TriggerHit extends Span {
  entry: TriggerEntry;
  /** "the attack", "the blast": refers back to an event already told. */
  anaphoric: boolean;
}

export interface Clause extends Span {
  sentence: number;
  background: boolean;
}

const COMPILED = TRIGGERS.map((entry) => ({ entry, re: new RegExp(`\\b(?:${entry.pattern})\\b`, 'gi') }));
/** One pass over the text first: most clauses hold no trigger at all (speed). */
const ANY_TRIGGER = new RegExp(`\\b(?:${TRIGGERS.map((e) => e.pattern).join('|')})\\b`, 'i');

/** Trigger hits inside text[from, to), longest first when two overlap, irrealis ones dropped. */
export function findTriggers(text: string, from: number, to: number): TriggerHit[] {
  const slice = text.slice(from, to);
  if (!ANY_TRIGGER.test(slice)) return [];
  const hits: TriggerHit[] = [];
  for (const { entry, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = from + m.index;
      const before = text.slice(Math.max(from, start - 40), start);
      if (IRREALIS.test(before)) continue;
      if (/^(?:battle|shot|bomb|bombing|fight|fighting|attack|war|rall(?:y|ie))s?$/i.test(m[0]) && FIGURATIVE.test(before)) continue;
      if (/^shot$/i.test(m[0]) && SHOT_NOUN.test(before)) continue;
      // "Rocket Raccoon", "Operation Protest": a capitalised trigger inside mixed-case text, not at a sentence start, is a name
      if (/^[A-Z][a-z]/.test(m[0]) && /[a-z]/.test(slice) && /[a-z,]\s+$/.test(before)) continue;
      const lastWord = /(\S+(?:\s+\S+)?)\s*$/.exec(before)?.[1] ?? '';
      const anaphoric = ANAPHORIC.test(lastWord.split(/\s+/).pop() ?? '') || /^(?:the|this|that) (?:deadly|latest|twin|double|recent)$/i.test(lastWord);
      hits.push({ ...spanOf(text, start, start + m[0].length), entry, anaphoric });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h, i) => !hits.slice(0, i).some((o) => o.start <= h.start && o.end >= h.end && o !== h));
}

const BACKGROUND_START =
  /\b(?:(?:\w+|a|an)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|since)|(?:comes?|came)\s+(?:just\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?)?\s*after|(?:the )?latest in a (?:series|string|spate|wave) of|since (?:a|an|the)\b|similar to|previous(?:ly)?|recalling|anniversary of|remember(?:ed|ing)? the)\b/gi;
const BACKGROUND_TAIL = /\b(?:last (?:year|month)|earlier this (?:year|month)|in (?:19|20)\d\d|(?:two|three|four|five|six|several|many) (?:years|months) ago|a (?:year|month) ago)\b/i;

/** Cut a sentence into clauses; the part after a background cue is marked background. */
export function clausesOf(text: string, sentence: Span, index: number): Clause[] {
  const body = sentence.text;
  let cut = -1;
  BACKGROUND_START.lastIndex = 0;
  const m = BACKGROUND_START.exec(body);
  if (m && m.index > 0) cut = m.index;
  if (cut < 0) {
    const whole = { ...spanOf(text, sentence.start, sentence.end), sentence: index, background: false };
    // "Gunmen killed 30 people in the same village last year." is background as a whole
    whole.background = BACKGROUND_TAIL.test(body);
    return [whole];
  }
  const mid = sentence.start + cut;
  return [
    { ...spanOf(text, sentence.start, mid), sentence: index, background: false },
    { ...spanOf(text, mid, sentence.end), sentence: index, background: true },
  ];
}
