/**
 * The reading units of the quotes stage: the segmenter's sentences, rejoined where it cut
 * after an abbreviation in brackets, and cut again at line breaks. Shared by the rule
 * engine and the trained tagger so both see the same units (and training sees what the
 * product sees).
 */
import type { Doc, Sentence } from '../../model/document.js';

/**
 * Sentences cut at line breaks: the segmenter does not split on a single newline, and
 * some sources put a headline or a paragraph on each line.
 */
export function* sentenceLines(doc: Doc): Generator<[Sentence, number, number]> {
  for (const sentence of joinedSentences(doc)) {
    let first = sentence.tokenStart;
    for (let k = first + 1; k < sentence.tokenEnd; k++) {
      if (hasNewline(doc.text, doc.tokens[k - 1]!.end, doc.tokens[k]!.start)) {
        yield [sentence, first, k];
        first = k;
      }
    }
    if (first < sentence.tokenEnd) yield [sentence, first, sentence.tokenEnd];
  }
}

/**
 * The segmenter ends a sentence after an abbreviation in brackets ("Sen. David Perdue
 * (R-Ga.) | said ..."): a sentence that opens with a lower-case word on the same line
 * continues the one before.
 */
function joinedSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    const prev = out[out.length - 1];
    const opener = doc.tokens[s.tokenStart];
    // ... and so does one the segmenter started inside brackets: "Rep. G.K. Butterfield (D-N. | C.), head of ..."
    const continues = opener && (/^\p{Ll}/u.test(opener.text) || (prev && unclosedBracket(prev.text)));
    if (prev && continues && !hasNewline(doc.text, prev.end, s.start)) {
      out[out.length - 1] = { ...prev, end: s.end, text: doc.text.slice(prev.start, s.end), tokenEnd: s.tokenEnd };
    } else out.push(s);
  }
  return out;
}

/** More "(" than ")" in a sentence: it was cut inside brackets. */
function unclosedBracket(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

export function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
