/**
 * Seeded randomness for the synthetic graph: the same seed gives the same graph on every machine, so a benchmark's
 * cached output can be reused and a failure reproduced. Math.random is never used.
 */

/** A 32-bit integer hash of a few integers (murmur3's finaliser over each), to derive independent streams. */
export function hash32(...values: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const value of values) {
    h = Math.imul(h ^ (value >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** sfc32 (Chris Doty-Humphrey's small fast counter generator): uniform floats in [0, 1). */
export function sfc32(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of a fresh state are poorly mixed.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** An index in [0, length) drawn from `weights` (cumulative, ascending), by binary search. */
export function pickWeighted(cumulative: readonly number[], u: number): number {
  const target = u * (cumulative[cumulative.length - 1] ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }
  return low;
}

export function cumulativeOf(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((weight) => (sum += weight));
}
