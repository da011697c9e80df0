/**
 * Which way a year-less or week-less date points, from the words of its clause. Publication
 * date: Friday 10 March 2023 unless a test says otherwise. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentOf } from '../../src/analyze.js';
import { extractTimes } from '../../src/extract/times/index.js';

function value(text: string, span: string, published = '2023-03-10'): string {
  const found = extractTimes(documentOf(text, { published }), {}).find((t) => t.text === span);
  assert.ok(found, `no time expression '${span}' in: ${text}`);
  return found.value;
}

test('a weekday right after a past reporting verb dates the report, whatever the reported clause says', () => {
  assert.equal(value('The ministry said Thursday that the border will reopen within days.', 'Thursday'), '2023-03-09');
  assert.equal(value('The union announced on Monday that it plans to strike.', 'Monday'), '2023-03-06');
  // the report may be from the day of publication
  assert.equal(value('Officials said Friday they will evacuate the coast.', 'Friday'), '2023-03-10');
  // a possessive date belongs to the noun after it, not to the report
  assert.equal(value("The minister said Tuesday's vote will go ahead.", 'Tuesday'), '2023-03-14');
});

test('"would" (future in the past) lets the nearer date win', () => {
  assert.equal(value('The envoy said the talks would resume on Saturday.', 'Saturday'), '2023-03-11');
  assert.equal(value('Aides said the summit would be held on March 14.', 'March 14'), '2023-03-14');
});

test('"plans to" and "set to" point ahead even when tagged as nouns', () => {
  assert.equal(value('On Tuesday, the farmers\' association plans to block the motorway.', 'Tuesday'), '2023-03-14');
  assert.equal(value('The trial is set to resume on Monday in the capital.', 'Monday'), '2023-03-13');
});

test('a deadline ("by", "until") points ahead when its clause does, else the nearer date wins', () => {
  assert.equal(value('The carrier will add four routes by August, its chief said.', 'August'), '2023-08');
  assert.equal(value('The curfew stays in place until Monday.', 'Monday'), '2023-03-13');
});

test('payable and effective dates lean to the nearer side', () => {
  // with no cue at all, dates this far ahead would be read as last year's
  assert.equal(value('The dividend is payable June 15 to holders of record.', 'June 15'), '2023-06-15');
  assert.equal(value('The board named a new chief, effective July 1.', 'July 1'), '2023-07-01');
});

test('a past verb right after the date closes the clause: later words do not move it ahead', () => {
  assert.equal(value('In September, the ministry announced plans to build a dam.', 'September'), '2022-09');
});

test('a plain weekday with no cue stays in the past', () => {
  assert.equal(value('Rebels shelled the port on Saturday.', 'Saturday'), '2023-03-04');
});

test('an infinitive names an unrealised event: the nearer date wins, unless a plan word governs it', () => {
  assert.equal(value('The ministry unveiled a plan to reopen the schools in June.', 'June'), '2023-06');
  assert.equal(value('The bridge is scheduled to open on Monday.', 'Monday'), '2023-03-13');
  // the nearer Monday is the past one
  assert.equal(value('Two men were caught trying to cross the river on Monday.', 'Monday'), '2023-03-06');
});

test('a plan moved to a date ("postponed until Tuesday") points ahead', () => {
  assert.equal(value('The court postponed until Tuesday its ruling on the appeal.', 'Tuesday'), '2023-03-14');
});
