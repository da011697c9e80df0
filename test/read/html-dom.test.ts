import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripNonContent } from '../../src/read/html-strip.js';
import { parseFragment, parsePage } from '../../src/read/dom.js';

test('scripts, styles, nested SVG, templates, noscript and comments are cut; text around them stays', () => {
  const html = '<p>One<script>if (a < b) document.write("</p>")</script> two</p><style>p{}</style>' +
    '<svg><svg><title>icon</title></svg><path/></svg><template><p>x</p></template><noscript><img src=a></noscript><!-- <p>hidden</p> --><p>three</p>';
  assert.equal(stripNonContent(html), '<p>One two</p><p>three</p>');
});

test('an end tag directly followed by another element does not swallow it', () => {
  assert.equal(stripNonContent('<noscript>x</noscript><script src="a.js"></script><p>kept</p>'), '<p>kept</p>');
  assert.equal(stripNonContent('<SCRIPT type="text/javascript">x</SCRIPT ><P>kept</P>'), '<P>kept</P>');
});

test('JSON-LD stays, a never-closed script is left to the parser, a <scripts> tag is not a script', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
  assert.equal(stripNonContent(`${ld}<script>x</script>`), ld);
  assert.equal(stripNonContent('<p>a</p><script>never closed'), '<p>a</p><script>never closed');
  // An unclosed <svg> holds the rest of the page: cut to the end (no article text in SVG).
  assert.equal(stripNonContent('<p>a</p><svg><svg></svg><p>b'), '<p>a</p>');
  assert.equal(stripNonContent('<scripts>a</scripts>'), '<scripts>a</scripts>');
});

test('a page always gets html, head and body; head-only tags before the body go to head', () => {
  const doc = parsePage('<title>T &amp; U</title><meta name="a" content="b"><p>Body text<p>Second');
  assert.equal(doc.title, 'T & U');
  assert.equal(doc.head.getElementsByTagName('meta').length, 1);
  const paragraphs = doc.body.getElementsByTagName('p');
  assert.deepEqual(paragraphs.map((p) => p.textContent), ['Body text', 'Second']);
  assert.equal(doc.documentElement.children.length, 2);
});

test('explicit html/head/body tags reuse the document\'s elements and keep their attributes', () => {
  const doc = parsePage('<!DOCTYPE html><html lang="en"><head><title>A</title></head><body class="story"><div id="x">Hi &eacute;t&#233;</div></body></html>');
  assert.equal(doc.documentElement.getAttribute('lang'), 'en');
  assert.equal(doc.body.getAttribute('class'), 'story');
  assert.equal(doc.body.textContent, 'Hi été');
  assert.equal(doc.getElementsByTagName('body').length, 1);
});

test('Readability\'s re-parse through body.innerHTML uses the same parser', () => {
  const doc = parsePage('<body><p>old</p></body>');
  doc.body.innerHTML = '<div><p>new <b>bold</b><p>unclosed</div>';
  assert.deepEqual(doc.body.getElementsByTagName('p').map((p) => p.textContent), ['new bold', 'unclosed']);
  assert.equal(doc.body.children[0]!.parentNode, doc.body);
});

test('a fragment keeps adjacent text as one node', () => {
  const body = parseFragment('a &lt; b &amp; c');
  assert.equal(body.childNodes.length, 1);
  assert.equal(body.textContent, 'a < b & c');
});

test('nesting deeper than a browser keeps is flattened, and the text inside is still read', () => {
  const depth = 3000;
  const doc = parsePage(`<html><body>${'<div>'.repeat(depth)}<p>Deep inside</p>${'</div>'.repeat(depth)}<p>After</p></body></html>`);
  let deepest = 0;
  const walk = (el: { children: typeof doc.body.children }, d: number): void => {
    deepest = Math.max(deepest, d);
    for (const c of el.children) walk(c, d + 1);
  };
  walk(doc.documentElement, 1);
  assert.ok(deepest <= 130, `depth ${deepest}`);
  assert.deepEqual(doc.body.getElementsByTagName('p').map((p) => p.textContent), ['Deep inside', 'After']);
  assert.equal(doc.body.getElementsByTagName('div').length, depth);
});
