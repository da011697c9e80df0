/** Small parsers behind `newsgraph watch` options. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSourcesFile } from '../../src/watch/sources.js';
import { parseInterval } from '../../src/watch/watcher.js';

test('watch: intervals read as seconds, minutes, hours and mixes; nonsense is refused', () => {
  assert.equal(parseInterval('90'), 90_000);
  assert.equal(parseInterval('90s'), 90_000);
  assert.equal(parseInterval('5m'), 300_000);
  assert.equal(parseInterval('2h30m'), 9_000_000);
  assert.throws(() => parseInterval('5 minutes please'), /not an interval like 90s, 5m or 1h/);
  assert.throws(() => parseInterval('m5'), /not an interval/);
});

test('watch: a --sources file gives one source a line, without blanks and comments', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'ng-src-')), 'sources.txt');
  writeFileSync(file, '# regional feeds\nhttps://a.test/rss\n\n  https://b.test/atom.xml  # nightly\r\n/srv/drop\n');
  assert.deepEqual(readSourcesFile(file), ['https://a.test/rss', 'https://b.test/atom.xml', '/srv/drop']);
  assert.throws(() => readSourcesFile(join(file, 'nope')), /--sources .*nope: cannot read/);
});
