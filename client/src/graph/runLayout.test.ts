import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { afterEach, describe, expect, it } from 'vitest';
import { DRAFT_MIN_NODES } from './layout';
import type { LayoutPlan } from './layoutPlan';
import { runLayout, type LayoutHooks, type RunningLayout } from './runLayout';

cytoscape.use(fcose);

type RunPlan = Extract<LayoutPlan, { kind: 'run' }>;

/** A headless Cytoscape with a ring of `n` nodes (and chords), every node at the origin. */
function ring(n: number): Core {
  const nodes = Array.from({ length: n }, (_, i) => ({
    group: 'nodes' as const,
    data: { id: `n${String(i)}` },
    position: { x: 0, y: 0 },
  }));
  const edges = Array.from({ length: n }, (_, i) => ({
    group: 'edges' as const,
    data: { id: `e${String(i)}`, source: `n${String(i)}`, target: `n${String((i * 7 + 1) % n)}` },
  }));
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 20, height: 20 } }],
    elements: [...nodes, ...edges],
  });
}

function plan(cy: Core): RunPlan {
  return {
    kind: 'run',
    start: new Map(),
    scope: 'all',
    newIds: cy.nodes().map((n) => n.id()),
    request: {
      name: 'fcose',
      nodeCount: cy.nodes().length,
      edgeCount: cy.edges().length,
      fixed: [],
      incremental: false,
      fromScratch: true,
    },
    fitAfter: { when: 'always', animate: false },
  };
}

/** Hooks that record the running layout and resolve `stopped` when the canvas's bookkeeping says it stopped. */
function hooks(): { hooks: LayoutHooks; running: () => RunningLayout | null; stopped: Promise<void> } {
  let running: RunningLayout | null = null;
  let markStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    markStopped = resolve;
  });
  return {
    running: () => running,
    stopped,
    hooks: {
      animate: () => undefined,
      stopRunning: () => running?.stop(),
      started: (layout) => {
        running = layout;
        return {
          current: () => running === layout,
          stopped: () => {
            running = null;
            markStopped();
          },
        };
      },
    },
  };
}

/** Whether a batch is open: Cytoscape's own state, which its render loop checks, though its typings leave it out. */
const batching = (core: Core) => (core as unknown as { batching: () => boolean }).batching();

const spread = (cy: Core) => {
  const box = cy.nodes().boundingBox({});
  return box.w + box.h;
};

let cy: Core | null = null;
afterEach(() => {
  cy?.destroy();
  cy = null;
});

describe('runLayout off the page (the worker, or its stand-in where there are no workers)', () => {
  it('draws nothing until the answer is placed, then draws the placed picture', async () => {
    cy = ring(DRAFT_MIN_NODES + 100);
    const h = hooks();
    runLayout(cy, plan(cy), h.hooks);
    // A batch is open: Cytoscape's render loop skips every frame while it is.
    expect(batching(cy)).toBe(true);
    expect(h.running()).not.toBeNull();
    await h.stopped;
    expect(batching(cy)).toBe(false);
    // The nodes all started at the origin; the answer spread them out.
    expect(spread(cy)).toBeGreaterThan(1000);
  });

  it('lets drawing resume when the layout is stopped before its answer', () => {
    cy = ring(DRAFT_MIN_NODES + 100);
    const h = hooks();
    runLayout(cy, plan(cy), h.hooks);
    expect(batching(cy)).toBe(true);
    h.running()?.stop();
    expect(batching(cy)).toBe(false);
    // Stopping again does not end a batch that someone else opened.
    cy.startBatch();
    h.running()?.stop();
    expect(batching(cy)).toBe(true);
    cy.endBatch();
    expect(spread(cy)).toBeLessThan(100);
  });

  it('keeps drawing during a small layout, which runs on the page', () => {
    cy = ring(40);
    const h = hooks();
    let batchingAtStop: boolean | null = null;
    cy.one('layoutstop', () => {
      batchingAtStop = cy ? batching(cy) : null;
    });
    runLayout(cy, plan(cy), h.hooks);
    expect(batching(cy)).toBe(false);
    expect(batchingAtStop).toBe(false);
  });
});
