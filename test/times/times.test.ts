/**
 * The times stage, one test per rule of issue 4. Publication date: Friday 10 March 2023
 * unless a test says otherwise. Sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentOf } from '../../src/analyze.js';
import { extractTimes } from '../../src/extract/times/index.js';
import type { TimeExpression } from '../../src/model/analysis.js';

const PUBLISHED = '2023-03-10';

function times(text: string, published: string | null = PUBLISHED): TimeExpression[] {
  return extractTimes(documentOf(text, { published }), {});
}

/** The one expression whose text is `span`; fails if it is missing. */
function one(text: string, span: string, published: string | null = PUBLISHED): TimeExpression {
  const found = times(text, published).find((t) => t.text === span);
  assert.ok(found, `no time expression '${span}' in: ${text} -> ${JSON.stringify(times(text, published).map((t) => t.text))}`);
  return found;
}

test('day-month date takes the publication year', () => {
  const t = one('The ceasefire collapsed on 4 March after a week of shelling.', '4 March');
  assert.equal(t.type, 'DATE');
  assert.equal(t.value, '2023-03-04');
});

test('month-day date: the span leaves out "on" and keeps offsets exact', () => {
  const text = 'Talks resumed on March 4 in Geneva.';
  const t = one(text, 'March 4');
  assert.equal(text.slice(t.start, t.end), 'March 4');
  assert.equal(t.value, '2023-03-04');
});

test('full dates keep their own year', () => {
  assert.equal(one('The treaty was signed on Sept. 27, 1989, in Paris.', 'Sept. 27, 1989').value, '1989-09-27');
  assert.equal(one('The law took effect in August 1998.', 'August 1998').value, '1998-08');
});

test('"last month" is the month before publication', () => {
  assert.equal(one('Prices rose sharply last month, officials said.', 'last month').value, '2023-02');
});

test('"mid-June" keeps the MID modifier and points to the past', () => {
  const t = one('The offensive began in mid-June and stalled by autumn.', 'mid-June');
  assert.equal(t.value, '2022-06');
  assert.equal(t.mod, 'MID');
});

test('"on Sunday" is the Sunday before publication', () => {
  const t = one('Gunmen attacked a checkpoint on Sunday, killing two.', 'Sunday');
  assert.equal(t.value, '2023-03-05');
});

test('future wording moves a weekday ahead', () => {
  assert.equal(one('The two leaders will meet on Sunday in Doha.', 'Sunday').value, '2023-03-12');
  assert.equal(one('The vote is due to take place on Tuesday.', 'Tuesday').value, '2023-03-14');
});

test('a scheduled event in the present tense points ahead', () => {
  assert.equal(one('Parliament reconvenes in September.', 'September').value, '2023-09');
  assert.equal(one('Parliament reconvened in September.', 'September').value, '2022-09');
});

test('"the past three decades" is a 30-year duration', () => {
  const t = one('The region has seen little rain over the past three decades.', 'the past three decades');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'P30Y');
});

test('fractions as whole units plus the rest in the next smaller unit (P1Y6M), and "-long" durations', () => {
  assert.equal(one('The siege lasted a year and a half.', 'a year and a half').value, 'P1Y6M');
  assert.equal(one('The flight took 5 1/2 hours.', '5 1/2 hours').value, 'PT5H30M');
  assert.equal(one('Talks ran two and a half days.', 'two and a half days').value, 'P2DT12H');
  assert.equal(one('Voters queued for half an hour.', 'half an hour').value, 'PT30M');
  assert.equal(one('The decade-long war ended.', 'decade-long').value, 'P10Y');
});

test('"every week" is a set', () => {
  const t = one('Protesters have gathered in the square every week since the election.', 'every week');
  assert.equal(t.type, 'SET');
  assert.equal(t.value, 'P1W');
});

test('"earlier this week" names the publication week', () => {
  assert.equal(one('The minister resigned earlier this week.', 'earlier this week').value, '2023-W10');
});

test('"the day before" counts from the last day named', () => {
  const found = times('The convoy was ambushed on March 2. The day before, a drone had struck the depot.');
  assert.deepEqual(
    found.map((t) => [t.text, t.value]),
    [
      ['March 2', '2023-03-02'],
      ['The day before', '2023-03-01'],
    ],
  );
});

test('"late last year" is last year with the END modifier', () => {
  const t = one('The company began cutting jobs late last year.', 'late last year');
  assert.equal(t.value, '2022');
  assert.equal(t.mod, 'END');
});

test('a year-less month in a January article can mean last December', () => {
  assert.equal(one('The rebels seized the town in December.', 'December', '2024-01-15').value, '2023-12');
  assert.equal(one('Elections were held on December 28.', 'December 28', '2024-01-15').value, '2023-12-28');
});

test('a year-less date right after a full date of another year takes that year', () => {
  const found = times('The army moved on November 15, 2017, and he resigned on November 21. Elections follow on March 26.');
  assert.deepEqual(
    found.map((t) => t.value),
    ['2017-11-15', '2017-11-21', '2023-03-26'],
  );
});

test('"for months" is a vague duration without "for"', () => {
  const t = one('Residents have lived without power for months.', 'months');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'PXM');
});

test('"two years ago" is the year two years before publication', () => {
  assert.equal(one('The mine closed two years ago.', 'two years ago').value, '2021');
});

test('"Monday night" is the night of the Monday before publication; "last night" is a TIME', () => {
  const t = one('Shelling continued through Monday night.', 'Monday night');
  assert.equal(t.type, 'DATE'); // as TimeBank annotators typed weekday + part of day
  assert.equal(t.value, '2023-03-06TNI');
  const night = one('Two rockets hit the airport last night.', 'last night');
  assert.equal(night.type, 'TIME');
  assert.equal(night.value, '2023-03-09TNI');
});

test('"last week", "this year", "next week"', () => {
  assert.equal(one('Fighting flared again last week.', 'last week').value, '2023-W09');
  assert.equal(one('Exports have fallen this year.', 'this year').value, '2023');
  assert.equal(one('Negotiators return to Cairo next week.', 'next week').value, '2023-W11');
});

test('a bare year and a decade', () => {
  assert.equal(one('The dam was finished in 2019.', '2019').value, '2019');
  assert.equal(one('The conflict dates back to the 1990s.', 'the 1990s').value, '199');
});

test('a day number paired with a month-day is a second date ("April 24 and 25", "March 3-5, 2021")', () => {
  assert.deepEqual(times('The summit was held on April 24 and 25.', '1999-05-01').map((t) => [t.text, t.value]), [
    ['April 24', '1999-04-24'],
    ['25', '1999-04-25'],
  ]);
  assert.deepEqual(times('Talks ran March 3-5, 2021.').map((t) => t.value), ['2021-03-03', '2021-03-05']);
  assert.equal(times('On May 3 and 4 people died.').length, 1);
});

test('"4 in the morning" is a clock time', () => {
  assert.equal(one('The convoy left at 4 in the morning.', '4 in the morning').value, '2023-03-10T04:00');
});

test('a year range is two years; a fiscal split year is not a year', () => {
  assert.deepEqual(times('The drought of 2009-2010 ruined harvests.').map((t) => t.value), ['2009', '2010']);
  assert.equal(times('The 1990.5 index and the 2009/10 budget.').length, 0);
});

test('a number that counts things is not a year', () => {
  assert.equal(times('About 2000 troops crossed the border.').length, 0);
});

test('clock times take the day of their sentence', () => {
  const t = one('The blast hit the market at 10:30 a.m. on Tuesday.', '10:30 a.m.');
  assert.equal(t.type, 'TIME');
  assert.equal(t.value, '2023-03-07T10:30');
  // a clock time next to its day is one expression, as TimeML marks it
  assert.equal(one('Polls close at 8 p.m. today.', '8 p.m. today').value, '2023-03-10T20:00');
});

test('"May" the modal verb is not a month', () => {
  assert.equal(times('Officials said the toll may rise.').length, 0);
  assert.equal(one('The ruling came in May.', 'May').value, '2022-05');
});

test('a month name inside a person\'s name is not a month', () => {
  assert.deepEqual(times('Theresa May resigned in July.').map((t) => t.text), ['July']);
});

test('a clock time takes the nearest day of its sentence, and stays masked with no publication date', () => {
  assert.equal(one('The minister died today at 10:00 a.m. local time, aides said yesterday.', '10:00 a.m. local time').value, '2023-03-10T10:00');
  assert.equal(one('The blast hit at 3 p.m. on Tuesday.', '3 p.m.', null).value, 'XXXX-XX-XXT15:00');
});

test('today, yesterday, now and recently', () => {
  assert.equal(one('The mayor said yesterday that schools would reopen.', 'yesterday').value, '2023-03-09');
  assert.equal(one('The border is now closed.', 'now').value, 'PRESENT_REF');
  assert.equal(one('The group recently changed its name.', 'recently').value, 'PAST_REF');
});

test('no publication date: absolute dates resolve, relative ones get placeholders and one message', () => {
  const doc = documentOf('The attack on 4 March 2021 was followed by raids last month and on Sunday.', { published: null });
  const found = extractTimes(doc, {});
  assert.deepEqual(
    found.map((t) => [t.text, t.value]),
    [
      ['4 March 2021', '2021-03-04'],
      ['last month', 'XXXX-XX'],
      ['Sunday', 'XXXX-XX-XX'],
    ],
  );
  assert.equal(doc.messages.filter((m) => m.rule === 'times').length, 1);
  assert.equal(doc.messages[0]!.reason, 'publication date unknown; relative dates unresolved');
});

test('an unreadable publication date is named in the one message and treated as unknown', () => {
  const doc = documentOf('Voting ended yesterday.', { published: 'last Tuesday' });
  assert.equal(extractTimes(doc, {})[0]!.value, 'XXXX-XX-XX');
  assert.deepEqual(doc.messages.map((m) => m.reason), ["publication date 'last Tuesday' is not an ISO date; relative dates unresolved"]);
});

test('no publication date: a year-less date keeps its month and day', () => {
  assert.equal(one('Voting ends on March 4.', 'March 4', null).value, 'XXXX-03-04');
});

test('every span is an exact slice of the text', () => {
  const text = 'On Friday, 10 March 2023, at 9 a.m., crowds gathered — as they have every Friday for the past two years.';
  for (const t of times(text)) assert.equal(text.slice(t.start, t.end), t.text);
});
