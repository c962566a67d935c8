/**
 * A seeded random source for layouts. fcose draws its spectral start and its samples from Math.random, so the same
 * graph came out differently on each visit (and now and then with a node pushed past the fitted view). Running the
 * layout with a seeded Math.random gives the same picture for the same graph every time.
 */

/** The seed of every layout: one fixed value, so that a reader sees the same start page on every visit. */
export const LAYOUT_SEED = 20_240_601;

/** Mulberry32: a small, fast generator of numbers in [0, 1), good enough for a layout's starting positions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `work` with Math.random replaced by a generator seeded with `seed`, and puts the real one back afterwards,
 * also when `work` throws. Only for synchronous work (a layout computes its positions within `run()`): nothing else
 * runs in between on the page's single thread.
 */
export function withSeededRandom<T>(seed: number, work: () => T): T {
  const real = Math.random;
  Math.random = seededRandom(seed);
  try {
    return work();
  } finally {
    Math.random = real;
  }
}
