import { describe, expect, it } from 'vitest';
import { DRAFT_MIN_NODES, type LayoutRequest } from './layout';
import { computeLayout } from './layoutCompute';
import { layoutJob, readAnswer, runsOffThread, type JobEdge, type JobNode } from './layoutJob';
import { layoutOffThread } from './offThread';

const request = (over: Partial<LayoutRequest>): LayoutRequest => ({
  name: 'fcose',
  nodeCount: 600,
  edgeCount: 900,
  fixed: [],
  incremental: false,
  fromScratch: true,
  ...over,
});

/** A connected graph of `n` nodes: a ring with chords, every node 30 wide. */
function graph(n: number): { nodes: JobNode[]; edges: JobEdge[] } {
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${String(i)}`,
    position: { x: 0, y: 0 },
    width: 30,
    height: 30,
    locked: false,
  }));
  const edges: JobEdge[] = [];
  for (let i = 0; i < n; i++) {
    edges.push({ id: `r${String(i)}`, source: `n${String(i)}`, target: `n${String((i + 1) % n)}` });
    if (i % 3 === 0) edges.push({ id: `c${String(i)}`, source: `n${String(i)}`, target: `n${String((i * 7) % n)}` });
  }
  return { nodes, edges };
}

describe('runsOffThread', () => {
  it('sends large force layouts to a worker', () => {
    expect(runsOffThread(request({}))).toBe(true);
    expect(runsOffThread(request({ nodeCount: 2000, edgeCount: 3000, incremental: true }))).toBe(true);
  });

  it('keeps on the page the layouts whose result depends on drawn labels, the animated ones and the others', () => {
    // Below DRAFT_MIN_NODES nodes fcose sizes nodes with their labels, which only the page can measure.
    expect(runsOffThread(request({ nodeCount: DRAFT_MIN_NODES - 1, edgeCount: 3000 }))).toBe(false);
    // Few enough elements to animate.
    expect(runsOffThread(request({ nodeCount: DRAFT_MIN_NODES, edgeCount: 100 }))).toBe(false);
    expect(runsOffThread(request({ name: 'dagre', nodeCount: 2000, edgeCount: 3000 }))).toBe(false);
    expect(runsOffThread(request({ name: 'concentric', nodeCount: 2000, edgeCount: 3000 }))).toBe(false);
  });
});

describe('layoutJob', () => {
  it('holds plain data only, so it can be posted to a worker', () => {
    const { nodes, edges } = graph(4);
    const job = layoutJob(nodes, edges, { ...request({}), degree: () => 1 });
    expect(() => structuredClone(job)).not.toThrow();
    expect('degree' in job.request).toBe(false);
  });

  it('leaves out edges to nodes outside the job', () => {
    const { nodes, edges } = graph(4);
    const job = layoutJob(nodes.slice(0, 3), edges, request({}));
    expect(job.edges.map((e) => e.id).sort()).toEqual(['c0', 'r0', 'r1']);
  });
});

describe('readAnswer', () => {
  it('accepts positions for every node and nothing less', () => {
    expect(readAnswer({ ok: true, positions: { a: { x: 1, y: 2 } } }, ['a'])).toEqual({
      ok: true,
      positions: { a: { x: 1, y: 2 } },
    });
    expect(readAnswer({ ok: true, positions: { a: { x: 1, y: 2 } } }, ['a', 'b'])).toMatchObject({ ok: false });
    expect(readAnswer({ ok: true, positions: { a: { x: Number.NaN, y: 2 } } }, ['a'])).toMatchObject({ ok: false });
    expect(readAnswer({ ok: false, message: 'boom' }, ['a'])).toEqual({ ok: false, message: 'boom' });
    expect(readAnswer(null, ['a'])).toMatchObject({ ok: false });
    expect(readAnswer({ ok: true }, ['a'])).toMatchObject({ ok: false });
  });
});

describe('computeLayout', () => {
  const { nodes, edges } = graph(DRAFT_MIN_NODES + 100);

  it('places every node, spread out, the same way each time', () => {
    const job = layoutJob(nodes, edges, request({ nodeCount: nodes.length, edgeCount: edges.length }));
    const first = computeLayout(job);
    const second = computeLayout(job);
    expect(Object.keys(first).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(second).toEqual(first);
    const xs = Object.values(first).map((p) => p.x);
    const ys = Object.values(first).map((p) => p.y);
    expect(xs.every(Number.isFinite) && ys.every(Number.isFinite)).toBe(true);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(300);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(300);
  });

  it('keeps a fixed node where it is during an incremental layout', () => {
    const fixed = { id: 'n5', position: { x: 1234, y: -567 } };
    const placed = nodes.map((n, i) => ({ ...n, position: { x: (i % 25) * 40, y: Math.floor(i / 25) * 40 } }));
    const job = layoutJob(
      placed,
      edges,
      request({
        nodeCount: nodes.length,
        edgeCount: edges.length,
        incremental: true,
        fromScratch: false,
        fixed: [fixed],
      }),
    );
    const at = computeLayout(job)[fixed.id];
    expect(at?.x).toBeCloseTo(fixed.position.x, 0);
    expect(at?.y).toBeCloseTo(fixed.position.y, 0);
  });
});

// Node has no Web Workers: these check the fallback on the main thread, which gives the worker's picture.
describe('layoutOffThread without workers', () => {
  const { nodes, edges } = graph(DRAFT_MIN_NODES);
  const job = layoutJob(nodes, edges, request({ nodeCount: nodes.length, edgeCount: edges.length }));

  it('lays the job out on the main thread, as the worker would', async () => {
    expect(typeof Worker).toBe('undefined');
    expect(await layoutOffThread(job).positions).toEqual(computeLayout(job));
  });

  it('never answers once stopped', async () => {
    const work = layoutOffThread(job);
    work.stop();
    const outcome = await Promise.race([
      work.positions.then(() => 'answered'),
      new Promise((resolve) => {
        setTimeout(() => {
          resolve('silent');
        }, 3000);
      }),
    ]);
    expect(outcome).toBe('silent');
  });
});
