import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActorTables, MAX_ALIAS_PIECES, type ActorInfo, type ActorTablesInput } from '../../src/extract/entities/actor-tables.js';
import { actorKb, shareActorKb } from '../../src/extract/entities/actors.js';
import { shareTypingLexicon, typingLexicon } from '../../src/extract/entities/lexicon.js';
import { StringTable } from '../../src/extract/entities/ner/string-table.js';

const ACTORS: ActorInfo[] = [
  { id: 'grp:a', name: 'Front de Libération', kind: 'armed group', country: 'FR', aliases: ['Front de Libération', 'FdL'] },
  { id: 'gov:x', name: 'Ministry of Stuff', kind: 'government', country: null, aliases: ['Ministry of Stuff'] },
  { id: 'med:z', name: 'Zeta News', kind: 'media outlet', country: 'KE', aliases: ['Zeta', 'ZN'] },
];

function input(): ActorTablesInput {
  return {
    actors: ACTORS,
    byKey: new Map([['front de liberation', 0], ['fdl', 0], ['ministry of stuff', 1], ['zeta', 2], ['zn', 2]]),
    prefixes: new Map([
      ['front', null],
      ['front de', null],
      ['front de liberation', [{ actor: 0, upper: [false, false, false] }]],
      ['zeta', [{ actor: 2, upper: [true] }, { actor: 0, upper: [false] }]],
    ]),
  };
}

test('actor tables answer ids, alias keys and prefixes like the maps they were built from', () => {
  const tables = ActorTables.build(input());
  for (const copy of [tables, ActorTables.fromParts(tables.parts)]) {
    assert.equal(copy.size, 3);
    assert.deepEqual(copy.actor(copy.indexOfId('med:z')!), ACTORS[2]);
    assert.deepEqual(copy.actor(0), ACTORS[0]); // non-ASCII names survive the UTF-8 rows
    assert.equal(copy.indexOfId('nope'), undefined);
    assert.equal(copy.indexOfKey('ministry of stuff'), 1);
    assert.equal(copy.prefix('front de'), -1);
    assert.equal(copy.prefix('liberation'), undefined);
    const hit = copy.findHit(copy.prefix('front de liberation')!, () => true);
    assert.deepEqual(hit, { actor: 0, pieces: 3, upper: 0 });
  }
});

test('hits come back in their priority order with their capitals as bits', () => {
  const tables = ActorTables.build(input());
  const at = tables.prefix('zeta')!;
  const seen: number[] = [];
  tables.findHit(at, (h) => (seen.push(h.actor), false));
  assert.deepEqual(seen, [2, 0]);
  assert.deepEqual(tables.findHit(at, (h) => h.upper === 0), { actor: 0, pieces: 1, upper: 0 });
  assert.deepEqual(tables.findHit(at, (h) => h.upper === 1), { actor: 2, pieces: 1, upper: 1 });
});

test('the tables live in shared memory and a copy reads the same buffers', () => {
  const tables = ActorTables.build(input());
  const copy = ActorTables.fromParts(tables.parts);
  assert.ok(tables.parts.rows.buffer instanceof SharedArrayBuffer);
  assert.ok(tables.parts.hits.buffer instanceof SharedArrayBuffer);
  assert.equal(copy.parts.hits.buffer, tables.parts.hits.buffer);
});

test('an alias longer than a capitals mask can hold is refused, naming it', () => {
  const long = { ...input(), prefixes: new Map([['x', [{ actor: 1, upper: new Array<boolean>(MAX_ALIAS_PIECES + 1).fill(false) }]]]) };
  assert.throws(() => ActorTables.build(long), /actor #1 ending at 'x' has 32 pieces/);
});

test('the shipped KB and lexicon rebuilt from their shared parts answer as the loaded ones', () => {
  const kb = actorKb();
  const copy = ActorTables.fromParts(shareActorKb().tables);
  assert.ok(kb.tables.size > 1000);
  for (let i = 0; i < kb.tables.size; i += 97) {
    const actor = copy.actor(i);
    assert.deepEqual(actor, kb.tables.actor(i));
    assert.equal(copy.indexOfId(actor.id), kb.tables.indexOfId(actor.id));
  }
  const lexicon = typingLexicon();
  const parts = shareTypingLexicon();
  const gpe = StringTable.fromParts(parts.gpe);
  for (const w of ['france', 'kano', 'not a place at all', 'syrian']) assert.equal(gpe.has(w), lexicon.gpe.has(w));
  assert.ok(StringTable.fromParts(parts.norp).has('syrian') === lexicon.norp.has('syrian'));
});
