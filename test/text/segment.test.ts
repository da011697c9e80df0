import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, splitParagraphs } from '../../src/text/segment.js';

/** A deterministic pseudo-random generator so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const PIECES = ['Kyiv', '’s', 'said', '“Hello,”', 'U.S.', 'p.m.', '3.5%', '$40m', '—', 'e-mail', 'naïve', 'Jalālābād', '😀', '\u00a0', ' ', '  ', '\n', '\n\n', '.', '!', '?', '(AFP)', 'https://x.com/a?b=1', '#tag', '@user', "won't", 'Dr.', 'al-Sham', '"', "'", '…', 'NAIROBI,', '12', 'killed'];

test('token, sentence and paragraph offsets always slice back to their text', () => {
  const next = rng(42);
  for (let round = 0; round < 300; round++) {
    const n = 1 + Math.floor(next() * 60);
    let text = '';
    for (let i = 0; i < n; i++) text += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.7 ? ' ' : '');
    const seg = segment(text);
    for (const span of [...seg.paragraphs, ...seg.sentences, ...seg.tokens]) {
      assert.equal(text.slice(span.start, span.end), span.text, `round ${round}: ${JSON.stringify(text)}`);
    }
    // tokens are ordered, disjoint, and the gaps between them hold only whitespace
    let at = 0;
    for (const t of seg.tokens) {
      assert.ok(t.start >= at, `overlapping tokens in ${JSON.stringify(text)}`);
      at = t.end;
    }
    const rebuilt = seg.tokens.map((t) => t.text).join('');
    assert.equal(rebuilt.replace(/\s/g, ''), text.replace(/\s/g, ''), `lossless in ${JSON.stringify(text)}`);
  }
});

test('sentences point at their tokens and paragraphs', () => {
  const text = 'NAIROBI, March 3 (Reuters) - At least 40 people were killed.\n\nDr. Smith said “it’s bad.” He left at 3 p.m. on Sunday.';
  const seg = segment(text);
  assert.deepEqual(seg.paragraphs.map((p) => p.start), [0, text.indexOf('Dr.')]);
  assert.equal(seg.sentences.length, 3);
  assert.equal(seg.sentences[1]!.text, 'Dr. Smith said “it’s bad.”');
  assert.equal(seg.sentences[2]!.paragraph, 1);
  for (const [i, s] of seg.sentences.entries()) {
    const toks = seg.tokens.slice(s.tokenStart, s.tokenEnd);
    assert.equal(toks[0]!.start, s.start);
    assert.equal(toks.at(-1)!.end, s.end);
    assert.ok(toks.every((t) => t.sentence === i));
  }
});

test('paragraphs split on blank lines, trimmed', () => {
  assert.deepEqual(splitParagraphs('  a b \n\n\n c\n \nd  ').map((p) => p.text), ['a b', 'c', 'd']);
});

test('words with letters the tokenizer does not know stay one token', () => {
  const text = 'Jalālābād, Gdańsk and Ağrı; Brudziński met al-Sham.';
  const words = segment(text).tokens.map((t) => t.text);
  for (const w of ['Jalālābād', 'Gdańsk', 'Ağrı', 'Brudziński']) assert.ok(words.includes(w), `${w} in ${words.join('|')}`);
  assert.deepEqual(words.slice(-4), ['al', '-', 'Sham', '.'], 'hyphens still split: stages rejoin names themselves');
});

const sentenceTexts = (text: string): string[] => segment(text).sentences.map((s) => s.text);

test('a parenthesised party-and-state label does not end the sentence', () => {
  assert.deepEqual(sentenceTexts('Sen. Mara Quill (R-Ga.) said the levee bill would pass. Others doubted it.'), [
    'Sen. Mara Quill (R-Ga.) said the levee bill would pass.',
    'Others doubted it.',
  ]);
  assert.deepEqual(sentenceTexts('Rep. Tom Arlen (D-Minn.) and Rep. Ada Voss (D-Mich.) voted against the plan.'), [
    'Rep. Tom Arlen (D-Minn.) and Rep. Ada Voss (D-Mich.) voted against the plan.',
  ]);
  assert.deepEqual(sentenceTexts('Gov. Lena Park (R-Tex.), who signed the order, left early.'), ['Gov. Lena Park (R-Tex.), who signed the order, left early.']);
});

test('a sentence that really ends after a parenthesis still ends there', () => {
  assert.deepEqual(sentenceTexts('The convoy turned back at the bridge (see map.) Then it rained for a week.'), [
    'The convoy turned back at the bridge (see map.)',
    'Then it rained for a week.',
  ]);
  assert.deepEqual(sentenceTexts('He met Sen. Quill (R-Ga.). Then he left.'), ['He met Sen. Quill (R-Ga.).', 'Then he left.']);
});

test('no sentence crosses a paragraph break, and token sentence indices match the sentences', () => {
  const text = 'The first paragraph ends with a label (Ga.)\n\nlower-case words open the second one. Another sentence follows.';
  const seg = segment(text);
  for (const s of seg.sentences) {
    const para = seg.paragraphs[s.paragraph]!;
    assert.ok(s.start >= para.start && s.end <= para.end, s.text);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) assert.equal(seg.tokens[i]!.sentence, seg.sentences.indexOf(s));
  }
  assert.equal(seg.sentences[0]!.text, 'The first paragraph ends with a label (Ga.)');
});

test('empty and whitespace-only text give no spans', () => {
  for (const text of ['', '  \n\n \t']) assert.deepEqual(segment(text), { paragraphs: [], sentences: [], tokens: [] });
});
