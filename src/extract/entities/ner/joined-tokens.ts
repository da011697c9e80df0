/**
 * Tagging tokens that carry character offsets. The segmenter (wink-nlp) splits hyphenated
 * words ("al-Sham" -> "al", "-", "Sham") where CoNLL-2003, our training text, keeps them
 * whole; tokens joined with no whitespace around a hyphen are merged back before tagging and
 * the spans mapped back onto the caller's tokens, so a name never starts or ends inside one.
 */
import type { NerSpan } from './tagger.js';

export interface OffsetToken {
  text: string;
  start: number;
  end: number;
}

const HYPHEN = /^[-\u2010\u2011]$/;
/**
 * "Britain-based", "Saudi-led", "Russian-backed": CoNLL tags the joined word MISC, but for us the
 * name before the hyphen is the entity (a place, a state), so a modifier suffix stays apart.
 */
const MODIFIER_SUFFIX = /^(?:based|led|backed|born|run|owned|funded|linked|aligned|allied|affiliated|controlled|held|made|style|era|registered|flagged|bound|speaking|majority)$/;

/** Merged token texts and, for each merged token, the first original token index (plus a final end). */
export function mergeHyphenated(tokens: OffsetToken[]): { texts: string[]; firsts: number[] } {
  const texts: string[] = [];
  const firsts: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const attaches = (x: OffsetToken | undefined, y: OffsetToken | undefined) => !!x && !!y && x.end === y.start;
    const joinsHyphen = HYPHEN.test(t.text) && attaches(prev, t) && attaches(t, next) && texts.length > 0 && !MODIFIER_SUFFIX.test(next!.text);
    const afterJoinedHyphen = i >= 2 && HYPHEN.test(prev!.text) && attaches(tokens[i - 2], prev) && attaches(prev, t) && texts.length > 0 && firsts[firsts.length - 1]! <= i - 2;
    if (joinsHyphen || afterJoinedHyphen) texts[texts.length - 1] += t.text;
    else {
      texts.push(t.text);
      firsts.push(i);
    }
  }
  firsts.push(tokens.length);
  return { texts, firsts };
}

/** Tag sentences of offset tokens with `tag` (e.g. tagSentences), returning spans over the original tokens. */
export function tagWithOffsets(sentences: OffsetToken[][], tag: (sentences: string[][]) => NerSpan[]): NerSpan[] {
  const merged = sentences.map(mergeHyphenated);
  return tag(merged.map((m) => m.texts)).map((span) => {
    const firsts = merged[span.sentence]!.firsts;
    return { ...span, start: firsts[span.start]!, end: firsts[span.end]! };
  });
}
