import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ACLED_COLUMNS } from '../../src/server/csv.js';
import { fillDemo } from '../server/fixtures.js';
import { parseCsv } from '../../src/read/csv.js';
import { buildUi, chromiumMissing, launch, SCREENSHOTS, serveStore, type Served } from './harness.js';

let served: Served;
let webRoot = '';
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  if (chromiumMissing) return;
  webRoot = buildUi();
  served = await serveStore(fillDemo, { webRoot });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1366, height: 860 }, acceptDownloads: true });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
after(async () => {
  await browser?.close();
  await served?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
const go = async (hash: string) => {
  await page.goto(`${served.url}/${hash}`);
};

test('search: snippets with marked matches, counts, outlet facets', { skip: chromiumMissing }, async () => {
  await go('#/search?q=motorbikes');
  await page.waitForSelector('.hit');
  assert.equal(await page.textContent('#result-count'), '3 articles match “motorbikes”');
  assert.equal(await page.locator('.snippet mark').first().textContent(), 'motorbikes');
  await page.fill('#search-input', 'tear gas');
  await page.press('#search-input', 'Enter');
  await page.waitForFunction(() => document.querySelector('#result-count')?.textContent?.startsWith('1 article'));
  await go('#/search');
  await page.waitForSelector('.facet-list li');
  await shot('search');
  assert.ok((await page.locator('.facet-list li').count()) >= 5);
});

test('article: every layer highlighted, selection details, toggles, who-said-what with roles', { skip: chromiumMissing }, async () => {
  await go('#/search?q=motorbikes');
  await page.click('.hit-title >> nth=0');
  await page.waitForSelector('.article-text mark');
  for (const cls of ['fill-entity', 'fill-time', 'fill-place', 'fill-trigger', 'in-quote', 'in-claim']) {
    assert.ok((await page.locator(`.article-text mark.${cls}`).count()) > 0, `no ${cls} highlight`);
  }
  const speakers = await page.locator('#who-said-what .speaker h3').allTextContents();
  assert.ok(speakers.some((s) => s.startsWith('Amina Yusuf') && s.includes('trader')), speakers.join(' | '));
  assert.ok(speakers.some((s) => s.startsWith('Musa Danjuma') && s.includes('Police spokesman')));
  assert.match((await page.textContent('#claims'))!, /Source chain: local radio → Musa Danjuma/);
  assert.match((await page.textContent('#claims'))!, /Denies C1/);
  await page.hover('.article-text mark.fill-trigger >> nth=0');
  assert.match((await page.textContent('#selection'))!, /Violence against civilians \/ Attack/);
  await page.focus('.article-text mark.fill-place');
  assert.match((await page.textContent('#selection'))!, /Kano/);
  await shot('article');
  await page.uncheck('#toggle-entity');
  assert.equal(await page.locator('.article-text mark.fill-entity').count(), 0);
  await page.check('#toggle-entity');
  assert.ok((await page.locator('.article-text mark.fill-entity').count()) > 0);
});

test('events: table filters and sorts, timeline brush filters table and map', { skip: chromiumMissing }, async () => {
  await go('#/events');
  await page.waitForSelector('.events-table tbody tr');
  assert.equal(await page.textContent('#event-count'), '9 events match');
  await page.selectOption('#filter-type', 'Violence against civilians');
  await page.click('.filters button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#event-count')?.textContent === '3 events match');
  await page.fill('#filter-minFatalities', '13');
  await page.click('.filters button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#event-count')?.textContent === '1 event match');
  await go('#/events?sort=-fatalities');
  await page.waitForSelector('.events-table tbody tr');
  assert.match((await page.locator('.events-table tbody tr').first().textContent())!, /Sagaing/);
  await page.waitForSelector('svg.timeline rect');
  await page.waitForSelector('svg.map circle.dot');
  await shot('events');
  // brush across the first half of the timeline: a date range lands in the URL and the table follows
  const box = (await page.locator('svg.timeline').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.06, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction(() => location.hash.includes('dateFrom='));
  await page.waitForSelector('#event-count');
  const count = Number((await page.textContent('#event-count'))!.split(' ')[0]);
  assert.ok(count >= 1 && count < 9, `brushed count ${count}`);
  assert.ok((await page.locator('svg.map circle.dot').count()) <= count);
  await shot('events-brushed');
});

test('map: clicking an event opens its report at the event', { skip: chromiumMissing }, async () => {
  await go('#/events');
  await page.waitForSelector('svg.map circle.dot');
  await shot('map');
  await page.click('svg.map circle[data-event="sagaing-strike/V1"]');
  await page.waitForFunction(() => location.hash.startsWith('#/article/sagaing-strike'));
  await page.waitForSelector('.article-text mark.fill-trigger');
  assert.match((await page.textContent('h1'))!, /Sagaing/);
});

test('incident: reports side by side, disagreement on the toll highlighted', { skip: chromiumMissing }, async () => {
  await go('#/incidents');
  await page.click('.events-table a');
  await page.waitForSelector('table.side-by-side');
  assert.equal(await page.textContent('#incident-figures'), '12 to 15 killed; 3 sources');
  assert.equal(await page.locator('table.side-by-side thead th').count(), 4);
  const differs = await page.locator('td.differs').allTextContents();
  assert.deepEqual(differs, ['15 (exact)']);
  await shot('incident');
});

test('actor: aliases, roles, events as actor, what it said', { skip: chromiumMissing }, async () => {
  await go(`#/actor/${encodeURIComponent('name:PERSON:musa danjuma')}`);
  await page.waitForSelector('h1');
  await page.waitForFunction(() => document.body.textContent?.includes('What it said (3)'));
  assert.match((await page.textContent('main'))!, /Police spokesman/);
  await go(`#/actor/${encodeURIComponent('actor:northern-front')}`);
  await page.waitForFunction(() => document.body.textContent?.includes('Events as actor (3)') && document.body.textContent?.includes('Claims (3)'));
  assert.match((await page.textContent('main'))!, /12 killed; as actor1/);
  await shot('actor');
});

test('CSV export downloads the filtered events with ACLED columns', { skip: chromiumMissing }, async () => {
  await go('#/events?country=NG');
  await page.waitForSelector('#export-csv');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
  assert.deepEqual(rows[0]!.slice(0, ACLED_COLUMNS.length), [...ACLED_COLUMNS]);
  assert.equal(rows.length - 1, 6);
  assert.ok(rows.slice(1).every((r) => r[rows[0]!.indexOf('country')] === 'Nigeria'));
});

test('no page errors along the way', { skip: chromiumMissing }, () => {
  assert.deepEqual(pageErrors, []);
});
