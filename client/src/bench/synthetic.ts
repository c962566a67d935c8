/** Synthetic graphs for the canvas benchmark: a scale-free-ish graph of a given total element count. */
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '#domain';
import type { EdgeInfo, NodeInfo } from '../state/types';

/** A small deterministic pseudo-random generator, so every run draws the same graph. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** About 40% nodes and 60% edges, like the atlas; new nodes attach preferentially to well-connected ones. */
export function syntheticGraph(elements: number, seed = 42): { nodes: NodeInfo[]; edges: EdgeInfo[] } {
  const rand = random(seed);
  const nodeCount = Math.max(2, Math.round(elements * 0.4));
  const edgeCount = elements - nodeCount;
  const nodes: NodeInfo[] = [];
  const edges: EdgeInfo[] = [];
  const ends: string[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const kind = ENTITY_KINDS[Math.floor(rand() * ENTITY_KINDS.length)] ?? 'CONCEPT';
    const id = `${kind.toLowerCase()}:n${i}`;
    nodes.push({ id, kind, nameEn: `Entity ${i}`, nameZh: `实体 ${i}` });
    if (i > 0) {
      const target = ends[Math.floor(rand() * ends.length)] ?? nodes[0]?.id ?? id;
      edges.push({
        id: `e${edges.length}`,
        type: RELATION_TYPE_NAMES[edges.length % RELATION_TYPE_NAMES.length] ?? 'CITES',
        from: id,
        to: target,
      });
      ends.push(id, target);
    }
  }
  while (edges.length < edgeCount) {
    const a = nodes[Math.floor(rand() * nodes.length)]?.id;
    const b = ends[Math.floor(rand() * ends.length)];
    if (!a || !b || a === b) continue;
    edges.push({
      id: `e${edges.length}`,
      type: RELATION_TYPE_NAMES[edges.length % RELATION_TYPE_NAMES.length] ?? 'CITES',
      from: a,
      to: b,
    });
  }
  return { nodes, edges };
}
