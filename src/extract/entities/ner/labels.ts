/**
 * Entity labels and the BILOU tag set the tagger decodes over, with conversions between
 * tag sequences (IOB1, IOB2, BILOU) and token spans.
 */
export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const NER_LABELS: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** A span of tokens [start, end) within one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
  label: NerLabel;
}

/** BILOU positions; tag index = 0 for O, else 1 + 4 * labelIndex + position. */
export const enum Pos {
  B = 0,
  I = 1,
  L = 2,
  U = 3,
}
export const TAG_COUNT = 1 + 4 * NER_LABELS.length;
export const O_TAG = 0;

export function tagOf(label: NerLabel, pos: Pos): number {
  return 1 + 4 * NER_LABELS.indexOf(label) + pos;
}
export function labelOfTag(tag: number): NerLabel | null {
  return tag === O_TAG ? null : NER_LABELS[(tag - 1) >> 2]!;
}
export function posOfTag(tag: number): Pos {
  return ((tag - 1) & 3) as Pos;
}
export function tagName(tag: number): string {
  return tag === O_TAG ? 'O' : `${'BILU'[posOfTag(tag)]}-${labelOfTag(tag)}`;
}

/** May `next` follow `prev` in a BILOU sequence? prev = -1 means sentence start. */
export function allowedTransition(prev: number, next: number): boolean {
  const inside = prev > 0 && (posOfTag(prev) === Pos.B || posOfTag(prev) === Pos.I);
  if (inside) {
    const p = posOfTag(next);
    return next !== O_TAG && labelOfTag(next) === labelOfTag(prev) && (p === Pos.I || p === Pos.L);
  }
  return next === O_TAG || posOfTag(next) === Pos.B || posOfTag(next) === Pos.U;
}
/** May a sentence end after `last`? */
export function allowedEnd(last: number): boolean {
  return last === O_TAG || posOfTag(last) === Pos.L || posOfTag(last) === Pos.U;
}

/** BILOU tags for a sentence of `length` tokens holding non-overlapping `spans`. */
export function bilouFromSpans(length: number, spans: TokenSpan[]): number[] {
  const tags = new Array<number>(length).fill(O_TAG);
  for (const { start, end, label } of spans) {
    if (end - start === 1) tags[start] = tagOf(label, Pos.U);
    else {
      for (let i = start; i < end; i++) tags[i] = tagOf(label, i === start ? Pos.B : i === end - 1 ? Pos.L : Pos.I);
    }
  }
  return tags;
}

/** Spans from a BILOU tag sequence (assumed valid, as the constrained decoder produces). */
export function spansFromBilou(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (tag === O_TAG) continue;
    const pos = posOfTag(tag);
    if (pos === Pos.U) spans.push({ start: i, end: i + 1, label: labelOfTag(tag)! });
    else if (pos === Pos.B) start = i;
    else if (pos === Pos.L && start >= 0) {
      spans.push({ start, end: i + 1, label: labelOfTag(tag)! });
      start = -1;
    }
  }
  return spans;
}

/**
 * Chunks from IOB tag strings with conlleval's rules, so IOB1 (CoNLL-2003: I- opens a chunk
 * unless it continues one of the same type) and IOB2 (B- always opens) both read right.
 * Tags whose type is not a NerLabel are mapped by `mapType` or dropped (null).
 */
export function spansFromIob(tags: string[], mapType: (t: string) => NerLabel | null = asNerLabel): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag === 'O' ? 'O' : tag.slice(0, 1);
    const type = tag === 'O' ? null : tag.slice(2);
    const continues = open !== null && prefix === 'I' && type !== null && mapType(type) === open.label;
    if (open && !continues) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (!open && type !== null) {
      const label = mapType(type);
      if (label) open = { start: i, end: i + 1, label };
    }
  }
  return spans;
}

export function asNerLabel(type: string): NerLabel | null {
  return (NER_LABELS as readonly string[]).includes(type) ? (type as NerLabel) : null;
}
