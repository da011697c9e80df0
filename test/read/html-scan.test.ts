/** The HTML reader's streaming pass (html/scan.ts) and the fast body picker (html/content.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanHtml } from '../../src/read/html/scan.js';
import { renderAll } from '../../src/read/html/content.js';
import { parseFragment } from '../../src/read/dom.js';
import { domToText } from '../../src/read/html-text.js';
import { htmlToArticle } from '../../src/read/html.js';

const text = (html: string): string => renderAll(scanHtml(html));

/** mulberry32: a small seeded PRNG, so a failing case can be reproduced. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BLOCKS = ['p', 'div', 'li', 'h2', 'blockquote', 'section', 'td'];
const INLINES = ['span', 'a', 'b', 'em', 'button'];
const WORDS = ['Rain', 'fell,', 'the  river', '&amp; rose', '&eacute;t&#233;', ' ', '\n', 'x&nbsp;y', 'said.', '“quoted”'];

/** Well-formed random markup of nested blocks, inlines, <br>s and text (entities and odd spacing included). */
function randomMarkup(rand: () => number, depth = 0): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  let out = '';
  const parts = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < parts; i++) {
    const r = rand();
    if (r < 0.45 || depth > 4) out += pick(WORDS) + (rand() < 0.5 ? ' ' : '');
    else if (r < 0.5) out += '<br>';
    else {
      const tag = r < 0.75 ? pick(BLOCKS) : pick(INLINES);
      out += `<${tag} class="c${i}">${randomMarkup(rand, depth + 1)}</${tag}>`;
    }
  }
  return out;
}

test('the streaming pass renders text exactly as the DOM renderer does (random well-formed markup)', () => {
  const rand = prng(20261128);
  for (let i = 0; i < 400; i++) {
    const html = randomMarkup(rand);
    assert.equal(text(html), domToText(parseFragment(html)), html);
  }
});

test('implied end tags: an unclosed <p> or <li> ends at the next one', () => {
  assert.equal(text('<p>One<p>Two<ul><li>a<li>b</ul>'), 'One\n\nTwo\n\na\n\nb');
  const { elements } = scanHtml('<div><p>One<p>Two</div><p>Three');
  assert.deepEqual(elements.map((e) => [e.tag, e.parent]), [['div', -1], ['p', 0], ['p', 0], ['p', -1]]);
});

test('raw-text elements are jumped over whatever they hold; JSON-LD and the first title are kept', () => {
  const html = `<title>A &amp; B</title><script>if (a<b) document.write("<p>no</p></div>")</script>
<script type="application/ld+json">{"headline":"H"}</script><style>p{}</style><!-- <p>comment</p> -->
<svg><svg><title>icon</title></svg><text>svg text</text></svg><p>Kept</p><noscript><p>no</p></noscript>`;
  const scan = scanHtml(html);
  assert.equal(renderAll(scan), 'Kept');
  assert.equal(scan.meta.title, 'A & B');
  assert.deepEqual(scan.meta.ldJson, ['{"headline":"H"}']);
});

test('an unclosed script or comment swallows the rest of the page, as in a browser', () => {
  assert.equal(text('<p>a</p><script>never closed <p>b</p>'), 'a');
  assert.equal(text('<p>a</p><!-- never closed <p>b</p>'), 'a');
});

test('hidden elements and form controls give no text; quoted ">" inside attributes does not end a tag', () => {
  const html = '<p>Shown</p><div hidden><p>No</p></div><div style="display: none">No</div><span aria-hidden="true">No</span>' +
    '<select><option>No</option></select><p title="a > b" class=\'x>y\'>Also shown</p>';
  assert.equal(text(html), 'Shown\n\nAlso shown');
});

test('conventional hiding classes (whole tokens) give no text; look-alikes do', () => {
  const html = '<p>Shown</p><span class="hidden">schema data</span><a class="x sr-only">Share on X</a>' +
    '<div class="screen-reader-text">Skip</div><p class="hidden-xs">Also shown</p><p class="unhidden">Shown too</p>';
  assert.equal(text(html), 'Shown\n\nAlso shown\n\nShown too');
});

test('element table: subtree ranges and per-subtree text and link counts', () => {
  const { elements } = scanHtml('<div id="a"><p>Hello <a href="/">world</a></p><p>Bye</p></div><p>Out</p>');
  const div = elements[0]!;
  assert.equal(div.names, 'a');
  assert.equal(div.end, 3); // div, p, a, p
  assert.equal(div.chars, 'Hello world'.length + 'Bye'.length);
  assert.equal(div.linkChars, 'world'.length);
  assert.equal(elements[4]!.parent, -1);
});

test('metadata facts come from the same pass: meta tags, canonical link, <time>', () => {
  const { meta } = scanHtml(`<head><meta property="og:title" content="T &amp; U"><meta name="date" content="2024-01-02">
<link rel="canonical" href="https://x.example/a?b=1&amp;c=2"></head><body><time datetime="2024-01-03">Jan 3</time></body>`);
  assert.deepEqual(meta.metas, [{ key: 'og:title', content: 'T & U' }, { key: 'date', content: '2024-01-02' }]);
  assert.deepEqual(meta.canonical, ['https://x.example/a?b=1&c=2']);
  assert.deepEqual(meta.times, ['2024-01-03']);
});

const STORY = [
  'The council voted on Tuesday to close the old bridge to heavy traffic, citing an engineering report that found corroded supports.',
  'Residents on both banks said the closure would add half an hour to their daily journeys, and shop owners feared losing trade.',
  'The mayor said repairs would begin in the spring, and that a temporary ferry service would run from next month, weather permitting.',
  'Engineers will inspect two other bridges in the district this year, the council added, after similar concerns were raised in 2021.',
];

function newsPage(extra = ''): string {
  return `<html><head><title>Bridge closed</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<div class="layout"><article class="story"><h1>Bridge closed</h1>
${STORY.map((p, i) => `<p>${p}${i === 1 ? ' <span class="byline">By Ann Lee</span>' : ''}</p>`).join('\n')}
<div class="share-tools"><a href="#">Share on X</a></div></article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story entirely, about something else</a></li></ul></aside></div>
${extra}<footer>Copyright The Paper</footer></body></html>`;
}

test('a plain news page is read by the fast path: the story, without navigation, widgets or the inline byline', () => {
  const a = htmlToArticle(newsPage(), { url: null });
  assert.equal(a.extractor.name, 'fast');
  assert.equal(a.text, STORY.join('\n\n'));
});

test('a short body on a page with much prose elsewhere falls back to Readability, which says why', () => {
  // The story told as list items (Readability's scoring, and so the fast path's, skips <li>), one short paragraph elsewhere.
  const html = `<html><body><div class="note"><p>A short note about the bridge, nothing more to read here.</p></div>
<ul>${[...STORY, ...STORY, ...STORY].map((p) => `<li>${p}</li>`).join('')}</ul></body></html>`;
  const a = htmlToArticle(html, { url: null });
  assert.equal(a.extractor.name, 'readability');
  assert.equal(a.extractor.reason, 'short body, prose elsewhere');
  assert.equal(htmlToArticle(html, { url: null, only: 'fast' }).text, 'A short note about the bridge, nothing more to read here.');
});

test('a short article is read by the fast path alone: no prose elsewhere for Readability to find', () => {
  const a = htmlToArticle(`<html><body><nav><a href="/">Home</a></nav><div><p>${STORY[0]}</p><p>${STORY[1]}</p></div></body></html>`, { url: null });
  assert.equal(a.extractor.name, 'fast');
  assert.equal(a.text, `${STORY[0]}\n\n${STORY[1]}`);
});

test('the fast path and Readability agree on a plain news page', () => {
  const page = newsPage('<div class="comments"><p>First comment, which is long enough to be scored as a paragraph, and then some.</p></div>');
  const fast = htmlToArticle(page, { url: null, only: 'fast' }).text;
  const slow = htmlToArticle(page, { url: null, only: 'readability' }).text;
  for (const p of STORY) {
    assert.ok(fast.includes(p.slice(0, 60)), `fast: ${p.slice(0, 30)}`);
    assert.ok(slow.includes(p.slice(0, 60)), `readability: ${p.slice(0, 30)}`);
  }
  assert.ok(!fast.includes('First comment') && !slow.includes('First comment'));
});

test('deep nesting and stray end tags stay linear', () => {
  // 20,000 open <div>s, then as many stray </span>s: a stack search per end tag would be 4e8 steps.
  const depth = 20_000;
  const html = `<html><body>${'<div>'.repeat(depth)}${STORY.map((p) => `<p>${p}</p>`).join('')}${'</span>'.repeat(depth)}${'</div>'.repeat(depth)}<p>After.</p></body></html>`;
  const a = htmlToArticle(html, { url: null });
  assert.equal(a.extractor.name, 'fast');
  assert.ok(a.text.startsWith(STORY.join('\n\n')), a.text.slice(0, 200));
});

test('markup that never closes a tag stays linear: "<a" runs, unclosed quotes, unclosed <svg>s', { timeout: 20_000 }, () => {
  const story = STORY.map((p) => `<p>${p}</p>`).join('');
  // Were '<' allowed outside quotes in a tag, each '<' of the first page would scan to its end.
  assert.ok(scanHtml(`<p>${'<a'.repeat(300_000)}</p>`).runs[0]!.text.startsWith('<a<a'));
  assert.ok(scanHtml(`<p>${'<a "x'.repeat(100_000)}`).runs.length <= 1);
  // 100,000 unclosed <svg>s after the story: the scan skips them; the DOM path took a minute on twice as many.
  const svgPage = `<html><body>${story}${'<svg>'.repeat(100_000)}</body></html>`;
  assert.equal(htmlToArticle(svgPage, { url: null }).text, STORY.join('\n\n'));
  assert.equal(htmlToArticle(`<html><body><p>${STORY[0]}</p>${'<svg>'.repeat(100_000)}`, { url: null, only: 'readability' }).text, STORY[0]);
});
