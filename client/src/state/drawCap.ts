/**
 * The most the canvas draws at once. Frame times while panning grow with the elements drawn (bench/ui, software
 * rendering, mean frame: 24–27 ms at 500 elements, 32–44 ms at 2,000, 77 ms at 5,000), so the explorer draws the first
 * entities of the view up to the limit and says how many it left out, with a step to draw more. Pure: the view's
 * nodes and relationships in, what to draw out.
 */
import type { EdgeInfo, NodeInfo } from './types';

/** Elements (entities and relationships) drawn at most, until the reader asks for more. */
export const DRAW_LIMIT = 2000;
/** How many more elements each "draw more" allows. */
export const DRAW_STEP = 1000;

export interface DrawnPart {
  readonly nodes: readonly NodeInfo[];
  readonly edges: readonly EdgeInfo[];
  /** Entities of the view left out to stay within the limit. */
  readonly undrawn: number;
}

/**
 * The entities to draw, in the view's order (the reader's first entities stay; the latest additions wait) with the
 * `keep` ones first (the selection and pinned entities are always drawn), each counted with its relationships to
 * those already taken, until the next would pass `limit`. Relationships between two drawn entities are drawn.
 */
export function capDrawn(
  nodes: readonly NodeInfo[],
  edges: readonly EdgeInfo[],
  limit: number,
  keep: ReadonlySet<string>,
): DrawnPart {
  if (nodes.length + edges.length <= limit) return { nodes, edges, undrawn: 0 };
  const touching = new Map<string, EdgeInfo[]>();
  for (const edge of edges) {
    for (const end of edge.from === edge.to ? [edge.from] : [edge.from, edge.to]) {
      const list = touching.get(end);
      if (list) list.push(edge);
      else touching.set(end, [edge]);
    }
  }
  const order = [...nodes.filter((n) => keep.has(n.id)), ...nodes.filter((n) => !keep.has(n.id))];
  const taken = new Set<string>();
  let count = 0;
  for (const node of order) {
    const joins = (touching.get(node.id) ?? []).filter(
      (e) => (e.from === node.id || taken.has(e.from)) && (e.to === node.id || taken.has(e.to)),
    ).length;
    if (!keep.has(node.id) && count + 1 + joins > limit) break;
    taken.add(node.id);
    count += 1 + joins;
  }
  return {
    nodes: nodes.filter((n) => taken.has(n.id)),
    edges: edges.filter((e) => taken.has(e.from) && taken.has(e.to)),
    undrawn: nodes.length - taken.size,
  };
}
