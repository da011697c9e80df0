/** Shapes shared by the times rules and the stage that runs them. */
import type { TimeType } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import type { Day } from './calendar.js';
import type { Direction } from './direction.js';

export interface Resolved {
  type: TimeType;
  value: string;
  mod?: string;
  /** The day this expression names, when it names one: later anaphora ("the day before") count from it. */
  day?: Day;
  /** How the value depends on the publication date: 'full' (all of it), 'year' (only the year), absent (not at all). */
  anchored?: 'full' | 'year';
  /**
   * Counted from the last day named ("a year earlier", "the day before"): it does not become
   * the base of the next such expression, else repeated comparisons drift ("a year earlier
   * ... a year earlier" are both the year before the period under discussion).
   */
  fromLast?: boolean;
}

/** A business quarter the text names ("the third quarter", "Q3 1989"). */
export interface Quarter {
  y: number;
  q: number;
}

export interface ResolveContext {
  /** Publication day; a stand-in day when unknown (the values are masked afterwards). */
  anchor: Day;
  /** The last day named before this expression (the anchor at first): the base of "the day before". */
  last: Day;
  /** The day named nearest in the same sentence, if any (and how it depends on publication): the date of a clock time. */
  sentenceDay: { day: Day; anchored?: 'full' | 'year' } | null;
  /**
   * The year of a full date stated earlier in the same sentence, when it is not the
   * publication year: a year-less date in a background passage ("the army moved on
   * November 15, 2017 ... his resignation on November 21") belongs to that year.
   */
  narrativeYear: number | null;
  /**
   * The last quarter named before this expression, if any: in results news "a year ago"
   * and "the year-earlier period" compare with that quarter, and TimeML values them so.
   */
  quarter: Quarter | null;
  direction(): Direction;
}

export type Resolver = (ctx: ResolveContext) => Resolved | null;

export interface Rule {
  name: string;
  /** Global, case-insensitive; the match is the whole extent of the expression. */
  re: RegExp;
  /** Trigger kinds (triggers.ts Kind, or-ed) one of which every match contains: the rule runs only near them. */
  needs: number;
  /** Reads one match; null rejects it (a false friend such as "may" the verb). */
  make(m: RegExpExecArray, doc: Doc): Resolver | null;
}

export interface Candidate {
  start: number;
  end: number;
  rule: string;
  resolve: Resolver;
}

/** Builds a global case-insensitive regex from a template, refusing a match glued to a word character. */
export function rx(source: string): RegExp {
  return new RegExp(`(?<![\\w'’])${source}(?![\\w])`, 'gi');
}

export const startsUpper = (s: string) => s.length > 0 && s[0] !== s[0]!.toLowerCase();
