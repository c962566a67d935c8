/**
 * A set of non-negative integer keys (below 2^53) in one Float64Array with open addressing: the generator's
 * duplicate check for millions of relationships, at 16 bytes a key instead of a JavaScript Set's hundred or so.
 */
const EMPTY = -1;

export class KeySet {
  private slots: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected: number) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Float64Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Adds `key`; false when it was already present. */
  add(key: number): boolean {
    if (!Number.isSafeInteger(key) || key < 0) throw new Error(`KeySet keys are safe non-negative integers: ${key}`);
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    let slot = this.slotOf(key);
    for (;;) {
      const current = this.slots[slot];
      if (current === key) return false;
      if (current === EMPTY) break;
      slot = (slot + 1) & this.mask;
    }
    this.slots[slot] = key;
    this.count++;
    return true;
  }

  private slotOf(key: number): number {
    const low = key % 4294967296;
    const high = Math.floor(key / 4294967296);
    let h = Math.imul(low ^ Math.imul(high, 0x27d4eb2d), 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 13;
    return h & this.mask;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2).fill(EMPTY);
    this.mask = this.slots.length - 1;
    this.count = 0;
    for (const key of old) if (key !== EMPTY) this.add(key);
  }
}
