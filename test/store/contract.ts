/**
 * The store contract: every backend must pass these. Each backend's test file calls
 * storeContract() with a factory that opens a fresh, empty store.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventCursor, IncidentCursor, Store } from '../../src/store/types.js';
import { INCIDENT_SCHEMA, type Incident } from '../../src/model/analysis.js';
import { sampleAnalysis } from './sample-analysis.js';

export function storeContract(name: string, open: () => Promise<Store>): void {
  const withStore = (title: string, fn: (s: Store) => Promise<void>) =>
    test(`${name}: ${title}`, async () => {
      const store = await open();
      try {
        await fn(store);
      } finally {
        await store.close();
      }
    });

  withStore('round-trips an Analysis and its input exactly', async (s) => {
    const a = sampleAnalysis('a1');
    assert.equal(await s.saveAnalysis(a, { url: a.article.url, title: null, outlet: null, published: null, text: 'raw' }), 'stored');
    assert.deepEqual(await s.getAnalysis('a1'), a);
    assert.equal((await s.getInput('a1'))?.text, 'raw');
    assert.equal(await s.hasArticle('a1'), true);
    assert.equal(await s.hasArticle('nope'), false);
  });

  withStore('is idempotent by article id, and replaces on request', async (s) => {
    await s.saveAnalysis(sampleAnalysis('a1'), null);
    assert.equal(await s.saveAnalysis(sampleAnalysis('a1', { killed: 99 }), null), 'duplicate');
    assert.equal((await s.events()).items[0]!.fatalities, 12);
    assert.equal(await s.saveAnalysis(sampleAnalysis('a1', { killed: 99 }), null, { replace: true }), 'replaced');
    const events = await s.events();
    assert.equal(events.total, 1);
    assert.equal(events.items[0]!.fatalities, 99);
    assert.equal((await s.stats()).mentions, 4);
  });

  withStore('filters events by type, date, country, actor, fatalities and box', async (s) => {
    await s.saveAnalysis(sampleAnalysis('a1', { published: '2023-03-06', killed: 12 }), null);
    await s.saveAnalysis(sampleAnalysis('a2', { published: '2023-04-02', killed: 3, country: 'IQ', lat: 33.3, lon: 44.4 }), null);
    assert.equal((await s.events({ type: 'Battles' })).total, 2);
    assert.equal((await s.events({ type: 'Protests' })).total, 0);
    assert.equal((await s.events({ country: 'sy' })).total, 1);
    assert.equal((await s.events({ minFatalities: 10 })).items[0]!.article, 'a1');
    assert.equal((await s.events({ actor: 'hts' })).total, 2);
    assert.equal((await s.events({ actor: 'hayat tahrir al-sham' })).total, 2);
    assert.equal((await s.events({ actor: 'nobody' })).total, 0);
    assert.equal((await s.events({ bbox: [40, 30, 50, 35] })).items.map((e) => e.article).join(), 'a2');
    assert.equal((await s.events({ dateFrom: '2023-03-01', dateTo: '2023-03' })).total, 2, 'dateTo 2023-03 includes the whole month');
    const row = (await s.events({ article: 'a1' })).items[0]!;
    assert.equal(row.placeName, 'Idlib');
    assert.equal(row.admin1, 'Idlib');
    assert.deepEqual(row.actors.map((a) => a.role), ['actor1', 'actor2']);
    assert.equal(row.actors[0]!.actor, 'hts');
    assert.equal((await s.events({ limit: 1 })).items.length, 1);
  });

  withStore('finds an entity with all its mentions across articles', async (s) => {
    await s.saveAnalysis(sampleAnalysis('a1'), null);
    await s.saveAnalysis(sampleAnalysis('a2'), null);
    const hts = (await s.entities({ q: 'tahrir' })).items[0]!;
    assert.equal(hts.actor, 'hts');
    assert.equal(hts.articles, 2);
    const m = await s.mentions(hts.key);
    assert.equal(m.total, 4);
    assert.deepEqual([...new Set(m.items.map((x) => x.text))].sort(), ['HTS', 'Hayat Tahrir al-Sham']);
    assert.equal((await s.entities({ q: 'HTS' })).total, 1, 'found by an alias mention too');
    assert.deepEqual((await s.entities({ type: 'PERSON' })).items[0]!.roles.sort(), ['Colonel', 'army spokesman']);
  });

  withStore('queries quotes by speaker and claims by stance and claimant', async (s) => {
    await s.saveAnalysis(sampleAnalysis('a1'), null);
    const person = (await s.entities({ type: 'PERSON' })).items[0]!;
    const quotes = await s.quotes({ speaker: person.key });
    assert.equal(quotes.total, 1);
    assert.equal(quotes.items[0]!.speakerRole, 'army spokesman');
    assert.equal((await s.quotes({ speaker: 'idris bello' })).total, 1);
    assert.equal((await s.claims({ stance: 'deny' })).items[0]!.claimantName, 'Hayat Tahrir al-Sham');
    assert.equal((await s.claims({ claimant: 'actor:hts' })).total, 1);
    assert.equal((await s.claims({ stance: 'accuse' })).total, 0);
  });

  withStore('timeline per month when the dates span long, per day when short; coarse dates keep their key', async (s) => {
    const dated = (id: string, value: string, precision: 'day' | 'month') => {
      const a = sampleAnalysis(id);
      a.events[0]!.date = { value, precision };
      return a;
    };
    for (const [id, value, precision] of [['t1', '2023-01-10', 'day'], ['t2', '2023-01-20', 'day'], ['t3', '2023-06-02', 'day'], ['t4', '2023-06', 'month']] as const) {
      await s.saveAnalysis(dated(id, value, precision), null);
    }
    const auto = await s.eventTimelineBy!({}, 'auto');
    assert.equal(auto.bucket, 'month');
    assert.deepEqual(auto.buckets, [
      { day: '2023-01', type: 'Battles', events: 2, fatalities: 24 },
      { day: '2023-06', type: 'Battles', events: 2, fatalities: 24 },
    ]);
    const days = await s.eventTimelineBy!({}, 'day');
    assert.deepEqual(days.buckets.map((b) => [b.day, b.events]), [['2023-01-10', 1], ['2023-01-20', 1], ['2023-06', 1], ['2023-06-02', 1]]);
    assert.deepEqual(await s.eventTimeline({}), days.buckets);
    const short = await s.eventTimelineBy!({ dateTo: '2023-01-31' }, 'auto');
    assert.equal(short.bucket, 'day');
    assert.equal(short.buckets.length, 2);
  });

  withStore('keyset pages (after a cursor, uncounted) walk every sort exactly like offset pages, NULLs and ties included', async (s) => {
    const dates = ['2023-01-02', null, '2023-01-02', '2023-02-10', null, '2023-03', '2022-12-31'];
    const tolls = [5, null, 5, 0, 12, null, 5];
    for (let i = 0; i < dates.length; i++) {
      const a = sampleAnalysis(`k${i}`);
      const first = a.events[0]!;
      first.date = { value: dates[i]!, precision: dates[i] ? 'day' : null };
      first.fatalities = tolls[i] === null ? null : { ...first.fatalities!, value: tolls[i]! };
      // a second event with the same date and toll: ties broken by the event id
      a.events.push({ ...first, id: 'V2' });
      await s.saveAnalysis(a, null);
    }
    for (const sort of ['date', '-date', 'fatalities', '-fatalities'] as const) {
      const column = sort.replace('-', '') as 'date' | 'fatalities';
      const expected = (await s.events({ sort, limit: 100 })).items.map((e) => `${e.article}/${e.event}`);
      assert.equal(expected.length, 14);
      const walked: string[] = [];
      let after: EventCursor | undefined;
      for (let guard = 0; guard < 20; guard++) {
        const page = await s.events({ sort, limit: 3, after, countTotal: false });
        assert.equal(page.total, -1);
        walked.push(...page.items.map((e) => `${e.article}/${e.event}`));
        if (page.items.length < 3) break;
        const last = page.items[page.items.length - 1]!;
        after = { value: last[column], article: last.article, event: last.event };
      }
      assert.deepEqual(walked, expected, sort);
    }
    // with a cursor the total still counts every match of the filter
    assert.equal((await s.events({ sort: '-date', limit: 3, after: { value: '2023-01-02', article: 'k0', event: 'V1' } })).total, 14);
  });

  withStore('incident keyset pages (after a cursor, uncounted) walk the listing exactly like offset pages, undated and ties included', async (s) => {
    const starts = ['2023-01-02', null, '2023-01-02', '2023-02-10', null, '2023-03-01', '2022-12-31', '2023-01-02'];
    for (let i = 0; i < starts.length; i++) {
      const incident: Incident = {
        schema: INCIDENT_SCHEMA, id: `inc-${(i * 7) % starts.length}`, type: 'Battles', subType: 'Armed clash',
        date: { start: starts[i]!, end: starts[i]!, precision: starts[i] ? 'day' : null },
        place: null, actors: [], fatalities: null, injured: null, reports: [],
      };
      await s.saveIncident(incident, []);
    }
    const expected = (await s.incidents({ limit: 100 })).items.map((i) => i.id);
    assert.equal(expected.length, starts.length);
    const walked: string[] = [];
    let after: IncidentCursor | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const page = await s.incidents({ limit: 3, after, countTotal: false });
      assert.equal(page.total, -1);
      walked.push(...page.items.map((i) => i.id));
      if (page.items.length < 3) break;
      const last = page.items[page.items.length - 1]!;
      after = { dateStart: last.date.start, id: last.id };
    }
    assert.deepEqual(walked, expected);
    assert.equal((await s.incidents({ limit: 2, after: { dateStart: '2023-01-02', id: 'inc-0' } })).total, starts.length);
  });

  withStore('watched items: remembered while the source lists them, forgotten once it dropped them long ago', async (s) => {
    await s.markFeedItems('feed-a', ['g1', 'g2', 'g3']);
    await s.markFeedItems('feed-b', ['g2']);
    assert.deepEqual([...(await s.seenFeedItems('feed-a', ['g1', 'g2', 'g3', 'g4']))].sort(), ['g1', 'g2', 'g3']);
    // seen "long ago" from a clock far ahead: g1 is still listed, g2 and g3 are not
    await s.pruneFeedItems!('feed-a', ['g1'], '2999-01-01T00:00:00.000Z', '2998-06-01T00:00:00.000Z');
    assert.deepEqual([...(await s.seenFeedItems('feed-a', ['g1', 'g2', 'g3']))], ['g1']);
    assert.deepEqual([...(await s.seenFeedItems('feed-b', ['g2']))], ['g2'], 'another source keeps its items');
    // nothing is older than a cutoff in the past: nothing goes
    await s.pruneFeedItems!('feed-a', [], '2000-01-01T00:00:00.000Z');
    assert.deepEqual([...(await s.seenFeedItems('feed-a', ['g1']))], ['g1']);
  });

  withStore('queries times by date range and places by country', async (s) => {
    await s.saveAnalysis(sampleAnalysis('a1'), null);
    assert.equal((await s.times({ dateFrom: '2023-03-01', dateTo: '2023-03-31' })).total, 1);
    assert.equal((await s.times({ dateFrom: '2024-01-01' })).total, 0);
    assert.equal((await s.places({ country: 'SY' })).items[0]!.name, 'Idlib');
  });

  withStore('searches text with snippets, and survives hostile query syntax', async (s) => {
    await s.saveAnalysis(sampleAnalysis('a1'), null);
    const r = await s.search('army spokesman');
    assert.equal(r.total, 1);
    assert.match(r.items[0]!.snippet, /\u0002army\u0003/);
    assert.equal((await s.search('"army post"')).total, 1);
    assert.equal((await s.search('spokes*')).total, 1);
    for (const q of ['AND', '"unbalanced', 'NEAR(', '*', "'; DROP TABLE articles; --", '^col:x']) {
      await s.search(q); // must not throw
    }
    assert.equal((await s.stats()).articles, 1);
  });

  withStore('bounds page sizes', async (s) => {
    await s.saveAnalysis(sampleAnalysis('a1'), null);
    const r = await s.listArticles({ limit: 1e9 });
    assert.equal(r.items.length, 1);
  });
}
