/** Every sample article, through the whole pipeline, must honour the contract. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.js';
import { readInputs } from '../../src/read/index.js';
import type { Analysis } from '../../src/model/analysis.js';
import { contractProblems } from './check-analysis.js';
import { sampleAnalysis } from '../store/sample-analysis.js';

test('the contract checker itself catches a broken span and a dangling ref', () => {
  const a = sampleAnalysis('x');
  assert.deepEqual(contractProblems(a), []);
  const broken: Analysis = structuredClone(a);
  broken.times[0]!.start += 1;
  broken.quotes[0]!.speaker!.entity = 'E99';
  const problems = contractProblems(broken);
  assert.ok(problems.some((p) => p.startsWith('times 0')));
  assert.ok(problems.some((p) => p.includes('E99')));
});

test('every example article analyses to a valid, deterministic Analysis', async () => {
  let n = 0;
  const ids = new Set<string>();
  for await (const item of readInputs(['examples'])) {
    assert.ok(item.ok, `examples must all read: ${!item.ok && `${item.origin}: ${item.error}`}`);
    const a = analyze(item.input);
    assert.deepEqual(contractProblems(a), [], item.input.origin);
    assert.deepEqual(analyze(item.input), a, `deterministic: ${item.input.origin}`);
    assert.ok(a.article.text.length > 200, `${item.input.origin} has a body`);
    assert.ok(!ids.has(a.article.id), `unique id for ${item.input.origin}`);
    ids.add(a.article.id);
    n++;
  }
  assert.ok(n >= 20, `expected at least 20 sample articles, read ${n}`);
});
