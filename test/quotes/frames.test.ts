/** Attribution frames added for PolNeAR recall: labels, signed quotations, statement nouns, cue extents. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, hasModel, quotesOf, rulesOf } from './helpers.js';
import { extractAttributions } from '../../src/extract/quotes/index.js';

const one = (text: string) => {
  const qs = quotesOf(text);
  assert.equal(qs.length, 1, `expected one quote in ${JSON.stringify(text)}, got ${JSON.stringify(qs.map((q) => q.text))}`);
  return qs[0]!;
};

test('a transcript label speaks the rest of its line; an editorial label does not', () => {
  const qs = quotesOf('MORALES: We will rebuild the bridge by spring.\nCorrection: An earlier version misspelled the town.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.cue?.text, ':');
  assert.equal(qs[0]!.speaker?.text, 'MORALES');
  assert.equal(qs[0]!.text, 'We will rebuild the bridge by spring');
});

test('a quotation signed with a dash is its signer’s', () => {
  const q = one('“The river came up faster than anyone expected.” ― Dana Whitfield');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue?.text, '―');
  assert.equal(q.speaker?.text, 'Dana Whitfield');
});

test('a quotation followed by a dash and ordinary words is not signed', () => {
  const qs = quotesOf('He called it “a disaster” — and the council agreed to pay for repairs.');
  assert.ok(!qs.some((q) => q.cue?.text === '—'), JSON.stringify(qs.map((q) => q.cue?.text)));
});

test('a statement noun with a possessive author and a that-clause', () => {
  const q = one('Reporters checked the mayor’s claim that the tunnel had been finished early.');
  assert.equal(q.cue?.text, 'claim');
  assert.equal(q.speaker?.span?.text, 'the mayor’s');
  assert.equal(q.text, 'that the tunnel had been finished early');
});

test('a statement noun without an author is nobody’s quote', () => {
  assert.equal(quotesOf('The claim that the tunnel had been finished early was false.').length, 0);
});

test('a bracketed party label does not split the speaker from the cue', () => {
  const q = one('Sen. Mara Quill (D-Ore.) said the bill would pass before the recess.');
  assert.equal(q.speaker?.span?.text, 'Sen. Mara Quill (D-Ore.)');
  assert.equal(q.text, 'the bill would pass before the recess');
});

test('progressive and negated cues, with their auxiliaries', () => {
  assert.equal(one('The governor is warning residents that the levee may fail.').cue?.text, 'is warning');
  assert.equal(one('The coach isn’t saying whether the striker will play.').cue?.text, 'isn’t saying');
  assert.equal(one('Ruiz now says she opposes the merger.').cue?.text, 'now says');
});

test('a participial or prepositional phrase between the speaker and the cue is skipped, an appositive kept', () => {
  assert.equal(one('Ortega, speaking to farmers in Leon, said the harvest would be late.').speaker?.span?.text, 'Ortega');
  assert.equal(one('Ortega, at a rally in Leon, said the harvest would be late.').speaker?.span?.text, 'Ortega');
  assert.equal(one('Ortega, a farmer from Leon, said the harvest would be late.').speaker?.span?.text, 'Ortega, a farmer from Leon');
});

test('the cue takes in a colon, a day, and a closing occasion', () => {
  assert.equal(one('Patel said: “We are not leaving.”').cue?.text, 'said:');
  assert.equal(one('An aide said Friday that the vote was delayed.').cue?.text, 'said Friday');
  assert.equal(one('“We are not leaving,” Patel said in an interview with a local radio station.').cue?.text, 'said in an interview with a local radio station');
  assert.equal(one('“We are not leaving,” Patel said last week.').cue?.text, 'said last week');
});

// The product's quotes now include the trained tagger's attitudes and intentions (PolNeAR's
// notion of attribution); the rules alone still keep intentions for broad mode.
test('intentions with an infinitive: the rules take them only in broad mode', () => {
  const text = 'The union wants to delay the strike until March.';
  assert.equal(rulesOf(text).length, 0);
  const broad = extractAttributions(docOf(text), {}, { broad: true, model: false });
  assert.equal(broad.length, 1);
  assert.equal(broad[0]!.text, 'to delay the strike until March');
});

test('a surname tagged as a verb before "said" is still the speaker', () => {
  const q = one('Lynch said her colleague had not worked on the case.');
  assert.equal(q.speaker?.span?.text, 'Lynch');
});

test('a long adjunct between the cue and ", that" is skipped', () => {
  const q = one('Okafor says at a campaign stop in Toledo, Ohio, that the plant will reopen.');
  assert.equal(q.text, 'that the plant will reopen');
});

test('", but ..." after a finished reported clause is the writer’s, not the content', () => {
  const q = one('Haines said the dam was safe, but engineers had not inspected it in years.');
  assert.equal(q.text, 'the dam was safe');
});

test('an attitude verb with a noun object is not a quote for the rules', () => {
  assert.equal(rulesOf('The Ledger endorsed Maria Ortiz for mayor on Sunday.').length, 0);
  assert.equal(rulesOf('The coach touted the young defenders after the match.').length, 0);
});

test('the product takes an intention from the tagger, with its source', { skip: !hasModel && 'no model' }, () => {
  const q = quotesOf('The union wants to delay the strike until March.').find((x) => x.cue?.text === 'wants');
  assert.equal(q?.speaker?.text, 'The union');
  assert.equal(q?.text, 'to delay the strike until March');
});

test('a document with its modifiers reports its findings; a person beside a document does not', () => {
  const q = one('A 2019 study by two economists at Leeds found that rents rose faster than wages.');
  assert.equal(q.speaker?.span?.text, 'A 2019 study by two economists at Leeds');
  assert.equal(quotesOf('The man in the report found a wallet near the station.').length, 0);
});
