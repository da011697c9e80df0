import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, findPublicationDate, parseDateline } from '../../src/read/published.js';
import { normaliseDate } from '../../src/read/dates.js';
import { prepareArticle } from '../../src/read/prepare.js';

test('Reuters-style dateline with the year in the URL', () => {
  const found = findPublicationDate('NAIROBI, March 3 (Reuters) - Police fired tear gas at protesters on Friday.', 'https://wire.example/world/2023/kenya-protests');
  assert.deepEqual(found, { published: '2023-03-03', from: 'dateline' });
});

test('dateline with a full date needs no other evidence', () => {
  const found = findPublicationDate('GENEVA, Sept. 14, 2022 (AFP) — Talks resumed on Wednesday.', null);
  assert.deepEqual(found, { published: '2022-09-14', from: 'dateline' });
});

test('a yearless dateline takes the year of the latest full date in the text, rolling over the new year', () => {
  const same = findPublicationDate('LAGOS, July 19 (Reuters) - Unions began a strike against the law signed on June 26, 2023 by the president.', null);
  assert.deepEqual(same, { published: '2023-07-19', from: 'dateline' });
  const next = findPublicationDate('DHAKA, Jan 2 (Reuters) - Counting continued after the vote held on December 30, 2022, officials said.', null);
  assert.deepEqual(next, { published: '2023-01-02', from: 'dateline' });
});

test('a yearless dateline with no evidence of the year is left unknown, with a note', () => {
  const found = findPublicationDate('KYIV, Feb 24 (Reuters) - Air raid sirens sounded across the capital on Friday.', null);
  assert.equal(found.published, null);
  assert.equal(found.from, 'none');
  assert.match(found.note!, /dateline "KYIV, Feb 24 \(Reuters\) -" gives no year/);
});

test('an AP dateline carries no date, so the URL decides', () => {
  assert.equal(parseDateline('KABUL, Afghanistan (AP) — Gunmen attacked a checkpoint.'), null);
  const found = findPublicationDate('KABUL, Afghanistan (AP) — Gunmen attacked a checkpoint.', 'https://news.example/2021/08/26/kabul-attack');
  assert.deepEqual(found, { published: '2021-08-26', from: 'url' });
});

test('dates in URLs: /Y/M/D/, /Y-M-D-, /YYYYMMDD/, and impossible dates refused', () => {
  assert.equal(dateFromUrl('https://a.example/news/2023/03/03/story'), '2023-03-03');
  assert.equal(dateFromUrl('https://a.example/2022-11-02-ethiopia-deal'), '2022-11-02');
  assert.equal(dateFromUrl('https://a.example/world/20230303/story.html'), '2023-03-03');
  assert.equal(dateFromUrl('https://a.example/2023/02/30/story'), null);
  assert.equal(dateFromUrl('https://a.example/story-12345678'), null);
  assert.equal(dateFromUrl(null), null);
});

test('a body without a dateline and a URL without a date give none', () => {
  assert.deepEqual(findPublicationDate('Protesters marched on Sunday.', 'https://a.example/story'), { published: null, from: 'none' });
});

test('normaliseDate keeps ISO precision and offsets, converts feed dates, refuses ambiguity', () => {
  assert.equal(normaliseDate('2023-01-31'), '2023-01-31');
  assert.equal(normaliseDate('2023-01-31T06:15:00+0500'), '2023-01-31T06:15:00+05:00');
  assert.equal(normaliseDate('Tue, 31 Jan 2023 09:10:00 GMT'), '2023-01-31T09:10:00Z');
  assert.equal(normaliseDate('20230131'), '2023-01-31');
  assert.equal(normaliseDate('3/4/23'), null);
  assert.equal(normaliseDate('2023-02-29'), null);
  assert.equal(normaliseDate('yesterday'), null);
});

test('prepareArticle: input beats page metadata beats dateline beats URL; --published beats all', () => {
  const dateline = 'BAMAKO, May 5 (Reuters) - Soldiers patrolled the capital.';
  const page = `<html><head><meta property="article:published_time" content="2024-05-06T10:00:00Z"></head><body><article><p>${dateline}</p></article></body></html>`;
  const url = 'https://a.example/2024/05/04/mali';
  assert.deepEqual(pick(prepareArticle({ url, title: null, outlet: null, published: '2024-05-07', publishedFrom: 'input', html: page })), ['2024-05-07', 'input']);
  assert.deepEqual(pick(prepareArticle({ url, title: null, outlet: null, published: null, html: page })), ['2024-05-06T10:00:00Z', 'metadata']);
  assert.deepEqual(pick(prepareArticle({ url, title: null, outlet: null, published: null, text: dateline })), ['2024-05-05', 'dateline']);
  assert.deepEqual(pick(prepareArticle({ url, title: null, outlet: null, published: null, text: 'Soldiers patrolled the capital.' })), ['2024-05-04', 'url']);
  assert.deepEqual(pick(prepareArticle({ url: null, title: null, outlet: null, published: null, text: 'Soldiers patrolled.' })), [null, 'none']);
  assert.deepEqual(pick(prepareArticle({ url, title: null, outlet: null, published: '2024-05-07', text: dateline }, { published: '2020-01-01' })), ['2020-01-01', 'input']);
});

const pick = (p: { published: string | null; publishedFrom: string }) => [p.published, p.publishedFrom];

test('prepareArticle normalises a caller-given date and ignores one that is not a date, saying so', () => {
  const a = prepareArticle({ url: null, title: null, outlet: null, published: 'Tue, 31 Jan 2023 09:10:00 GMT', text: 'Body.' });
  assert.deepEqual(pick(a), ['2023-01-31T09:10:00Z', 'input']);
  const b = prepareArticle({ url: 'https://a.example/2023/02/01/x', title: null, outlet: null, published: 'last week', text: 'Body.' });
  assert.deepEqual(pick(b), ['2023-02-01', 'url']);
  assert.ok(b.messages.some((m) => m.rule === 'published' && /input date 'last week' is not a date/.test(m.reason)));
});

test('a dateline after a standfirst paragraph is found; one deep in the story is not', () => {
  const standfirst = 'Opposition says the vote was rigged\n\nHARARE, Aug 26, 2023 (Reuters) - Results were announced on Saturday.';
  assert.deepEqual(findPublicationDate(standfirst, null), { published: '2023-08-26', from: 'dateline' });
  const deep = 'One.\n\nTwo.\n\nThree.\n\nHARARE, Aug 26, 2023 (Reuters) - Late paragraph.';
  assert.deepEqual(findPublicationDate(deep, null), { published: null, from: 'none' });
});
