import { describe, expect, it } from 'vitest';
import { HUB_MIN_DEGREE, hubIds, labelOverflowWrap } from './lod';

describe('labelOverflowWrap', () => {
  it('lets Chinese names break anywhere and keeps Latin words whole', () => {
    expect(labelOverflowWrap('瓦森纳安排')).toBe('anywhere');
    expect(labelOverflowWrap('NVIDIA H100 芯片')).toBe('anywhere');
    expect(labelOverflowWrap('Wassenaar Arrangement')).toBe('whitespace');
    expect(labelOverflowWrap(undefined)).toBe('whitespace');
  });
});

describe('hubIds', () => {
  it('picks the best-connected nodes, at most 15% of them, each with enough links', () => {
    const degrees = Array.from({ length: 20 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, degree: i }));
    // 15% of 20 is 3: the three with the most links.
    expect([...hubIds(degrees)].sort()).toEqual(['n17', 'n18', 'n19']);
  });

  it('makes no hub of a node with few links, and breaks ties by id', () => {
    expect(hubIds([{ id: 'a', degree: HUB_MIN_DEGREE - 1 }]).size).toBe(0);
    const tied = Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, degree: 5 }));
    expect([...hubIds(tied)]).toEqual(['t0']);
  });
});
