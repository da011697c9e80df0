import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readBuffer } from '../../src/read/index.js';
import { firstInvalidUtf8 } from '../../src/read/decode.js';
import { articles, errors, readAll, tempFiles } from './helpers.js';

test('binary file: one error naming the file and the NUL byte, the batch goes on', async () => {
  const dir = tempFiles({ 'a.bin.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x12]), 'b.txt': 'A real story.' });
  const items = await readAll([join(dir, 'a.bin.txt'), join(dir, 'b.txt')]);
  assert.deepEqual(errors(items).map((e) => e.replace(dir, '')), ['/a.bin.txt: binary data, not text (NUL byte at offset 4)']);
  assert.equal(articles(items).length, 1);
});

test('invalid UTF-8 is rejected with the byte offset of the first bad sequence', async () => {
  const latin1 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' closed.')]);
  const items = await readAll([join(tempFiles({ 'l.txt': latin1 }), 'l.txt')]);
  assert.match(errors(items)[0]!, /l\.txt: invalid UTF-8 at byte offset 3/);
});

test('firstInvalidUtf8 finds truncated, overlong and surrogate sequences, and passes valid text', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('naïve “quotes” 😀 Jalālābād')), -1);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x80])), 1); // truncated at the end
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xc0, 0xaf])), 2); // overlong "/"
  assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0); // UTF-16 surrogate
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x80])), 1); // stray continuation byte
});

test('empty files and empty articles are errors, not empty analyses', async () => {
  const dir = tempFiles({
    'empty.txt': '   \n\n ',
    'blank.html': '<html><body><div>  </div><script>var x = 1;</script></body></html>',
    'e.jsonl': `${JSON.stringify({ title: 'x', text: '  ' })}\n${JSON.stringify({ text: 'ok' })}\n`,
  });
  const items = await readAll([dir]);
  const errs = errors(items).map((e) => e.replace(`${dir}/`, ''));
  assert.deepEqual(errs, ['blank.html: empty article: no text', 'e.jsonl:1: empty article: no text', 'empty.txt: empty file']);
  assert.equal(articles(items).length, 1);
});

test('an article over maxBytes is refused with its size and the limit', async () => {
  const big = `Words ${'x'.repeat(3000)}`;
  const dir = tempFiles({ 'big.txt': big, 'j.jsonl': `${JSON.stringify({ text: big })}\n${JSON.stringify({ text: 'small' })}\n` });
  const items = await readAll([dir], { maxBytes: 1000 });
  const errs = errors(items).map((e) => e.replace(`${dir}/`, ''));
  assert.deepEqual(errs, ['big.txt: article is 3006 bytes, over the 1000 bytes limit (--max-bytes)', 'j.jsonl:1: article is 3006 bytes, over the 1000 bytes limit (--max-bytes)']);
  assert.equal(articles(items).length, 1);
});

test('a gzip bomb is refused at the size cap without inflating it all', () => {
  const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024, 0x61)); // 16 MB of "a" in ~16 KB: a 1000:1 ratio
  const started = performance.now();
  const [item] = [...readBuffer('bomb.txt.gz', bomb, { maxFileBytes: 1024 * 1024 })];
  assert.ok(!item!.ok);
  assert.match(item!.error, /gzip data expands beyond 1\.0 MB .*refused as a possible gzip bomb/);
  assert.ok(performance.now() - started < 5000);
});

test('corrupt gzip data is an error naming the file', () => {
  const [item] = [...readBuffer('c.txt.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]))];
  assert.ok(!item!.ok && /corrupt gzip data/.test(item!.error));
});

test('malformed RSS is one error naming the file and line', () => {
  const [item] = [...readBuffer('bad.rss', Buffer.from('<rss version="2.0"><channel>\n<item><title>x</item>\n</channel></rss>'))];
  assert.ok(!item!.ok);
  assert.match(item!.error, /malformed XML at line 2/);
});

test('XML that is not a feed is said to be so', () => {
  const [item] = [...readBuffer('config.xml', Buffer.from('<?xml version="1.0"?><config><a>1</a></config>'))];
  assert.ok(!item!.ok && /neither an RSS nor an Atom feed/.test(item!.error));
});

test('XXE: an external entity is never resolved, no file is read', () => {
  const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
<rss version="2.0"><channel><title>T</title><item><title>a</title><description>before &xxe; after</description></item></channel></rss>`;
  const [item] = [...readBuffer('xxe.rss', Buffer.from(xxe))];
  assert.ok(item!.ok);
  assert.equal(item!.input.text, 'before &xxe; after');
});

test('billion laughs: nested entities are not expanded, no blow-up', () => {
  let decl = '<!ENTITY lol "lol">';
  for (let i = 1; i <= 9; i++) decl += `<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`;
  const xml = `<?xml version="1.0"?><!DOCTYPE rss [${decl}]><rss version="2.0"><channel><title>T</title><item><title>t</title><description>x &lol9; y</description></item></channel></rss>`;
  const started = performance.now();
  const [item] = [...readBuffer('lol.rss', Buffer.from(xml))];
  assert.ok(performance.now() - started < 1000);
  assert.ok(item!.ok && item!.input.text === 'x &lol9; y');
});

test('a JSON value that is not an object is named for what it is', () => {
  const items = [...readBuffer('w.jsonl', Buffer.from('[1,2]\n"text"\n'))];
  assert.deepEqual(items.map((i) => (i.ok ? 'ok' : i.error)), [
    'expected a JSON object with "text" or "html", got an array',
    'expected a JSON object with "text" or "html", got string',
  ]);
});

test('a page that declares a legacy charset is decoded in it; undeclared Latin-1 is still refused', () => {
  const latin1Page = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'), Buffer.from([0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]), Buffer.from('</p></body></html>')]);
  const [item] = [...readBuffer('old.html', latin1Page)];
  assert.ok(item!.ok);
  assert.match(item!.input.html!, /Café “ok”/);
  const undeclared = Buffer.concat([Buffer.from('<html><body><p>Caf'), Buffer.from([0xe9]), Buffer.from('</p></body></html>')]);
  const [bad] = [...readBuffer('old2.html', undeclared)];
  assert.ok(!bad!.ok && /invalid UTF-8 at byte offset 18/.test(bad!.error));
});

test('a UTF-8 page with a stale legacy charset declaration is read as UTF-8', () => {
  const [item] = [...readBuffer('stale.html', Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Café “ok”</p></body></html>'))];
  assert.ok(item!.ok && item!.input.html!.includes('Café “ok”'));
});

test('no input makes a reader throw: random bytes and mangled real formats always give items', async () => {
  const { readFileSync } = await import('node:fs');
  const { packageRoot } = await import('../../src/paths.js');
  const seeds = ['examples/feeds/global-wire-desk.rss', 'examples/html/khartoum-rsf-army-clashes.html', 'examples/jsonl/wire-briefs.jsonl', 'examples/txt/kabul-airport-bombing.txt']
    .map((f) => [f, readFileSync(join(packageRoot, f))] as const);
  let s = 7;
  const next = (n: number) => ((s = (s * 1103515245 + 12345) >>> 0) % n);
  const { prepareArticle } = await import('../../src/read/prepare.js');
  for (let round = 0; round < 60; round++) {
    const [name, seed] = seeds[round % seeds.length]!;
    const bytes = Buffer.from(seed);
    // cut it short, splice in random bytes, or both
    const cut = bytes.subarray(0, 1 + next(bytes.length));
    for (let k = 0; k < 1 + next(4); k++) if (cut.length) cut[next(cut.length)] = round % 3 === 0 ? next(256) : '<>&"]\n{'.charCodeAt(next(7));
    const items = [...readBuffer(name, cut)];
    assert.ok(items.length >= 1, `${name} round ${round}: nothing yielded`);
    for (const item of items) {
      if (item.ok) prepareArticle(item.input); // must not throw either
      else assert.ok(item.error.length > 0 && !item.error.includes('\n'), `one-line error: ${item.error}`);
    }
  }
});
