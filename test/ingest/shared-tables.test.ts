import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StringTable } from '../../src/extract/entities/ner/string-table.js';
import { KeyTable } from '../../src/extract/entities/ner/key-table.js';
import { addName, compactGazetteer, emptyGazetteer, gazetteerFromParts, gazetteerParts, matchPhrases } from '../../src/extract/entities/ner/gazetteer.js';
import { NameIndex } from '../../src/extract/places/gazetteer.js';

/** Deterministic pseudo-random words, with non-ASCII letters and varied lengths. */
function words(n: number, seed: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyzéüçłş ’-';
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    let w = '';
    for (let k = 0, len = 1 + (seed % 12); k < len; k++) w += letters[(seed >>> (k % 24)) % letters.length];
    out.push(w);
  }
  return out;
}

test('StringTable answers get and has exactly like the Map it was built from', () => {
  const map = new Map<string, number>();
  words(4000, 3).forEach((w, i) => map.set(w, i - 2000));
  map.set('', 7);
  const table = StringTable.fromMap(map);
  assert.equal(table.size, map.size);
  for (const [k, v] of map) assert.equal(table.get(k), v);
  for (const w of words(4000, 99)) {
    assert.equal(table.get(w), map.get(w));
    assert.equal(table.has(w), map.has(w));
  }
  // a key that is a prefix or an extension of a stored key is not that key
  const some = [...map.keys()].find((k) => k.length > 3 && !map.has(k.slice(0, -1)))!;
  assert.equal(table.get(some.slice(0, -1)), undefined);
  assert.deepEqual([...table], [...map]);
});

test('a StringTable rebuilt from its parts (as another thread does) shares the arrays and reads the same', () => {
  const map = new Map(words(500, 5).map((w, i) => [w, i]));
  const table = StringTable.fromMap(map);
  const copy = StringTable.fromParts(table.parts);
  assert.ok(table.parts.chars.buffer instanceof SharedArrayBuffer);
  assert.equal(copy.parts.chars.buffer, table.parts.chars.buffer);
  for (const [k, v] of map) assert.equal(copy.get(k), v);
  assert.throws(() => StringTable.fromParts({ ...table.parts, starts: new Uint32Array(3) }), /inconsistent parts/);
});

test('KeyTable parts give a table with the same rows over the same shared memory', () => {
  const table = new KeyTable(300);
  for (let k = 0; k < 300; k++) table.set(k * 7919, k);
  const copy = KeyTable.fromParts(table.parts);
  assert.equal(copy.size, 300);
  for (let k = 0; k < 300; k++) assert.equal(copy.get(k * 7919), k);
  assert.equal(copy.get(5), -1);
  assert.throws(() => KeyTable.fromParts({ ...table.parts, rows: new Int32Array(8) }), /inconsistent/);
});

test('a compact NER gazetteer matches phrases as the Map-built one does', () => {
  const gaz = emptyGazetteer();
  addName(gaz, ['New', 'York'], 'LOC');
  addName(gaz, ['New', 'York', 'Times'], 'ORG');
  addName(gaz, ['Amina', 'Okonjo'], 'PER');
  addName(gaz, ['York'], 'LOC');
  const compact = gazetteerFromParts(gazetteerParts(compactGazetteer(gaz)));
  const sentence = 'the new york times said amina okonjo left york for new jersey'.split(' ');
  assert.deepEqual(matchPhrases(compact, sentence), matchPhrases(gaz, sentence));
  assert.equal(matchPhrases(compact, sentence).length, 3);
  for (const w of ['york', 'amina', 'times', 'the', 'jersey']) assert.equal(compact.words.get(w), gaz.words.get(w));
});

test('NameIndex keeps lone entries and lists in their order', () => {
  const index = NameIndex.fromMap(new Map<string, number | number[]>([['paris', [4, 1, 9]], ['lyon', 2], ['', 0]]));
  const copy = NameIndex.fromParts(index.parts);
  for (const i of [index, copy]) {
    assert.deepEqual(i.get('paris'), [4, 1, 9]);
    assert.deepEqual(i.get('lyon'), [2]);
    assert.equal(i.get('nice'), undefined);
    assert.equal(i.has('lyon'), true);
    assert.equal(i.size, 3);
  }
});
