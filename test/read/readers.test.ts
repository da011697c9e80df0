import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readBuffer } from '../../src/read/index.js';
import { articles, errors, readAll, tempFiles } from './helpers.js';

const STORY = 'Protesters gathered outside the town hall on Tuesday, the mayor said.\n\nPolice made two arrests.';

test('plain text: a header block gives title, date, URL and outlet, and is not part of the body', async () => {
  const dir = tempFiles({ 'a.txt': `Title: Crowd gathers in square\nDate: 2024-05-02\nURL: https://paper.example/a\nOutlet: The Paper\n\n${STORY}\n` });
  const [a] = articles(await readAll([join(dir, 'a.txt')]));
  assert.equal(a!.title, 'Crowd gathers in square');
  assert.equal(a!.published, '2024-05-02');
  assert.equal(a!.publishedFrom, 'input');
  assert.equal(a!.url, 'https://paper.example/a');
  assert.equal(a!.outlet, 'The Paper');
  assert.ok(a!.text!.startsWith('Protesters gathered'));
});

test('plain text: prose that starts like a header line is kept as body', async () => {
  const text = 'Date: unknown, the minister said when asked when talks would resume.\nHe gave no details.\n\nMore text.';
  const [a] = articles(await readAll([join(tempFiles({ 'b.txt': text }), 'b.txt')]));
  assert.equal(a!.title, null);
  assert.equal(a!.published, null);
  assert.ok(a!.text!.startsWith('Date: unknown'));
});

test('JSONL: one article per line, a bad line is one error naming file:line and the rest go on', async () => {
  const lines = [
    JSON.stringify({ url: 'https://x.example/1', title: 'One', published: '2023-02-01', outlet: 'X', text: STORY }),
    '{"title": "broken", ',
    JSON.stringify({ title: 'no body' }),
    JSON.stringify({ title: 'Two', html: '<p>Second story body.</p>' }),
  ];
  const dir = tempFiles({ 'w.jsonl': lines.join('\n') });
  const items = await readAll([join(dir, 'w.jsonl')]);
  assert.equal(articles(items).length, 2);
  const errs = errors(items);
  assert.equal(errs.length, 2);
  assert.match(errs[0]!, /w\.jsonl:2: invalid JSON/);
  assert.match(errs[1]!, /w\.jsonl:3: .*no "text" or "html"/);
  assert.equal(articles(items)[1]!.html, '<p>Second story body.</p>');
});

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>River Times</title>
<item><title>Bridge closed</title><link>https://river.example/bridge</link><pubDate>Wed, 03 May 2023 10:00:00 GMT</pubDate>
<description>Short summary.</description><content:encoded><![CDATA[<p>The bridge was closed on Wednesday.</p><p>Engineers &amp; divers inspected it.</p>]]></content:encoded></item>
<item><title>Ferry resumes &amp; more</title><link>https://river.example/ferry</link><description>The ferry service resumed after a week.</description></item>
</channel></rss>`;

test('RSS: one article per item, content:encoded preferred, feed title as outlet, pubDate normalised', async () => {
  const items = articles(await readAll([join(tempFiles({ 'f.rss': RSS }), 'f.rss')]));
  assert.equal(items.length, 2);
  assert.equal(items[0]!.outlet, 'River Times');
  assert.equal(items[0]!.published, '2023-05-03T10:00:00Z');
  assert.match(items[0]!.html!, /Engineers &amp; divers/);
  assert.equal(items[1]!.title, 'Ferry resumes & more');
  assert.equal(items[1]!.text, 'The ferry service resumed after a week.');
  assert.match(items[1]!.origin!, /f\.rss#2$/);
});

test('Atom: entries with content, summary, published or updated, link href', async () => {
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Wire</title>
<entry><title>Dam opened</title><link rel="alternate" href="https://valley.example/dam"/><published>2022-09-01T08:00:00Z</published>
<content type="html">&lt;p&gt;The dam was opened.&lt;/p&gt;</content></entry>
<entry><title>Road works</title><link href="https://valley.example/road"/><updated>2022-09-02T09:00:00+02:00</updated><summary>Road works begin on Monday.</summary></entry></feed>`;
  const items = articles(await readAll([join(tempFiles({ 'v.atom': atom }), 'v.atom')]));
  assert.deepEqual(items.map((i) => [i.url, i.published, i.outlet]), [
    ['https://valley.example/dam', '2022-09-01T08:00:00Z', 'Valley Wire'],
    ['https://valley.example/road', '2022-09-02T09:00:00+02:00', 'Valley Wire'],
  ]);
  assert.equal(items[0]!.html, '<p>The dam was opened.</p>');
  assert.equal(items[1]!.text, 'Road works begin on Monday.');
});

test('format is sniffed from content when the extension says nothing', () => {
  const feed = [...readBuffer('<stdin>', Buffer.from(RSS))];
  assert.equal(feed.length, 2);
  const html = [...readBuffer('page', Buffer.from('<!doctype html><html><body><p>Hello there.</p></body></html>'))];
  assert.ok(html[0]!.ok && html[0]!.input.html);
  const jsonl = [...readBuffer('dump', Buffer.from(`${JSON.stringify({ text: 'a b c' })}\n${JSON.stringify({ text: 'd e' })}\n`))];
  assert.equal(jsonl.length, 2);
  const text = [...readBuffer('notes', Buffer.from('Just words here.'))];
  assert.ok(text[0]!.ok && text[0]!.input.text === 'Just words here.');
});

test('directories are read recursively in a stable order, skipping hidden and non-article files', async () => {
  const dir = tempFiles({
    'b.txt': 'Second story.',
    'a/inner.txt': 'First story.',
    'a/deeper/page.html': '<html><body><p>Third story in a page.</p></body></html>',
    '.hidden.txt': 'Not read.',
    'README.md': '# notes, not an article',
    'photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0x00]),
  });
  const items = await readAll([dir]);
  assert.deepEqual(errors(items), []);
  assert.deepEqual(articles(items).map((a) => a.origin!.slice(dir.length + 1)), ['a/deeper/page.html', 'a/inner.txt', 'b.txt']);
});

test('.gz files are inflated and read by their inner extension', async () => {
  const dir = tempFiles({ 'x.jsonl.gz': gzipSync(`${JSON.stringify({ text: 'Zipped story one.' })}\n${JSON.stringify({ text: 'Two.' })}\n`) });
  const items = articles(await readAll([join(dir, 'x.jsonl.gz')]));
  assert.deepEqual(items.map((i) => i.text), ['Zipped story one.', 'Two.']);
});

test('a missing path is one error naming it; the other paths are still read', async () => {
  const dir = tempFiles({ 'ok.txt': 'Fine.' });
  const items = await readAll([join(dir, 'missing.txt'), join(dir, 'ok.txt')]);
  assert.match(errors(items)[0]!, /missing\.txt: cannot read: no such file/);
  assert.equal(articles(items).length, 1);
});

test('"-" reads stdin and sniffs its format', async () => {
  const { spawnSync } = await import('node:child_process');
  const script = "import { readInputs } from './src/read/index.ts'; for await (const i of readInputs(['-'])) console.log(JSON.stringify(i));";
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    input: `${JSON.stringify({ title: 'From a pipe', text: 'Piped story.' })}\n`,
    encoding: 'utf8',
    cwd: new URL('../..', import.meta.url).pathname,
  });
  assert.equal(run.status, 0, run.stderr);
  const item = JSON.parse(run.stdout.trim());
  assert.deepEqual([item.ok, item.input.title, item.input.text, item.input.origin], [true, 'From a pipe', 'Piped story.', '<stdin>:1']);
});

test('Atom content of type xhtml is passed on as markup, type html in CDATA is unwrapped', async () => {
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>V</title>
<entry><title>X</title><updated>2022-09-01T08:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First <b>bold</b> para.</p><p>Second &amp; last.</p></div></content></entry>
<entry><title>Y</title><updated>2022-09-02T08:00:00Z</updated><content type="html"><![CDATA[<p>Inside CDATA &amp; fine.</p>]]></content></entry></feed>`;
  const items = articles(await readAll([join(tempFiles({ 'x.atom': atom }), 'x.atom')]));
  assert.match(items[0]!.html!, /^<div[^>]*><p>First <b>bold<\/b> para\.<\/p><p>Second &amp; last\.<\/p><\/div>$/);
  assert.equal(items[1]!.html, '<p>Inside CDATA &amp; fine.</p>');
});
