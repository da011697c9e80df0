/**
 * A read-only map from strings to int32 values kept outside the JavaScript heap, in
 * SharedArrayBuffers: the keys' UTF-16 code units back to back, their start offsets, the
 * values, and an open-addressing slot table. Exact (a hit compares every code unit).
 *
 * WHY: the name lists models load (100k+ phrases) cost ~20 MB of heap per thread as a Map of
 * strings, which every major GC marks again, and each analysis thread held its own copy.
 * Here the same data is a few flat arrays that one thread builds and every thread shares
 * (postMessage and workerData pass a SharedArrayBuffer by reference, not by copy).
 */
import { hashString } from './hashing.js';

/** The arrays a table is made of: what one thread hands to another. */
export interface StringTableParts {
  chars: Uint16Array;
  /** starts[i] .. starts[i + 1] are key i's code units in `chars`. */
  starts: Uint32Array;
  values: Int32Array;
  /** Key index + 1 per slot; 0 = empty. */
  slots: Int32Array;
}

function sharedArray<T>(make: (buffer: SharedArrayBuffer) => T, bytes: number): T {
  return make(new SharedArrayBuffer(Math.max(bytes, 8)));
}

export class StringTable {
  private readonly chars: Uint16Array;
  private readonly starts: Uint32Array;
  private readonly values: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  private constructor(parts: StringTableParts) {
    ({ chars: this.chars, starts: this.starts, values: this.values, slots: this.slots } = parts);
    this.mask = this.slots.length - 1;
  }

  /** A table holding the entries of `map` (keys are unique there, so no key is stored twice). */
  static fromMap(map: ReadonlyMap<string, number>): StringTable {
    let totalChars = 0;
    for (const key of map.keys()) totalChars += key.length;
    let slotCount = 16;
    while (slotCount < map.size * 2) slotCount *= 2; // load factor <= 0.5 keeps probe chains short
    const chars = sharedArray((b) => new Uint16Array(b), totalChars * 2);
    const starts = sharedArray((b) => new Uint32Array(b), (map.size + 1) * 4);
    const values = sharedArray((b) => new Int32Array(b), map.size * 4);
    const slots = sharedArray((b) => new Int32Array(b), slotCount * 4);
    const table = new StringTable({ chars, starts, values, slots });
    let i = 0;
    let at = 0;
    for (const [key, value] of map) {
      starts[i] = at;
      for (let c = 0; c < key.length; c++) chars[at++] = key.charCodeAt(c);
      values[i] = value;
      let slot = hashString(key) & table.mask;
      while (slots[slot] !== 0) slot = (slot + 1) & table.mask;
      slots[slot] = ++i;
    }
    starts[i] = at;
    return table;
  }

  /** A table over arrays another thread built (see `parts`); they must not be written to. */
  static fromParts(parts: StringTableParts): StringTable {
    const { chars, starts, values, slots } = parts;
    const powerOfTwo = slots.length > 0 && (slots.length & (slots.length - 1)) === 0;
    if (starts.length !== values.length + 1 || !powerOfTwo || slots.length <= values.length || starts[values.length]! > chars.length) {
      throw new Error(`StringTable.fromParts: inconsistent parts (${values.length} values, ${starts.length} starts, ${slots.length} slots, ${chars.length} chars)`);
    }
    return new StringTable(parts);
  }

  get parts(): StringTableParts {
    return { chars: this.chars, starts: this.starts, values: this.values, slots: this.slots };
  }

  get size(): number {
    return this.values.length;
  }

  /** Value of `key`, or undefined (the Map.get contract, so a table can stand in for a Map). */
  get(key: string): number | undefined {
    const i = this.indexOf(key);
    return i < 0 ? undefined : this.values[i];
  }

  has(key: string): boolean {
    return this.indexOf(key) >= 0;
  }

  /** Every [key, value], in insertion order (for serialising; lookups never decode keys). */
  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let i = 0; i < this.values.length; i++) {
      let key = '';
      for (let c = this.starts[i]!; c < this.starts[i + 1]!; c++) key += String.fromCharCode(this.chars[c]!);
      yield [key, this.values[i]!];
    }
  }

  private indexOf(key: string): number {
    const { slots, starts, chars, mask } = this;
    let slot = hashString(key) & mask;
    for (;;) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      const i = entry - 1;
      const from = starts[i]!;
      if (starts[i + 1]! - from === key.length) {
        let c = 0;
        while (c < key.length && chars[from + c] === key.charCodeAt(c)) c++;
        if (c === key.length) return i;
      }
      slot = (slot + 1) & mask;
    }
  }
}
