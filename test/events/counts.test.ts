import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCounts, type CountKind } from '../../src/extract/events/counts.js';
import { parseNumber } from '../../src/extract/events/numbers.js';

/** The single count of one kind in a sentence, or null. */
function one(sentence: string, kind: CountKind) {
  const found = findCounts(sentence).filter((m) => m.kind === kind);
  assert.ok(found.length <= 1, `more than one ${kind} count in ${JSON.stringify(sentence)}`);
  return found[0]?.count ?? null;
}

test('number words, digits and vague words parse to values', () => {
  assert.deepEqual(parseNumber('forty-two'), { value: 42, vague: false });
  assert.deepEqual(parseNumber('two hundred and five'), { value: 205, vague: false });
  assert.deepEqual(parseNumber('1,350'), { value: 1350, vague: false });
  assert.deepEqual(parseNumber('a hundred'), { value: 100, vague: false });
  assert.deepEqual(parseNumber('Dozens'), { value: 12, vague: true });
  assert.deepEqual(parseNumber('hundreds'), { value: 100, vague: true });
  assert.equal(parseNumber('forty-banana'), null);
});

test('qualifiers map to the contract values', () => {
  const cases: Array<[string, number, string]> = [
    ['At least 40 people were killed in the market.', 40, 'at-least'],
    ['More than 15 soldiers were killed on the road.', 15, 'over'],
    ['About 30 villagers died after the raid.', 30, 'about'],
    ['Up to 8 miners were killed underground by the militia.', 8, 'up-to'],
    ['Nearly a hundred people were killed.', 100, 'about'],
    ['Eleven policemen were killed.', 11, 'exact'],
  ];
  for (const [s, value, qualifier] of cases) {
    const c = one(s, 'fatalities');
    assert.ok(c, s);
    assert.equal(c.value, value, s);
    assert.equal(c.qualifier, qualifier, s);
  }
});

test('"including" lists become includes, and the total stays the headline figure', () => {
  const c = one('The blast wounded more than 120 people, including 9 police officers, on the bridge.', 'injured')!;
  assert.equal(c.value, 120);
  assert.equal(c.qualifier, 'over');
  assert.deepEqual(c.includes, [{ value: 9, who: 'police officers' }]);
  const d = one('Raiders shot dead six civilians, including two children and a teacher, near the well.', 'fatalities')!;
  assert.equal(d.value, 6);
  assert.deepEqual(d.includes, [{ value: 2, who: 'children' }, { value: 1, who: 'teacher' }]);
});

test('vague words take the documented conservative value with qualifier at-least', () => {
  const c = one('Dozens of demonstrators were injured when the crowd was charged.', 'injured')!;
  assert.deepEqual([c.value, c.qualifier], [12, 'at-least']);
  const d = one('Hundreds of people were killed in the siege.', 'fatalities')!;
  assert.deepEqual([d.value, d.qualifier], [100, 'at-least']);
});

test('a singular noun counts one; conjoined counts add up', () => {
  assert.equal(one('The mine killed a shepherd on Tuesday.', 'fatalities')?.value, 1);
  assert.equal(one('A police officer was wounded in the exchange.', 'injured')?.value, 1);
  const c = one('Two soldiers and three civilians were killed in the ambush.', 'fatalities')!;
  assert.equal(c.value, 5);
  assert.equal(c.includes.length, 2);
});

test('death and injury cues before and after the number are told apart', () => {
  const s = 'The rocket killed 5 people and wounded 12 others in the camp.';
  assert.equal(one(s, 'fatalities')?.value, 5);
  assert.equal(one(s, 'injured')?.value, 12);
  const t = 'Seven people died and twenty-three were hurt.';
  assert.equal(one(t, 'fatalities')?.value, 7);
  assert.equal(one(t, 'injured')?.value, 23);
  assert.equal(one('The death toll from the bombing rose to 62 on Monday.', 'fatalities')?.value, 62);
  assert.equal(one('The explosion left 17 people dead.', 'fatalities')?.value, 17);
});

test('numbers that count no casualties are ignored', () => {
  for (const s of [
    'The fighting has lasted 12 years and displaced 3,000 families.',
    'Gunmen killed the mayor on 3 March in a town 40 km north of the capital.',
    'In 2019 the group killed its rival.',
    'A bomb exploded near a market.',
  ]) {
    const counts = findCounts(s).filter((m) => m.count.value > 1 || !/\ba bomb\b/i.test(s));
    assert.deepEqual(counts.map((m) => m.count.text), [], s);
  }
});

test('explicit reports of no casualties give a count of zero', () => {
  assert.equal(one('The device went off in the car park but did not cause any injuries.', 'injured')?.value, 0);
  assert.equal(one('No one was killed in the attack on the depot.', 'fatalities')?.value, 0);
});

test('offsets point at the counted phrase inside the larger text', () => {
  const text = 'Intro sentence. At least 40 people were killed.';
  const from = text.indexOf('At');
  const [m] = findCounts(text, from, text.length);
  assert.equal(text.slice(m!.start, m!.end), 'At least 40 people');
});

test('a revised toll is flagged so it can replace the first figure', () => {
  const [m] = findCounts('By Tuesday the death toll had risen to 57.');
  assert.equal(m?.count.value, 57);
  assert.equal(m?.revision, true);
  const [n] = findCounts('Gunmen killed 12 people at the market.');
  assert.equal(n?.revision, false);
});

test('"the number of people killed in ... has risen to 59" is a revised fatality count', () => {
  const [c] = findCounts('The number of people killed in a suicide bombing at a mosque inside a police compound in Peshawar has risen to 59, according to a senior police official.');
  assert.equal(c?.kind, 'fatalities');
  assert.equal(c?.count.value, 59);
  assert.equal(c?.revision, true);
});
