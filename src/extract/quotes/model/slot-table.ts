/**
 * Feature key -> weight row, open addressing, with each row stored at its key's slot.
 * WHY not entities/ner/key-table.ts (key -> row index -> weights): one memory access fewer
 * per look-up; the cue tagger makes ~30 per token and is bound by them.
 */
export class SlotTable {
  private readonly keys: Int32Array;
  readonly weights: Float32Array;
  private readonly mask: number;

  constructor(capacity: number, readonly tags: number) {
    let slots = 1024;
    while (slots < capacity * 2) slots *= 2; // load factor <= 0.5 keeps probe chains short
    this.keys = new Int32Array(slots).fill(-1);
    this.weights = new Float32Array(slots * tags);
    this.mask = slots - 1;
  }

  /** Slot for `key`, claimed when new. */
  insert(key: number): number {
    if (key < 0 || key > 0x3fffffff) throw new Error(`SlotTable: key ${key} is not a 30-bit feature key`);
    let slot = this.slot(key);
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    return slot;
  }

  /** Slot of `key`, or -1. */
  get(key: number): number {
    const keys = this.keys;
    let slot = this.slot(key);
    for (;;) {
      const k = keys[slot]!;
      if (k === key) return slot;
      if (k === -1) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Add the rows of keys[0 .. count) into out[offset .. offset + tags). Unknown keys add nothing. */
  addRows(keys: ArrayLike<number>, out: Float32Array, offset: number, count = keys.length): void {
    const T = this.tags;
    const w = this.weights;
    for (let k = 0; k < count; k++) {
      const slot = this.get(keys[k]!);
      if (slot < 0) continue;
      const base = slot * T;
      for (let t = 0; t < T; t++) out[offset + t] += w[base + t]!;
    }
  }

  private slot(key: number): number {
    return (Math.imul(key, 0x9e3779b1) >>> 12) & this.mask;
  }
}
