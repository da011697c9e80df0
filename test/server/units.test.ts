import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.js';
import { csvField, figuresNote, geoPrecisionCode, timePrecisionCode } from '../../src/server/csv.js';
import { parseQuery } from '../../src/server/params.js';
import { keysetPages } from '../../src/server/stream.js';
import type { Store } from '../../src/store/types.js';
import { parseCsv } from '../../src/read/csv.js';

test('csv fields: quoting, and text a spreadsheet would run as a formula is defused', () => {
  assert.equal(csvField('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvField('+1'), "'+1");
  assert.equal(csvField(-12.5), '-12.5');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('line\nbreak'), '"line\nbreak"');
  assert.equal(csvField(null), '');
  assert.deepEqual(parseCsv(`${csvField('say "hi", now')},2\r\n`), [['say "hi", now', '2']]);
});

test('ACLED precision codes', () => {
  assert.deepEqual(['day', 'week', 'month', 'year', null].map(timePrecisionCode), [1, 2, 3, 3, null]);
  assert.equal(geoPrecisionCode('Kadiri', 'Kano', 11.7), 1);
  assert.equal(geoPrecisionCode('Sagaing', 'Sagaing', 22.5), 3);
  assert.equal(geoPrecisionCode('Nowhere', null, null), null);
});

test('figures note keeps every source and says when figures are qualified', () => {
  const note = figuresNote({
    schema: 'newsgraph.incident/1', id: 'I1', type: 'Battles', subType: null, date: { start: null, end: null, precision: null }, place: null, actors: [],
    fatalities: { min: 40, max: 40, bySource: [{ article: 'a', outlet: 'A', value: 40, qualifier: 'at-least' }] }, injured: null,
    reports: [{ article: 'a', url: null, outlet: 'A', published: null, event: 'V1' }],
  });
  assert.equal(note, '40 killed; 1 report (A: 40 (at-least))');
});

test('query parsing: empty values are absent, numbers are numbers, bbox may cross the antimeridian', () => {
  const q = parseQuery({ limit: '20', type: '', bbox: '170,-20,-170,10' }, [
    { name: 'limit', kind: 'int', min: 1, max: 100, description: '' },
    { name: 'type', kind: 'string', description: '' },
    { name: 'bbox', kind: 'bbox', description: '' },
  ]);
  assert.deepEqual(q, { limit: 20, bbox: [170, -20, -170, 10] });
});

test('the UI is served from its built folder only; other paths never reach the disk', async () => {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'app.js'), 'console.log(1)');
  const app = createApp({ store: {} as Store, webRoot: root });
  const index = await app.request('/');
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type')!, /^text\/html/);
  assert.match(index.headers.get('content-security-policy')!, /script-src 'self'/);
  assert.equal((await app.request('/static/app.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal((await app.request('/static/..%2Fpackage.json')).status, 404);
  assert.equal((await app.request('/static/missing.js')).status, 404);
  const bare = createApp({ store: {} as Store, webRoot: join(root, 'nope') });
  const missing = await bare.request('/');
  assert.equal(missing.status, 503);
  assert.match(await missing.text(), /npm run build/);
  assert.equal((await bare.request('/healthz')).status, 200);
});

test('keysetPages() starts each page after the last item, stops at the end or the cap', async () => {
  const source = Array.from({ length: 2345 }, (_, i) => i * 2);
  const afters: Array<number | undefined> = [];
  const fetchPage = async (limit: number, after: number | undefined) => {
    afters.push(after);
    return { items: source.filter((n) => after === undefined || n > after).slice(0, limit) };
  };
  const all: number[] = [];
  for await (const n of keysetPages(fetchPage, (last) => last, 1_000_000)) all.push(n);
  assert.deepEqual(all, source);
  assert.deepEqual(afters, [undefined, 1998, 3998]);
  const capped: number[] = [];
  for await (const n of keysetPages(fetchPage, (last) => last, 1500)) capped.push(n);
  assert.deepEqual(capped, source.slice(0, 1500));
});
