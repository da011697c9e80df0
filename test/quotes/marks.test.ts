import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuoteRegions } from '../../src/extract/quotes/marks.js';
import { splitParagraphs } from '../../src/text/segment.js';

const regions = (text: string) => findQuoteRegions(text, splitParagraphs(text)).map((r) => text.slice(r.start, r.end));

test('curly, straight, guillemet and two-apostrophe quotes are all found', () => {
  assert.deepEqual(regions('He said “we stay” and then "we go".'), ['“we stay”', '"we go"']);
  assert.deepEqual(regions('Elle a dit «nous restons» hier.'), ['«nous restons»']);
  assert.deepEqual(regions("''It may work,'' he said."), ["''It may work,''"]);
});

test('apostrophes are not quotation marks, single curly quotes are', () => {
  assert.deepEqual(regions('The army’s chief said the farmers’ union had ‘no case’ at all.'), ['‘no case’']);
});

test('a quotation over several paragraphs reopens at each paragraph start', () => {
  const text = '“The first part runs on.\n\n“The second part ends here,” she said.';
  assert.deepEqual(regions(text), [text.slice(0, text.indexOf(' she'))]);
});

test('straight quotes pair within a line, so one stray mark does not swallow the next lines', () => {
  const text = 'He said "yes.\nThen "no" came.';
  assert.deepEqual(regions(text).at(-1), '"no"');
});
