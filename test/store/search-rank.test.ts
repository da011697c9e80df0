/**
 * SQLite search ranks with bm25() under ORDER BY .. LIMIT (a top-N heap, snippets only for the
 * rows kept): pages must be stable, disjoint and in rank order, and a title hit (weight 4) must
 * outrank the same word in the text.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { sampleAnalysis } from './sample-analysis.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-search-rank-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('search: pages are disjoint, cover every match once, in rank order; a title hit ranks first', async () => {
  const store = new SqliteStore(join(dir, 'rank.db'));
  for (let i = 0; i < 25; i++) {
    const a = sampleAnalysis(`a${i}`);
    // appended text keeps the fixture's spans valid; some articles say "ceasefire" more often
    a.article.text += ' The ceasefire held.'.repeat(1 + (i % 3));
    if (i === 17) a.article.title = 'Ceasefire near Idlib';
    await store.saveAnalysis(a, null);
  }
  const seen: string[] = [];
  const ranks: number[] = [];
  for (let offset = 0; offset < 30; offset += 10) {
    const page = await store.search('ceasefire', { limit: 10, offset });
    assert.equal(page.total, 25);
    seen.push(...page.items.map((h) => h.id));
    ranks.push(...page.items.map((h) => h.rank));
    for (const h of page.items) assert.match(h.snippet, /\u0002ceasefire\u0003/i);
  }
  assert.equal(seen.length, 25);
  assert.equal(new Set(seen).size, 25);
  assert.deepEqual(ranks, [...ranks].sort((x, y) => x - y));
  assert.equal(seen[0], 'a17');
  await store.close();
});
