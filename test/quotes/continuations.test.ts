import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hasModel, quotesOf, rulesOf } from './helpers.js';

const summary = (text: string) => rulesOf(text).map((q) => `${q.cue?.text} | ${q.speaker?.text ?? '-'} | ${q.text}`);

test('"“...,” the mayor said, adding that ...": the participle keeps the speaker of the quotation before it', () => {
  assert.deepEqual(summary('“The levee held overnight,” the harbour master said, adding that pumps would run until Friday.'), [
    'said | the harbour master | “The levee held overnight,”',
    'adding | the harbour master | that pumps would run until Friday',
  ]);
});

test('a quotation after "said:" ends before ", adding that ...", which is a second attribution of the same speaker', () => {
  assert.deepEqual(summary('In a letter, Okafor wrote: “The clinic will stay open,” adding that two nurses had been hired.'), [
    'wrote: | Okafor | “The clinic will stay open,”',
    'adding | Okafor | that two nurses had been hired',
  ]);
});

test('an -ing word that is no cue does not continue the speaker', () => {
  const qs = rulesOf('“Nobody came,” she said, smiling at the empty hall.');
  assert.deepEqual(qs.map((q) => q.cue?.text), ['said']);
});

test('a signed quotation line: the full stop after the name is not part of the speaker', () => {
  const qs = rulesOf('“We will rebuild the school before winter.” ― Marta Quispe.\nNext line here.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker?.text, 'Marta Quispe');
});

test('a sentence the segmenter cut inside brackets ("(D-N.C.)") is read whole', () => {
  const qs = rulesOf('Rep. Alma Fenwick (D-N.C.), head of the rural caucus, said the bill would pass.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker?.text, 'Rep. Alma Fenwick (D-N.C.), head of the rural caucus');
  assert.equal(qs[0]!.text, 'the bill would pass');
});

test('", saying ..." after an opening phrase: the subject after the phrase speaks', () => {
  assert.deepEqual(summary('In 1986, the appeals court blocked the sale, saying the plant was unsafe.'), ['saying | the appeals court | the plant was unsafe']);
});

test('a ” typed where “ belongs, before a word, opens the quotation', () => {
  const qs = rulesOf('”Fear. I am truly afraid of what comes next.” ― Edwin Oyelaran\nNext line here.');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.text, '”Fear. I am truly afraid of what comes next.”');
  assert.equal(qs[0]!.speaker?.text, 'Edwin Oyelaran');
});

test('"Having said that, ..." is a discourse phrase, not an attribution', () => {
  const qs = rulesOf('(Having said that, there are some economists who argue that the levy is too low.)');
  assert.ok(qs.every((q) => q.cue?.text !== 'said'), JSON.stringify(qs.map((q) => q.cue?.text)));
});

test('"X denied it, a spokesman told reporters, and accused Y": the tag reports the clause before it, not the conjoined verb after', () => {
  const qs = summary('The militia rejected the report, a spokeswoman told journalists, and blamed the army for the fire.');
  assert.ok(qs.includes('told | a spokeswoman | The militia rejected the report'), qs.join('\n'));
  assert.equal(qs.some((q) => q.startsWith('told') && q.includes('and blamed')), false);
});

test('"did not respond to requests for comment" reports nothing, by the rules or the tagger', () => {
  const text = 'The regional police did not respond to requests for comment on Sunday.';
  assert.deepEqual(summary(text), []);
  assert.deepEqual(quotesOf(text).map((q) => q.cue?.text), []);
});

test('"X, known as Y, claimed the attack": the group before the modifier claims; the object is no speaker', () => {
  const qs = summary('The splinter faction, known as the Northern Brigade, claimed the ambush in a video.');
  assert.deepEqual(qs, ['claimed | The splinter faction, known as the Northern Brigade | the ambush in a video']);
});

test('"called the protest" convenes a gathering; "called for a strike" and "called it a betrayal" are attributions', () => {
  assert.deepEqual(quotesOf('The teachers\' union had called the protest despite the ban.').map((q) => q.cue?.text), []);
  assert.deepEqual(quotesOf('The governor called a snap election for June.').map((q) => q.cue?.text), []);
  assert.deepEqual(summary('Unions called for a general strike.'), ['called for | Unions | a general strike']);
});

test('"wounded in Monday\'s blast": a violent noun after a possessive is no cue for the tagger either', () => {
  const qs = quotesOf("More than 150 others were wounded in Monday's blast in the capital of the province.");
  assert.deepEqual(qs.map((q) => q.cue?.text), []);
});

test('the tagger\'s spans: a leading "Days later" is not the speaker, and content does not stop inside a bracket it opened', { skip: !hasModel }, () => {
  const [q] = quotesOf('Days later the interior ministry blamed the Sahel Liberation Front (SLF), a group based in the north.');
  assert.ok(q, 'the tagger takes "blamed" here');
  assert.equal(q.speaker?.text, 'the interior ministry');
  assert.ok(!q.text.includes('(') || q.text.includes(')'), q.text);
});

test('"The report, published on Monday, found ...": evidence verbs never invert; the document is the source', () => {
  const text = 'The audit, released by the ministry on Friday, found serious gaps in the records.';
  assert.equal(summary(text).some((q) => q.includes('| serious gaps in the records |')), false, 'the object is no speaker');
  if (hasModel) assert.deepEqual(quotesOf(text).map((q) => `${q.cue?.text} | ${q.speaker?.text} | ${q.text}`), ['found | The audit | serious gaps in the records']);
});
