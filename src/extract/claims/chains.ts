/**
 * Chains of cited sources: "X reported, citing Y and Z" -> X, then Y and Z;
 * "Al Jazeera, quoting a hospital director, said ..." -> Al Jazeera, a hospital director.
 * The cited list is read from the words after "citing"/"quoting" up to the content.
 */
import type { Entity, Ref, Span } from '../../model/analysis.js';

const CITING = /\b(?:citing|quoting)\s+/gi;
/** Where a citation list ends: the content's "that", the cue after an inserted citation, or the sentence's end. */
const LIST_END = /,\s*(?:that|said|says|reported|reports|told|wrote|added)\b|\s+that\s|,\s*(?:but|and)\s+(?:the|a|an)\b|[.;:]\s*$|,?\s*$/;

/** The cited sources named in `sentence`, outside `content`, in order. */
export function citedSources(text: string, sentence: Span, content: Span): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of sentence.text.matchAll(CITING)) {
    const from = sentence.start + m.index! + m[0].length;
    if (from > content.start && from < content.end) continue; // a citation inside the quoted content
    const rest = text.slice(from, from > content.start ? sentence.end : Math.min(sentence.end, Math.max(content.start, from)));
    const stop = LIST_END.exec(rest);
    const list = rest.slice(0, stop ? stop.index : rest.length);
    out.push(...splitList(list, from));
  }
  return out;
}

/** "two diplomats, a UN document and people familiar with the talks" -> three ranges. */
function splitList(list: string, offset: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const sep = /,\s*(?:and\s+)?|\s+and\s+/g;
  let last = 0;
  const push = (a: number, b: number) => {
    const piece = list.slice(a, b);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) out.push({ start: offset + a + lead, end: offset + a + lead + trimmed.length });
  };
  for (const m of list.matchAll(sep)) {
    push(last, m.index!);
    last = m.index! + m[0].length;
  }
  push(last, list.length);
  return out;
}

/** A Ref for a source range, linked to the entity whose mention overlaps it most. */
export function refOf(text: string, range: { start: number; end: number }, entities: Entity[]): Ref {
  let best: Entity | null = null;
  let bestOverlap = 0;
  for (const e of entities) {
    for (const m of e.mentions) {
      const overlap = Math.min(range.end, m.end) - Math.max(range.start, m.start);
      if (overlap > bestOverlap) {
        best = e;
        bestOverlap = overlap;
      }
    }
  }
  return { text: text.slice(range.start, range.end), entity: best?.id ?? null };
}
