import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGazetteer, writeGazetteerIndex } from '../../src/extract/places/gazetteer.js';
import { modelsDir } from '../../src/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-gaz-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const base = join(dir, 'gazetteer');
copyFileSync(join(modelsDir, 'gazetteer.json'), `${base}.json`);
copyFileSync(join(modelsDir, 'gazetteer.bin'), `${base}.bin`);

test('the shipped precomputed name index answers exactly as the index built at load', () => {
  const built = loadGazetteer(base); // no index file here: built from the names
  const shipped = loadGazetteer(join(modelsDir, 'gazetteer'));
  assert.equal(shipped.byName.size, built.byName.size);
  assert.equal(shipped.maxWords, built.maxWords);
  const file = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { names: string; aliases: Array<[string, number]> };
  const keys = [...file.names.split('\n').filter((_, i) => i % 97 === 0).map((n) => n.toLowerCase()), ...file.aliases.map(([k]) => k), 'no such place name'];
  for (const k of keys) assert.deepEqual(shipped.byName.get(k), built.byName.get(k), k);
});

test('an index built from other gazetteer files is ignored', () => {
  writeGazetteerIndex(base);
  const good = loadGazetteer(base);
  assert.ok(good.byName.get('kabul')?.length);
  // a rebuilt gazetteer of the same size where one name changed: the stale index must not be used
  const text = readFileSync(`${base}.json`, 'utf8');
  const renamed = text.replace(/\\nKabul\\n/, '\\nQabul\\n');
  assert.notEqual(renamed, text);
  writeFileSync(`${base}.json`, renamed);
  const rebuilt = loadGazetteer(base);
  assert.ok(rebuilt.byName.get('qabul')?.length, 'the renamed entry is found under its new name');
});
