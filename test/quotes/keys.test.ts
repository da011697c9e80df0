import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashString, key1, key2, key3 } from '../../src/extract/entities/ner/hashing.js';
import { k1, k2, k3, seed } from '../../src/extract/quotes/model/keys.js';
import { lemmaish } from '../../src/extract/quotes/model/atoms.js';

test('the fast feature keys equal hashing.ts keys for unsigned and int32 views of the same hashes', () => {
  const words = ['said', 'told', 'VERB', '<s>', '</s>', 'according', 'the', 'Xxxx', '’s', ''];
  for (const template of [1, 2, 27, 36, 101, 127]) {
    for (const w of words) {
      const h = hashString(w);
      assert.ok(h >= 0);
      for (const v of words) {
        const g = hashString(v);
        assert.equal(k1(seed(template), h | 0), key1(template, h));
        assert.equal(k2(seed(template), h | 0, g | 0), key2(template, h, g));
        assert.equal(k3(seed(template), h | 0, 3, g | 0), key3(template, h, 3, g));
      }
    }
    assert.equal(k2(seed(template), 0, 9), key2(template, 0, 9), 'small integer values too');
  }
});

test('de-inflection groups the forms of a verb and leaves short words alone', () => {
  assert.equal(lemmaish('claims'), lemmaish('claimed'));
  assert.equal(lemmaish('studies'), 'study');
  assert.equal(lemmaish('studied'), 'study');
  assert.equal(lemmaish('stopped'), 'stop');
  assert.equal(lemmaish('ringing'), 'ring');
  assert.equal(lemmaish('agreed'), 'agre');
  assert.equal(lemmaish('wishes'), 'wish');
  assert.equal(lemmaish('glass'), 'glass');
  assert.equal(lemmaish('said'), 'said');
});
