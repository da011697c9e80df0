import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caselessNames, isCaseless } from '../../src/extract/events/caseless.js';
import { segment } from '../../src/text/segment.js';
import type { Doc } from '../../src/model/document.js';

const doc = (text: string): Doc => ({ text, published: null, title: null, url: null, outlet: null, ...segment(text), messages: [] });

test('only text without case counts as caseless', () => {
  assert.equal(isCaseless('gunmen killed a judge in the capital.'), true);
  assert.equal(isCaseless('GUNMEN KILLED A JUDGE IN THE CAPITAL.'), true);
  assert.equal(isCaseless('Gunmen killed a judge in the capital.'), false);
});

test('victim names come from around killing words, titles dropped', () => {
  const text = 'the group admitted the murder of provincial judge maria lucia ortega, who was travelling home. later, tomas ruiz pereda was kidnapped near the river.';
  const names = caselessNames(doc(text), 0, text.length).map((n) => n.text);
  assert.deepEqual(names.sort(), ['maria lucia ortega', 'tomas ruiz pereda']);
  for (const n of caselessNames(doc(text), 0, text.length)) assert.equal(text.slice(n.start, n.end), n.text);
});

test('pronouns and short phrases are not names', () => {
  const text = 'the soldiers said he was killed. the murder of him shocked everyone.';
  assert.deepEqual(caselessNames(doc(text), 0, text.length), []);
});
