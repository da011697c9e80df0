/**
 * Reporting periods of results news: comparisons with "a year earlier" and the periods named
 * without a unit. Publication date: Friday 10 March 2023. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentOf } from '../../src/analyze.js';
import { extractTimes } from '../../src/extract/times/index.js';

function values(text: string, published = '2023-03-10'): Array<[string, string]> {
  return extractTimes(documentOf(text, { published }), {}).map((t) => [t.text, t.value]);
}

test('"a year earlier" after a quarter is that quarter a year before, however often it is repeated', () => {
  const text =
    'The brewer said fourth-quarter profit rose to $40 million from $31 million a year earlier. ' +
    'Sales climbed 9% from a year ago. Margins widened from a year earlier, too.';
  assert.deepEqual(values(text), [
    ['fourth-quarter', '2022-Q4'],
    ['a year earlier', '2021-Q4'],
    ['a year ago', '2021-Q4'],
    ['a year earlier', '2021-Q4'],
  ]);
});

test('without a quarter, "a year ago" is the year before publication and repeated comparisons do not drift', () => {
  assert.deepEqual(values('Exports fell from a year ago. Imports also fell from a year earlier.'), [
    ['a year ago', '2022'],
    ['a year earlier', '2022'],
  ]);
});

test('"year-earlier", "the year-ago period" and "the latest period" take the quarter under discussion', () => {
  const text =
    'The insurer posted a third-quarter loss, against year-earlier profit of $2 million. ' +
    'In the year-ago period, claims were lower. The latest period included a one-time charge.';
  assert.deepEqual(values(text, '2022-11-02'), [
    ['third-quarter', '2022-Q3'],
    ['year-earlier', '2021-Q3'],
    ['the year-ago period', '2021-Q3'],
    ['The latest period', '2022-Q3'],
  ]);
});

test('"the latest period" with no quarter named is left out; "year-earlier" alone is last year', () => {
  assert.deepEqual(values('Costs in the latest period rose, unlike year-earlier costs.'), [['year-earlier', '2022']]);
});

test('"the year ended ..." is a year\'s length; "for the full year", "earlier in the year" the current year', () => {
  assert.deepEqual(values('Profit for the year ended June 30 fell.'), [
    ['the year', 'P1Y'],
    ['June 30', '2022-06-30'],
  ]);
  assert.deepEqual(values('The chain forecast higher sales for the full year.'), [['the full year', '2023']]);
  assert.deepEqual(values('Planting was delayed earlier in the year by floods.'), [['earlier in the year', '2023']]);
});

test('"the year" as a plain noun or an award is no time expression', () => {
  assert.deepEqual(values('In the year since the flood, few homes were rebuilt.'), []);
  assert.deepEqual(values('She was named Player of the Year.'), []);
});

test('an ordinal quarter not yet begun is last year\'s unless the clause points ahead', () => {
  assert.deepEqual(values('Profit fell in the fourth quarter.', '2023-01-20'), [['the fourth quarter', '2022-Q4']]);
  assert.deepEqual(values('The plant will open in the third quarter.'), [['the third quarter', '2023-Q3']]);
});

test('"each July" is a yearly set on that month', () => {
  assert.deepEqual(values('Pilgrims fill the town each July.'), [['each July', 'XXXX-07']]);
  assert.deepEqual(values('Veterans parade every June 6.'), [['every June 6', 'XXXX-06-06']]);
});

test('"the last half of 2019" is the second half-year', () => {
  assert.deepEqual(values('Sales rose in the last half of 2019.'), [['the last half of 2019', '2019-H2']]);
});
