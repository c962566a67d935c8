import { describe, expect, it } from 'vitest';
import { LOCAL_LAYOUT_MIN_NODES, planLayout, type LayoutPlan, type LayoutPlanInput, type PlanNode } from './layoutPlan';

const at = (id: string, x = 0, y = 0, pinned = false): PlanNode => ({
  id,
  position: { x, y },
  locked: pinned,
  pinned,
});

function input(overrides: Partial<LayoutPlanInput>): LayoutPlanInput {
  return {
    layout: 'fcose',
    fresh: false,
    relayout: false,
    nodes: [],
    edges: [],
    added: [],
    restored: [],
    viewCentre: { x: 500, y: 300 },
    ...overrides,
  };
}

function run(plan: LayoutPlan): Extract<LayoutPlan, { kind: 'run' }> {
  if (plan.kind !== 'run') throw new Error(`Expected a layout run, got ${plan.kind}`);
  return plan;
}

/** A drawn star: hub h with leaves l0…l(n-1) placed around it. */
function star(n: number) {
  const nodes = [at('h', 0, 0), ...Array.from({ length: n }, (_, i) => at(`l${i}`, 100 * (i + 1), 0))];
  const edges = nodes.slice(1).map((l) => ({ source: 'h', target: l.id }));
  return { nodes, edges };
}

describe('planLayout', () => {
  it('does nothing on an empty canvas or when nothing is new', () => {
    expect(planLayout(input({ fresh: true }))).toEqual({ kind: 'none' });
    expect(planLayout(input(star(4)))).toEqual({ kind: 'none' });
  });

  it('only fits the view when a recreated canvas got all its nodes back where they were', () => {
    const { nodes, edges } = star(3);
    const plan = planLayout(input({ fresh: true, nodes, edges, restored: nodes.map((n) => n.id) }));
    expect(plan).toEqual({ kind: 'fit' });
  });

  it('puts one or two nodes side by side, leaving a pinned one where it is', () => {
    const plan = planLayout(input({ fresh: true, nodes: [at('p', 7, 7, true), at('b')], added: ['b'] }));
    expect(plan.kind).toBe('row');
    expect(plan.kind === 'row' && [...plan.positions]).toEqual([['b', { x: 160, y: 0 }]]);
  });

  it('lays a fresh canvas out from scratch, new nodes starting on a grid, pinned nodes fixed', () => {
    const nodes = [at('a'), at('b'), at('c'), at('d'), at('p', 5, 6, true)];
    const plan = run(
      planLayout(
        input({ fresh: true, nodes, added: ['a', 'b', 'c', 'd', 'p'], edges: [{ source: 'a', target: 'b' }] }),
      ),
    );
    expect(plan.request).toMatchObject({
      name: 'fcose',
      incremental: false,
      fromScratch: true,
      nodeCount: 5,
      edgeCount: 1,
      fixed: [{ id: 'p', position: { x: 5, y: 6 } }],
    });
    // Three columns for five nodes; the pinned node keeps its place.
    expect([...plan.start]).toEqual([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 80, y: 0 }],
      ['c', { x: 160, y: 0 }],
      ['d', { x: 0, y: 80 }],
    ]);
    expect(plan.fitAfter).toEqual({ when: 'always', animate: false });
    expect(plan.scope).toBe('all');
  });

  it('settles only new nodes: drawn ones are fixed and new ones start around the node they came from', () => {
    const { nodes, edges } = star(3);
    const plan = run(
      planLayout(
        input({
          nodes: [...nodes, at('n1'), at('n2')],
          edges: [...edges, { source: 'l2', target: 'n1' }, { source: 'l2', target: 'n2' }],
          added: ['n1', 'n2'],
          anchors: { n1: 'l2', n2: 'l2' },
        }),
      ),
    );
    expect(plan.request.incremental).toBe(true);
    expect(plan.request.fromScratch).toBe(false);
    expect(plan.request.fixed.map((f) => f.id)).toEqual(['h', 'l0', 'l1', 'l2']);
    expect(plan.newIds).toEqual(['n1', 'n2']);
    for (const id of ['n1', 'n2']) {
      const p = plan.start.get(id);
      expect(p && Math.hypot(p.x - 300, p.y)).toBeCloseTo(90);
    }
    expect(plan.fitAfter).toEqual({ when: 'if-needed', animate: true });
  });

  it('starts a new node next to a drawn neighbour when it has no anchor, else in the middle of the view', () => {
    const { nodes, edges } = star(3);
    const plan = run(
      planLayout(
        input({
          nodes: [...nodes, at('n1'), at('n2')],
          edges: [...edges, { source: 'n1', target: 'l0' }],
          added: ['n1', 'n2'],
        }),
      ),
    );
    const n1 = plan.start.get('n1');
    const n2 = plan.start.get('n2');
    expect(n1 && Math.hypot(n1.x - 100, n1.y)).toBeCloseTo(90);
    expect(n2 && Math.hypot(n2.x - 500, n2.y - 300)).toBeCloseTo(90);
  });

  it('brings restored nodes back where they were, without a starting position, and lays them out with the rest', () => {
    const { nodes, edges } = star(3);
    const plan = run(planLayout(input({ nodes: [...nodes, at('r', 40, 40)], edges, restored: ['r'] })));
    expect(plan.newIds).toEqual(['r']);
    expect(plan.start.size).toBe(0);
    expect(plan.request.fixed.map((f) => f.id)).not.toContain('r');
  });

  it('re-runs deterministic layouts in full, keeping the new nodes near their anchors as a start', () => {
    const { nodes, edges } = star(3);
    const plan = run(
      planLayout(input({ layout: 'dagre', nodes: [...nodes, at('n')], edges, added: ['n'], anchors: { n: 'h' } })),
    );
    expect(plan.request).toMatchObject({ name: 'dagre', incremental: false, fromScratch: false, fixed: [] });
    expect(plan.start.has('n')).toBe(true);
    expect(plan.fitAfter).toEqual({ when: 'always', animate: true });
  });

  it('lays everything out again when the relayout key or the layout changed', () => {
    const plan = run(planLayout(input({ ...star(3), relayout: true })));
    expect(plan.request).toMatchObject({ incremental: false, fromScratch: false });
    expect(plan.start.size).toBe(0);
  });

  it('on big views moves only the new nodes with their neighbours and edges', () => {
    const big = star(LOCAL_LAYOUT_MIN_NODES + 1);
    const plan = run(
      planLayout(
        input({
          nodes: [...big.nodes, at('n')],
          edges: [...big.edges, { source: 'n', target: 'l5' }],
          added: ['n'],
          anchors: { n: 'l5' },
        }),
      ),
    );
    expect(plan.scope).toBe('around-new');
    expect(plan.request).toMatchObject({ nodeCount: 2, edgeCount: 1, incremental: true });
    expect(plan.request.fixed).toEqual([{ id: 'l5', position: { x: 600, y: 0 } }]);
    // Too many elements to animate the fit.
    expect(plan.fitAfter).toEqual({ when: 'if-needed', animate: false });
  });
});
