import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/text/segment.js';
import type { Doc } from '../../src/model/document.js';
import type { Claim } from '../../src/model/analysis.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { extractClaims } from '../../src/extract/claims/index.js';

function claimsOf(text: string): Claim[] {
  const doc: Doc = { text, published: '2024-05-01', title: null, url: null, outlet: null, ...segment(text), messages: [] };
  return extractClaims(doc, { entities: [], quotes: extractQuotes(doc, {}) });
}

const only = (text: string) => {
  const cs = claimsOf(text);
  assert.equal(cs.length, 1, `one claim expected in ${JSON.stringify(text)}: ${JSON.stringify(cs.map((c) => c.text))}`);
  return cs[0]!;
};

test('stance from the cue: assert, allege, accuse, deny', () => {
  assert.equal(only('The harbour master said the ferry would sail at noon.').stance, 'assert');
  assert.equal(only('Auditors alleged that the treasurer had hidden the losses.').stance, 'allege');
  assert.equal(only('The mayor accused the contractor of cutting corners on the dam.').stance, 'accuse');
  assert.equal(only('The contractor blamed the delays on the weather.').stance, 'accuse');
  assert.equal(only('The contractor denied that it had cut any corners.').stance, 'deny');
});

test('claim-responsibility: "claimed responsibility for" and "claimed the attack"', () => {
  const a = only('A separatist cell claimed responsibility for the ambush near the pass.');
  assert.equal(a.stance, 'claim-responsibility');
  assert.equal(a.text, 'the ambush near the pass');
  assert.equal(only('The insurgents claimed the bombing in an online post.').stance, 'claim-responsibility');
  assert.equal(only('The minister claimed that the ambush was staged.').stance, 'allege');
});

test('report: media and documents as sources, "reported", chains with "citing"', () => {
  const c = only('The Daily Courier reported, citing three aid workers and a leaked memo, that the camp was overcrowded.');
  assert.equal(c.stance, 'report');
  assert.deepEqual(c.sources.map((s) => s.text), ['The Daily Courier', 'three aid workers', 'a leaked memo']);
  const q = only('The radio station, quoting a nurse, said nine patients had been moved.');
  assert.deepEqual(q.sources.map((s) => s.text), ['The radio station', 'a nurse']);
  assert.equal(only('According to a report by the statistics office, prices rose by 9 percent.').stance, 'report');
});

test('a claim inside another speaker’s content takes that speaker as the outer source', () => {
  const c = only('A militant group claimed responsibility for the raid, the provincial police chief said.');
  assert.equal(c.claimant?.text, 'A militant group');
  assert.deepEqual(c.sources.map((s) => s.text), ['the provincial police chief', 'A militant group']);
});

test('hedges: every listed form marks the claim hedged', () => {
  for (const text of [
    'The depot was reportedly hit twice overnight.',
    'The trader allegedly sold the fuel abroad.',
    'The letter was purportedly signed by the general.',
    'The commander is said to be hiding in the hills.',
    'The smugglers are believed to use fishing boats.',
    'According to unconfirmed reports, the mine has flooded.',
    'The dam could fail within days, engineers warned.',
  ]) {
    const cs = claimsOf(text);
    assert.equal(cs.length, 1, text);
    assert.equal(cs[0]!.hedged, true, text);
  }
  assert.equal(only('The harbour master said the ferry would sail at noon.').hedged, false);
});

test('a hedge alone makes a claim with no claimant; its stance follows the hedge word', () => {
  const r = only('The convoy was reportedly stopped at the border.');
  assert.equal(r.claimant, null);
  assert.equal(r.stance, 'report');
  assert.equal(only('The clerk allegedly forged the permits.').stance, 'allege');
});

test('a denial disputes the claim its anaphor names', () => {
  const cs = claimsOf('The union accused the owners of locking out workers. The owners rejected the accusation.');
  assert.equal(cs.length, 2);
  assert.equal(cs[1]!.stance, 'deny');
  assert.equal(cs[1]!.disputes, cs[0]!.id);
});

test('a denial without anaphor disputes the earlier claim on the same topic', () => {
  const cs = claimsOf('Residents said the factory had dumped waste in the river. The firm said profits were up. The manager denied that the factory dumped any waste.');
  const denial = cs.find((c) => c.stance === 'deny')!;
  assert.equal(denial.disputes, cs[0]!.id);
});

test('a denial with nothing to answer disputes nothing', () => {
  const c = only('The ministry rejected the allegations, saying every request had been answered.');
  assert.equal(c.stance, 'deny');
  assert.equal(c.disputes, null);
  assert.equal(c.text, 'every request had been answered');
});

test('negatives: no claim without an attribution or hedge', () => {
  for (const text of [
    'Heavy rain closed the coastal road on Tuesday.',
    'That said, the market reopened and trade resumed.',
    'She was told to wait outside the hall.',
    'The so-called buffer zone has been quiet since spring.',
  ]) assert.deepEqual(claimsOf(text), [], text);
});

test('ids follow text order and spans slice back to the text', () => {
  const text = 'The army said the town was calm. Rebels denied losing it, and a rebel officer insisted that his unit held the hills.';
  const cs = claimsOf(text);
  assert.deepEqual(cs.map((c) => c.id), cs.map((_, i) => `C${i + 1}`));
  for (const c of cs) assert.equal(text.slice(c.start, c.end), c.text);
  assert.deepEqual(claimsOf(text), cs, 'deterministic');
});

test('what a denier says beside its denial is not what a later denial answers', () => {
  const cs = claimsOf('The health ministry said the hospital was shelled. The defence ministry denied targeting civilians and said its forces hit a depot. The Kremlin has rejected such allegations.');
  const last = cs[cs.length - 1]!;
  assert.equal(last.stance, 'deny');
  assert.equal(last.disputes, cs[0]!.id);
});

test('declining to comment is not a claim', () => {
  assert.deepEqual(claimsOf('The envoy declined to comment on the dispute.'), []);
});

test('negated attributions claim nothing: "No group has claimed responsibility"', () => {
  assert.equal(claimsOf('No group has claimed responsibility for the blast.').filter((c) => c.stance === 'claim-responsibility').length, 0);
  assert.deepEqual(claimsOf('The ministry did not say when the road would reopen.'), []);
});

test('"X said Y, according to Z": Z is the outer source of what X said', () => {
  const c = only('Local officials said the river could flood the town, according to a report by the state broadcaster.');
  assert.equal(c.claimant?.text, 'Local officials');
  assert.deepEqual(c.sources.map((s) => s.text), ['a report by the state broadcaster', 'Local officials']);
});

test('"said it" with no clause after is not a report of speech', () => {
  assert.deepEqual(claimsOf('She said it so quietly that nobody heard.'), []);
});
