import { describe, expect, it } from 'vitest';
import { capDrawn } from './drawCap';
import type { EdgeInfo, NodeInfo } from './types';

const node = (id: string) => ({ id }) as NodeInfo;
const edge = (from: string, to: string) => ({ id: `${from}-${to}`, from, to, type: 'RELATED_TO' }) as EdgeInfo;

/** A chain a0 - a1 - ... - a(n-1). */
function chain(n: number): { nodes: NodeInfo[]; edges: EdgeInfo[] } {
  const nodes = Array.from({ length: n }, (_, i) => node(`a${String(i)}`));
  const edges = nodes.slice(1).map((b, i) => edge(`a${String(i)}`, b.id));
  return { nodes, edges };
}

describe('capDrawn', () => {
  it('draws everything within the limit, as it is', () => {
    const { nodes, edges } = chain(10);
    const part = capDrawn(nodes, edges, 19, new Set());
    expect(part).toEqual({ nodes, edges, undrawn: 0 });
  });

  it('takes the first entities of the view with their relationships, up to the limit, and counts the rest', () => {
    const { nodes, edges } = chain(10);
    // a0 (1), a1 + edge (3), a2 + edge (5), a3 + edge (7): the fifth would make 9 > 8.
    const part = capDrawn(nodes, edges, 8, new Set());
    expect(part.nodes.map((n) => n.id)).toEqual(['a0', 'a1', 'a2', 'a3']);
    expect(part.edges.map((e) => e.id)).toEqual(['a0-a1', 'a1-a2', 'a2-a3']);
    expect(part.undrawn).toBe(6);
    expect(part.nodes.length + part.edges.length).toBeLessThanOrEqual(8);
  });

  it('always draws the selection and pinned entities, and their relationships to what is drawn', () => {
    const { nodes, edges } = chain(10);
    const part = capDrawn(nodes, edges, 5, new Set(['a9', 'a8']));
    expect(part.nodes.map((n) => n.id)).toEqual(['a0', 'a8', 'a9']);
    expect(part.edges.map((e) => e.id)).toEqual(['a8-a9']);
    expect(part.undrawn).toBe(7);
  });

  it('never draws a relationship with an end left out', () => {
    const nodes = ['h', 'x', 'y', 'z'].map(node);
    const edges = [edge('h', 'x'), edge('h', 'y'), edge('h', 'z'), edge('x', 'y'), edge('z', 'z')];
    const part = capDrawn(nodes, edges, 6, new Set());
    const drawn = new Set(part.nodes.map((n) => n.id));
    expect(part.edges.every((e) => drawn.has(e.from) && drawn.has(e.to))).toBe(true);
    expect(part.nodes.length + part.edges.length).toBeLessThanOrEqual(6);
    expect(part.undrawn).toBe(4 - part.nodes.length);
    expect(part.undrawn).toBeGreaterThan(0);
  });
});
