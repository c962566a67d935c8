import { describe, expect, it } from 'vitest';
import { ANIMATE_MAX_ELEMENTS, DRAFT_MIN_NODES, layoutOptions, seedPositions, shouldAnimate } from './layout';

describe('layoutOptions', () => {
  const base = { nodeCount: 40, edgeCount: 60, fixed: [], incremental: false };

  it('keeps existing nodes fixed during an incremental force layout', () => {
    const options = layoutOptions({
      ...base,
      name: 'fcose',
      incremental: true,
      fixed: [{ id: 'a', position: { x: 1, y: 2 } }],
    });
    expect(options).toMatchObject({
      name: 'fcose',
      randomize: false,
      animate: 'end',
      fit: false,
      fixedNodeConstraint: [{ nodeId: 'a', position: { x: 1, y: 2 } }],
    });
  });

  it('lays out from scratch in place, without animation, and animates a change of layout', () => {
    expect(layoutOptions({ ...base, name: 'fcose', fromScratch: true })).toMatchObject({
      randomize: true,
      animate: false,
    });
    expect(layoutOptions({ ...base, name: 'dagre' })).toMatchObject({ name: 'dagre', animate: true, rankDir: 'LR' });
    expect(layoutOptions({ ...base, name: 'fcose' })).toMatchObject({ fixedNodeConstraint: undefined });
  });

  it('skips animation and uses the fast spectral pass on large graphs', () => {
    const big = layoutOptions({ ...base, name: 'fcose', nodeCount: DRAFT_MIN_NODES, edgeCount: 3000 });
    expect(big).toMatchObject({ quality: 'draft', animate: false });
    expect(shouldAnimate(ANIMATE_MAX_ELEMENTS, 0)).toBe(true);
    expect(shouldAnimate(ANIMATE_MAX_ELEMENTS, 1)).toBe(false);
  });

  it('orders the concentric layout by degree', () => {
    const options = layoutOptions({
      ...base,
      name: 'concentric',
      degree: (id) => (id === 'hub' ? 9 : 1),
    }) as unknown as {
      concentric: (n: { id: () => string }) => number;
    };
    expect(options.concentric({ id: () => 'hub' })).toBe(9);
    expect(options.concentric({ id: () => 'leaf' })).toBe(1);
  });
});

describe('seedPositions', () => {
  it('spreads new nodes on a circle around their anchor', () => {
    const seeds = seedPositions(['a', 'b', 'c', 'd'], () => ({ x: 100, y: 100 }), { x: 0, y: 0 }, 50);
    const distances = [...seeds.values()].map((p) => Math.hypot(p.x - 100, p.y - 100));
    for (const d of distances) expect(d).toBeCloseTo(50);
    expect(new Set([...seeds.values()].map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)).size).toBe(4);
  });

  it('uses the fallback for nodes without a usable anchor', () => {
    const seeds = seedPositions(
      ['a', 'b'],
      (id) => (id === 'a' ? null : { x: Number.NaN, y: 0 }),
      { x: 10, y: 20 },
      30,
    );
    for (const p of seeds.values()) expect(Math.hypot(p.x - 10, p.y - 20)).toBeCloseTo(30);
  });
});
