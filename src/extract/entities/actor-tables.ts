/**
 * The actor KB's look-up tables, kept outside the JavaScript heap in SharedArrayBuffers so
 * that analysis threads share one copy (as the NER name lists and the places name index do).
 *
 * WHY: as Maps of strings and arrays of small objects, the KB cost ~11 MB of heap in every
 * thread (4.5k actors, ~20k alias prefixes), marked again by every major GC. Here it is a few
 * flat arrays: string tables for ids, alias keys and alias prefixes, one Int32Array of the
 * aliases ending at each prefix, and the actors' rows as UTF-8 JSON decoded on first use.
 */
import { StringTable, type StringTableParts } from './ner/string-table.js';

export interface ActorInfo {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  aliases: string[];
}

/** What one thread hands to another: every array is backed by a SharedArrayBuffer. */
export interface ActorTablesParts {
  /** Each actor's [id, name, kind, country, aliases] as UTF-8 JSON, back to back. */
  rows: Uint8Array;
  /** rowStarts[i] .. rowStarts[i + 1] are actor i's bytes in `rows`. */
  rowStarts: Uint32Array;
  byId: StringTableParts;
  byKey: StringTableParts;
  /** Alias prefix -> offset of its hit list in `hits`, or -1 when no alias ends there. */
  prefixes: StringTableParts;
  /** Per hit list: count, then per hit: actor index, piece count, capitals mask (bit n: piece n). */
  hits: Int32Array;
}

/** An alias ending at a prefix; `upper` bit n: must the document write piece n in capitals? */
export interface AliasHit {
  actor: number;
  pieces: number;
  upper: number;
}

/** Longest alias a hit can describe: its capitals are one bit per piece of an int32. */
export const MAX_ALIAS_PIECES = 31;

/** The tables as the loader builds them, before they are packed. */
export interface ActorTablesInput {
  actors: ActorInfo[];
  byKey: ReadonlyMap<string, number>;
  /** Alias prefix -> the aliases ending there, in match-priority order (null: none end there). */
  prefixes: ReadonlyMap<string, Array<{ actor: number; upper: boolean[] }> | null>;
}

export class ActorTables {
  private readonly byId: StringTable;
  private readonly byKey: StringTable;
  private readonly prefixes: StringTable;
  /** Actors decoded so far in this thread (each is decoded once, then reused). */
  private readonly decoded: Array<ActorInfo | undefined>;

  private constructor(private readonly p: ActorTablesParts) {
    this.byId = StringTable.fromParts(p.byId);
    this.byKey = StringTable.fromParts(p.byKey);
    this.prefixes = StringTable.fromParts(p.prefixes);
    this.decoded = new Array<ActorInfo | undefined>(p.rowStarts.length - 1).fill(undefined);
  }

  static build(input: ActorTablesInput): ActorTables {
    const rows = input.actors.map((a) => Buffer.from(JSON.stringify([a.id, a.name, a.kind, a.country, a.aliases]), 'utf8'));
    const rowStarts = sharedOf(Uint32Array, rows.length + 1);
    const rowBytes = sharedOf(Uint8Array, rows.reduce((n, r) => n + r.length, 0));
    rows.forEach((r, i) => {
      rowBytes.set(r, rowStarts[i]!);
      rowStarts[i + 1] = rowStarts[i]! + r.length;
    });
    const byId = new Map<string, number>();
    input.actors.forEach((a, i) => byId.set(a.id, i)); // a repeated id: the last one wins, as in a Map
    const { offsets, hits } = packHits(input.prefixes);
    return new ActorTables({
      rows: rowBytes,
      rowStarts,
      byId: StringTable.fromMap(byId).parts,
      byKey: StringTable.fromMap(input.byKey).parts,
      prefixes: StringTable.fromMap(offsets).parts,
      hits,
    });
  }

  static fromParts(parts: ActorTablesParts): ActorTables {
    return new ActorTables(parts);
  }

  get parts(): ActorTablesParts {
    return this.p;
  }

  get size(): number {
    return this.decoded.length;
  }

  actor(index: number): ActorInfo {
    let info = this.decoded[index];
    if (!info) {
      const { rows, rowStarts } = this.p;
      const json = Buffer.from(rows.buffer, rows.byteOffset + rowStarts[index]!, rowStarts[index + 1]! - rowStarts[index]!).toString('utf8');
      const [id, name, kind, country, aliases] = JSON.parse(json) as [string, string, string, string | null, string[]];
      info = this.decoded[index] = { id, name, kind, country, aliases };
    }
    return info;
  }

  indexOfId(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** The actor an alias key ("hayat tahrir al sham") names, if any. */
  indexOfKey(key: string): number | undefined {
    return this.byKey.get(key);
  }

  /** undefined: no alias starts with `prefix`; -1: some do, none ends here; else a hit list offset. */
  prefix(prefix: string): number | undefined {
    return this.prefixes.get(prefix);
  }

  /** The first hit of the list at `offset` that `accept` takes, in priority order. */
  findHit(offset: number, accept: (hit: AliasHit) => boolean): AliasHit | null {
    const hits = this.p.hits;
    const count = hits[offset]!;
    for (let h = 0, at = offset + 1; h < count; h++, at += 3) {
      const hit = { actor: hits[at]!, pieces: hits[at + 1]!, upper: hits[at + 2]! };
      if (accept(hit)) return hit;
    }
    return null;
  }
}

function packHits(prefixes: ActorTablesInput['prefixes']): { offsets: Map<string, number>; hits: Int32Array } {
  let length = 0;
  for (const list of prefixes.values()) if (list) length += 1 + 3 * list.length;
  const hits = sharedOf(Int32Array, length);
  const offsets = new Map<string, number>();
  let at = 0;
  for (const [prefix, list] of prefixes) {
    if (!list) {
      offsets.set(prefix, -1);
      continue;
    }
    offsets.set(prefix, at);
    hits[at++] = list.length;
    for (const { actor, upper } of list) {
      if (upper.length > MAX_ALIAS_PIECES) throw new Error(`actor KB: an alias of actor #${actor} ending at '${prefix}' has ${upper.length} pieces, more than ${MAX_ALIAS_PIECES}`);
      hits[at++] = actor;
      hits[at++] = upper.length;
      hits[at++] = upper.reduce((mask, u, n) => (u ? mask | (1 << n) : mask), 0);
    }
  }
  return { offsets, hits };
}

function sharedOf<T>(Kind: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, length: number): T {
  return new Kind(new SharedArrayBuffer(length * Kind.BYTES_PER_ELEMENT));
}
