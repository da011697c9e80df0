/** The sample corpus in examples/ reads cleanly: others use it as the demo and end-to-end fixtures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { prepareArticle } from '../../src/read/prepare.js';
import { articles, errors, readAll } from './helpers.js';

test('every sample article reads without error and gets a publication date', async () => {
  const items = await readAll([join(packageRoot, 'examples')]);
  assert.deepEqual(errors(items), []);
  const inputs = articles(items);
  assert.ok(inputs.length >= 20 && inputs.length <= 30, `${inputs.length} articles`);
  const prepared = inputs.map((i) => ({ origin: i.origin, ...prepareArticle(i) }));
  for (const p of prepared) {
    assert.ok(p.published, `${p.origin} has no publication date`);
    assert.ok(p.text.length > 300, `${p.origin} body is too short`);
    assert.ok(!/^(read more|share on|photo:)/im.test(p.text), `${p.origin} kept boilerplate`);
  }
  const sources = new Set(prepared.map((p) => p.publishedFrom));
  for (const s of ['input', 'metadata', 'dateline', 'url']) assert.ok(sources.has(s as never), `no article dated from ${s}`);
  const peshawar = prepared.filter((p) => /Peshawar/.test(p.text) && /mosque/.test(p.text));
  assert.ok(peshawar.length >= 3 && new Set(peshawar.map((p) => p.outlet)).size >= 3, 'the same incident from three outlets');
});
