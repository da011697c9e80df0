/**
 * The trained attribution tagger (models/quotes.bin.gz) inside the product's quotes stage:
 * sentences written for these tests, not PolNeAR text. The model file format and the
 * decoder's BIO constraints are checked on synthetic weights.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasModel, quotesOf } from './helpers.js';
import { quotesModel } from '../../src/extract/quotes/model/load.js';
import { parseQuotesModel, serializeQuotesModel, addScores } from '../../src/extract/quotes/model/model.js';
import { viterbi } from '../../src/extract/quotes/model/decode.js';
import { CUE, CUE_ALLOWED, CUE_TAGS } from '../../src/extract/quotes/model/tags.js';


test('the shipped model loads once and is reused', { skip: !hasModel && 'no models/quotes.bin.gz' }, () => {
  const a = quotesModel();
  assert.ok(a);
  assert.equal(a, quotesModel());
  assert.equal(a.cue.tags, CUE_TAGS);
});

// TODO: the tagger finds "Mayor Hill was frustrated that ..." but not this sentence (its cue
// score for "was" falls short after "The mayor"): the long tail is where it is weakest.
test('a long-tail attitude cue: "was frustrated that ..."', { skip: !hasModel && 'no model', todo: 'the tagger misses this phrasing (see comment)' }, () => {
  const qs = quotesOf('The mayor was frustrated that the council had delayed the vote again.');
  const q = qs.find((x) => x.cue && /frustrated/.test(x.cue.text));
  assert.ok(q, `no attribution with the cue "frustrated" in ${JSON.stringify(qs.map((x) => x.cue?.text))}`);
  assert.equal(q.speaker?.text, 'The mayor');
  assert.match(q.text, /the council had delayed the vote again$/);
  assert.equal(q.kind, 'indirect');
});

test('a long-tail intention cue: "continued to call for ..."', { skip: !hasModel && 'no model' }, () => {
  const qs = quotesOf('Officials continued to call for a full investigation into the fire.');
  const q = qs.find((x) => x.cue && /call/.test(x.cue.text));
  assert.ok(q, `no attribution with the cue "call" in ${JSON.stringify(qs.map((x) => x.cue?.text))}`);
  assert.equal(q.speaker?.text, 'Officials');
  assert.equal(q.text, 'a full investigation into the fire');
});

test('evidence cues: a survey "showed that ..."', { skip: !hasModel && 'no model' }, () => {
  const qs = quotesOf('A new survey of grain farmers showed that most of them expect lower yields this year.');
  const q = qs.find((x) => x.cue && /showed/.test(x.cue.text));
  assert.ok(q);
  assert.equal(q.speaker?.text, 'A new survey of grain farmers');
  assert.match(q.text, /most of them expect lower yields this year$/);
});

test('direct quotations stay with the rules: content, cue, speaker and kind', () => {
  const qs = quotesOf('“We will rebuild the bridge before winter,” the governor told reporters on Monday.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.kind, 'direct');
  assert.equal(qs[0]!.speaker?.text, 'the governor');
});

test('a sentence with no attribution yields none', { skip: !hasModel && 'no model' }, () => {
  assert.equal(quotesOf('The bridge reopened to traffic on Monday after six weeks of repairs.').length, 0);
  assert.equal(quotesOf('Heavy rain flooded the lower town overnight.').length, 0);
});

test('model file: weights survive serialisation (int16) and unknown keys score nothing', () => {
  const cue = { tags: 3, weights: new Map([[12345, Float64Array.from([0.5, -1, 2])], [99, Float64Array.from([0, 0, 0])]]), transitions: new Float64Array(12).fill(0.25) };
  const role = { tags: 6, weights: new Map([[7, Float64Array.from([1, 0, 0, 0, 0, -1])]]), transitions: new Float64Array(42) };
  const m = parseQuotesModel(serializeQuotesModel(cue, role, { note: 'test' }), 'test');
  assert.equal(m.meta.note, 'test');
  const out = new Float32Array(3);
  addScores(m.cue, [12345, 99, 4242], out, 0);
  assert.deepEqual([...out].map((x) => Math.round(x * 1000) / 1000), [0.5, -1, 2]);
  assert.equal(m.cue.table.get(99), -1, 'an all-zero row is dropped');
});

test('cue decoding never starts a span with I', () => {
  // emissions favour I everywhere; the BIO table must force a B first
  const n = 4;
  const em = new Float32Array(n * CUE_TAGS);
  for (let i = 0; i < n; i++) em[i * CUE_TAGS + CUE.I] = 5;
  const tags = viterbi(em, new Float32Array((CUE_TAGS + 1) * CUE_TAGS), CUE_ALLOWED, n, CUE_TAGS);
  assert.notEqual(tags[0], CUE.I);
  for (let i = 1; i < n; i++) if (tags[i] === CUE.I) assert.notEqual(tags[i - 1], CUE.O);
});
