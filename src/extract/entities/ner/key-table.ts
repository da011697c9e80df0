/**
 * Open-addressing hash table from 30-bit feature keys to weight rows, on typed arrays.
 * WHY: it is the innermost lookup of tagging (~40 per token); a JS Map costs several times more.
 */
/** A table's arrays, to hand to another thread (SharedArrayBuffer-backed: shared, not copied). */
export interface KeyTableParts {
  keys: Int32Array;
  rows: Int32Array;
  size: number;
}

export class KeyTable {
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number, parts?: KeyTableParts) {
    if (parts) {
      const slots = parts.keys.length;
      if ((slots & (slots - 1)) !== 0 || parts.rows.length !== slots || parts.size * 2 > slots) throw new Error(`KeyTable: inconsistent shared parts (${slots} key slots, ${parts.rows.length} row slots, ${parts.size} keys)`);
      [this.keys, this.rows, this.size] = [parts.keys, parts.rows, parts.size];
    } else {
      let slots = 1024;
      while (slots < capacity * 2) slots *= 2; // load factor <= 0.5 keeps probe chains short
      // on SharedArrayBuffers so that analysis threads can share one loaded table (see parts)
      this.keys = new Int32Array(new SharedArrayBuffer(slots * 4)).fill(-1);
      this.rows = new Int32Array(new SharedArrayBuffer(slots * 4));
    }
    this.mask = this.keys.length - 1;
  }

  /** A table over arrays another thread filled; neither side may set() afterwards. */
  static fromParts(parts: KeyTableParts): KeyTable {
    return new KeyTable(parts.size, parts);
  }

  get parts(): KeyTableParts {
    return { keys: this.keys, rows: this.rows, size: this.size };
  }

  static from(entries: Iterable<[number, number]>, count: number): KeyTable {
    const table = new KeyTable(count);
    for (const [k, r] of entries) table.set(k, r);
    return table;
  }

  set(key: number, row: number): void {
    if (key < 0 || key > 0x3fffffff) throw new Error(`KeyTable: key ${key} is not a 30-bit feature key`);
    if (this.size * 2 >= this.keys.length) throw new Error(`KeyTable: full at ${this.size} keys; size it for more`);
    let slot = this.slot(key);
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    if (this.keys[slot] === -1) this.size++;
    this.keys[slot] = key;
    this.rows[slot] = row;
  }

  /** Row of `key`, or -1. */
  get(key: number): number {
    const keys = this.keys;
    let slot = this.slot(key);
    for (;;) {
      const k = keys[slot]!;
      if (k === key) return this.rows[slot]!;
      if (k === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> 12 & this.mask;
  }
}
