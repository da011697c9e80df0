import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyTable } from '../../src/extract/entities/ner/key-table.js';

test('KeyTable returns the row of every stored key and -1 for others, like a Map', () => {
  let seed = 11;
  const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) & 0x3fffffff;
  const reference = new Map<number, number>();
  for (let i = 0; i < 5000; i++) reference.set(next(), i);
  const table = KeyTable.from(reference, reference.size);
  assert.equal(table.size, reference.size);
  for (const [k, r] of reference) assert.equal(table.get(k), r);
  for (let i = 0; i < 5000; i++) {
    const k = next();
    assert.equal(table.get(k), reference.get(k) ?? -1);
  }
});

test('KeyTable rejects keys outside 30 bits', () => {
  assert.throws(() => new KeyTable(4).set(2 ** 31, 0), /30-bit/);
});
