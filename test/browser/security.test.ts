import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { XSS_TEXT, xssReport } from '../server/fixtures.js';
import { buildUi, chromiumMissing, launch, SCREENSHOTS, serveStore, type Served } from './harness.js';

// Article text is untrusted. Payloads go in through the real ingest route (and the real
// pipeline), plus a hand-made analysis with a payload in every layer; the browser must show
// them as text and run none of them.
const TOKEN = 'browser-test-token';
let served: Served;
let webRoot = '';
let browser: Browser;
let page: Page;
const alarms: string[] = [];
const ingested: string[] = [];

before(async () => {
  if (chromiumMissing) return;
  webRoot = buildUi();
  served = await serveStore(async (store) => void (await store.saveAnalysis(xssReport(), null)), { token: TOKEN, webRoot });
  const post = async (body: string, type: string) => {
    const res = await fetch(`${served.url}/api/ingest`, { method: 'POST', body, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': type } });
    assert.equal(res.status, 200, await res.clone().text());
    ingested.push(...((await res.json()) as { articles: string[] }).articles);
  };
  await post(JSON.stringify({ url: 'https://evil.example/a', title: '<script>window.__pwned=11</script>', outlet: '<img src=x onerror=window.__pwned=12>', published: '2023-02-02', text: XSS_TEXT }), 'application/json');
  await post(`<html><head><title>Payload page</title></head><body><article><h1>Payload page</h1><p>${XSS_TEXT.replace(/\n\n/g, '</p><p>')}</p><p>Officials said the attack in Aleppo killed 3 people on Monday. &lt;script&gt;window.__pwned=13&lt;/script&gt;</p></article></body></html>`, 'text/html');
  browser = await launch();
  page = await browser.newPage();
  page.on('dialog', (d) => {
    alarms.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) alarms.push(`csp: ${m.text()}`);
  });
  page.on('pageerror', (e) => alarms.push(`error: ${e.message}`));
});
after(async () => {
  await browser?.close();
  await served?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

/** Hover, focus and click everything matching (in the page: hovering one by one is slow). */
async function poke(selector: string) {
  await page.evaluate((sel) => {
    for (const el of document.querySelectorAll<HTMLElement>(sel)) {
      for (const type of ['mouseover', 'mouseenter', 'focus']) el.dispatchEvent(new Event(type));
      if (el.tagName === 'A' && el.getAttribute('href') === '#') el.click();
    }
  }, selector);
  await page.waitForTimeout(100);
}

async function assertNothingRan(where: string) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    title: document.title,
    scripts: document.querySelectorAll('main script').length,
    images: document.querySelectorAll('main img').length,
    handlers: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    jsLinks: [...document.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:')).length,
  }));
  assert.deepEqual(state, { pwned: null, title: 'newsgraph workbench', scripts: 0, images: 0, handlers: 0, jsLinks: 0 }, where);
}

test('payloads ingested through the API are shown as text and never run', { skip: chromiumMissing }, async () => {
  assert.equal(ingested.length, 2);
  await page.goto(`${served.url}/#/search`);
  await page.waitForSelector('.hit');
  assert.ok((await page.textContent('.hits'))!.includes('<script>window.__pwned=11</script>'), 'payload title shown as text');
  await assertNothingRan('search list');
  await page.goto(`${served.url}/#/search?q=pwned`);
  await page.waitForSelector('.snippet');
  await assertNothingRan('search snippets');
  for (const id of [...ingested, 'xss-article']) {
    await page.goto(`${served.url}/#/article/${id}`);
    await page.waitForSelector('.article-text');
    assert.ok((await page.textContent('.article-text'))!.includes('<script>'), `${id}: payload not shown as text`);
    await poke('.article-text mark, .panel a');
    await assertNothingRan(`article ${id}`);
    if (id === 'xss-article') await page.screenshot({ path: join(SCREENSHOTS, 'xss-article.png'), fullPage: true });
  }
  for (const view of ['#/events', '#/actors', `#/actor/${encodeURIComponent('name:PERSON:<b onmouseover=alert(1)>mr payload</b>')}`]) {
    await page.goto(`${served.url}/${view}`);
    await page.waitForSelector('main h1, main h2');
    await page.waitForTimeout(200);
    await poke('main td, main li, main a:not([download])');
    await assertNothingRan(view);
  }
  assert.deepEqual(alarms, []);
});
