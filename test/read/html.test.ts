import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlToArticle } from '../../src/read/html.js';

const PARAS = [
  'Heavy rain flooded low-lying districts of the city on Thursday, forcing hundreds of families from their homes, the disaster agency said.',
  'Rescue teams used boats to reach people trapped on rooftops. “The water rose in minutes,” said Rosa Delgado, a market trader. She added that her stall had been swept away.',
  'The agency said at least twelve people had died and four were missing. Officials warned that more rain was expected over the weekend in the mountain provinces.',
];

function page(head: string, extraBody = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Floods force families from homes</h1>${PARAS.map((p) => `<p>${p}</p>`).join('\n')}${extraBody}</article>
<footer>© The Paper · <a href="/privacy">Privacy</a></footer></body></html>`;
}

test('the body keeps its paragraphs and drops navigation and footer', () => {
  const a = htmlToArticle(page('<title>Floods</title>'), { url: null });
  for (const p of PARAS) assert.ok(a.text.includes(p), p.slice(0, 30));
  assert.ok(a.text.split('\n\n').length >= 3);
  assert.ok(!/Privacy|Sport/.test(a.text));
});

test('metadata from Open Graph and article meta tags, and the canonical link', () => {
  const a = htmlToArticle(page(`<title>Floods force families from homes | The Paper</title>
<meta property="og:site_name" content="The Paper"><meta property="article:published_time" content="2024-03-07T08:00:00Z">
<link rel="canonical" href="https://paper.example/floods"><meta property="og:url" content="https://paper.example/other">`), { url: null });
  assert.deepEqual([a.title, a.outlet, a.published, a.url], ['Floods force families from homes', 'The Paper', '2024-03-07T08:00:00Z', 'https://paper.example/floods']);
});

test('metadata from JSON-LD NewsArticle inside an @graph, broken JSON-LD ignored', () => {
  const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': 'NewsArticle', headline: 'Floods in the city', datePublished: '2024-03-08', publisher: { '@type': 'Organization', name: 'City Herald' }, url: 'https://herald.example/floods' }] };
  const a = htmlToArticle(page(`<script type="application/ld+json">{broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script>`), { url: null });
  assert.deepEqual([a.title, a.outlet, a.published, a.url], ['Floods in the city', 'City Herald', '2024-03-08', 'https://herald.example/floods']);
});

test('publication date from <time datetime>, meta name=date and DC.date.issued', () => {
  assert.equal(htmlToArticle(page('', '<p><time datetime="2024-03-09T10:00:00+01:00">9 March</time></p>'), { url: null }).published, '2024-03-09T10:00:00+01:00');
  assert.equal(htmlToArticle(page('<meta name="date" content="2024-03-10">'), { url: null }).published, '2024-03-10');
  assert.equal(htmlToArticle(page('<meta name="DC.date.issued" content="2024-03-11">'), { url: null }).published, '2024-03-11');
  assert.equal(htmlToArticle(page('<meta name="date" content="not a date">'), { url: null }).published, null);
});

test('the caller\'s URL is kept when the page names none', () => {
  assert.equal(htmlToArticle(page(''), { url: 'https://given.example/a' }).url, 'https://given.example/a');
});

test('an HTML fragment (feed item, JSONL field) is rendered whole, without Readability', () => {
  const a = htmlToArticle('<p>Short item.</p><p>Second <b>bold</b> line.<br>Next line.</p>', { url: null });
  assert.equal(a.text, 'Short item.\n\nSecond bold line.\nNext line.');
});

test('malformed HTML still yields its text', () => {
  const a = htmlToArticle(`<html><body><div><p>${PARAS[0]}<p>${PARAS[1]}</div></span><p>${PARAS[2]}`, { url: null });
  for (const p of PARAS) assert.ok(a.text.includes(p.slice(0, 40)));
});

test('captions, share bars, related lists and link-only list items inside the article are dropped', () => {
  const widgets = `
<figure><img src="a.jpg"><figcaption>Boats in a flooded street. Photo: Jo Bloggs</figcaption></figure>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">WhatsApp</a></div>
<div class="related-stories"><h3>Related</h3><p>Drought hits farms in the north</p></div>
<ul><li><a href="/x">Storm season starts early this year</a></li><li><a href="/y">Ten tips for flood insurance</a></li></ul>
<ul><li>Residents were told to boil water, <a href="/z">officials said</a>, until further notice.</li></ul>`;
  const a = htmlToArticle(page('', widgets), { url: null });
  for (const gone of ['Boats in a flooded street', 'WhatsApp', 'Drought hits farms', 'Storm season starts', 'Ten tips']) assert.ok(!a.text.includes(gone), gone);
  assert.ok(a.text.includes('Residents were told to boil water, officials said, until further notice.'));
  for (const p of PARAS) assert.ok(a.text.includes(p), p.slice(0, 30));
});

test('class words match whole words only, and a wrapper holding the article is never pruned', () => {
  const html = `<!DOCTYPE html><html><body><div class="content-meta has-comments"><div class="shareholders-report"><article>
${PARAS.map((p) => `<p>${p}</p>`).join('\n')}</article></div></div></body></html>`;
  const a = htmlToArticle(html, { url: null });
  for (const p of PARAS) assert.ok(a.text.includes(p), p.slice(0, 30));
});
