import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { createAnalyzer } from '../../src/ingest/pool.js';
import { nerModel } from '../../src/extract/entities/ner/index.js';
import { nerModelFromParts, nerModelParts } from '../../src/extract/entities/ner/model.js';
import { tagDocument } from '../../src/extract/entities/ner/tagger.js';
import type { ArticleInput } from '../../src/model/input.js';

/** Articles written for this test. */
const ARTICLES: ArticleInput[] = [
  'KANO, Nigeria, May 4 - Gunmen killed nine people at a market in Kano state on Sunday, police spokesman Abdullahi Haruna said. The Nigerian army sent troops to the area.',
  'Protesters marched through central Nairobi on Tuesday. "We want jobs," said Mary Wanjiku, a teacher. Police fired tear gas near Parliament, witnesses told Reuters.',
  'An airstrike hit a school in the Syrian city of Idlib, the Syrian Observatory for Human Rights said. At least 12 civilians died, according to the White Helmets.',
].map((text, i) => ({ url: `https://test.example/pool/${i}`, title: null, outlet: 'Test Wire', published: '2024-05-06', text }));

const pool = createAnalyzer(2);
after(() => pool.close());

test('threads that share the loaded models give exactly the analyses of this thread', async () => {
  const threaded = await Promise.all(ARTICLES.map((a) => pool.analyze(a, {})));
  assert.deepEqual(threaded, ARTICLES.map((a) => analyze(a)));
  assert.ok(threaded.some((a) => a.entities.length > 0 && a.places.length > 0));
  // actor ids come from the KB the threads took from the pool's shared tables
  assert.ok(threaded.flatMap((a) => a.entities).filter((e) => e.actor).length >= 2);
});

test('each analysis thread reports its heap figures', async () => {
  const memory = await pool.threadMemory!();
  assert.equal(memory.length, 2);
  for (const m of memory) assert.ok(m.heapUsed > 0 && m.heapUsed <= m.heapTotal);
});

test('a NER model rebuilt from its shared parts tags the same spans', () => {
  const model = nerModel();
  const copy = nerModelFromParts(nerModelParts(model));
  assert.equal(copy.weights.buffer, model.weights.buffer);
  const doc = ['Amina Okonjo told Reuters in Maiduguri that the United Nations would help .'.split(' '), 'Okonjo left .'.split(' ')];
  assert.deepEqual(tagDocument(copy, doc), tagDocument(model, doc));
  assert.ok(tagDocument(copy, doc).length >= 3);
});
