import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWordClusters } from '../../src/extract/quotes/model/clusters.js';
import { atomsOf } from '../../src/extract/quotes/model/atoms.js';
import { cueKeys, MAX_KEYS } from '../../src/extract/quotes/model/features.js';
import { findQuoteRegions } from '../../src/extract/quotes/marks.js';
import { tokenRegions } from '../../src/extract/quotes/index.js';
import { docOf } from './helpers.js';

const table = parseWordClusters(JSON.stringify({ clusters: { '3.1': ['said', 'stated'], '3.2': ['grumbled'], '7.0': ['bridge'] } }), 'test');

test('word clusters: one fine hash per path, one coarse hash per top level', () => {
  assert.equal(table.get('said')!.fine, table.get('stated')!.fine);
  assert.notEqual(table.get('said')!.fine, table.get('grumbled')!.fine);
  assert.equal(table.get('said')!.coarse, table.get('grumbled')!.coarse);
  assert.notEqual(table.get('said')!.coarse, table.get('bridge')!.coarse);
  assert.throws(() => parseWordClusters('{"words": {}}', 'some-file.json'), /some-file\.json/);
});

test('cluster features come after the others, so a model without clusters sees the same keys', () => {
  const doc = docOf('The engineer grumbled that the bridge was unsafe.');
  const regionOf = tokenRegions(doc, findQuoteRegions(doc.text, doc.paragraphs));
  const units: Array<[number, number]> = [[0, doc.tokens.length]];
  const plain = atomsOf(doc, regionOf, units);
  const clustered = atomsOf(doc, regionOf, units, table);
  const a = new Int32Array(MAX_KEYS);
  const b = new Int32Array(MAX_KEYS);
  const verb = doc.tokens.findIndex((t) => t.text === 'grumbled');
  const n = cueKeys(plain, verb, 0, doc.tokens.length, a);
  const m = cueKeys(clustered, verb, 0, doc.tokens.length, b);
  assert.ok(m > n && m <= MAX_KEYS);
  assert.deepEqual([...b.subarray(0, n)], [...a.subarray(0, n)]);
  // a word missing from the table still gets a cluster value ("unknown"), not nothing
  assert.ok(clustered.cluster![doc.tokens.findIndex((t) => t.text === 'engineer')] !== 0);
});
