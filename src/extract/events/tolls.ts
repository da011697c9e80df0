/**
 * A war's running toll ("two years after a war broke out that has killed tens of thousands",
 * "the insurgency, which has killed more than 40,000 people since 2009") sums years of
 * events: no coder records it as one event, and its figure is no single event's count.
 * The span from the war noun to the end of the clause is left out of event finding.
 */
import type { Span } from '../../model/analysis.js';

const TOLL =
  /\b(?:war|wars|conflict|insurgency|rebellion|uprising|crisis|genocide|civil strife)\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:(?:so far|now|already|reportedly|also|since)\s+)*(?:killed|claimed|left|cost)\b/gi;

/** Spans of running war tolls inside text[from, to). */
export function warTolls(text: string, from: number, to: number): Span[] {
  const slice = text.slice(from, to);
  const out: Span[] = [];
  TOLL.lastIndex = 0;
  for (let m = TOLL.exec(slice); m; m = TOLL.exec(slice)) {
    const start = from + m.index;
    out.push({ start, end: to, text: text.slice(start, to) });
    break; // the toll runs to the clause's end: nothing after it is the clause's own event
  }
  return out;
}

export function insideAny(spans: Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}
