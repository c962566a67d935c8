import { describe, expect, it } from 'vitest';
import { seededRandom, withSeededRandom } from './seeded';

describe('seededRandom', () => {
  it('gives the same numbers for the same seed and others for another seed, all in [0, 1)', () => {
    const a = Array.from({ length: 50 }, seededRandom(7));
    const b = Array.from({ length: 50 }, seededRandom(7));
    const c = Array.from({ length: 50 }, seededRandom(8));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(a).size).toBe(50);
  });
});

describe('withSeededRandom', () => {
  it('makes Math.random repeatable inside and gives the real one back after', () => {
    const real = Math.random;
    const first = withSeededRandom(3, () => [Math.random(), Math.random()]);
    const second = withSeededRandom(3, () => [Math.random(), Math.random()]);
    expect(first).toEqual(second);
    expect(Math.random).toBe(real);
  });

  it('gives the real Math.random back when the work throws', () => {
    const real = Math.random;
    expect(() =>
      withSeededRandom(3, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(real);
  });
});
