/** Pure functions from the view and the known graph to what is drawn: filters, collapse, highlights. */
import { holdsOn, type GraphData } from './graphData';
import type { EdgeInfo, NodeInfo } from './types';
import type { ViewState } from './view';

export interface VisibleGraph {
  readonly nodes: readonly NodeInfo[];
  readonly edges: readonly EdgeInfo[];
  /** Visible nodes (after filters) that are not drawn because of a hidden kind, by kind. */
  readonly filteredOut: Readonly<Record<string, number>>;
  /** Kinds present among the view's nodes, with counts, before the kind filter. */
  readonly kindCounts: Readonly<Record<string, number>>;
  /** Relationship types among the drawn nodes, with counts, before the relationship filter. */
  readonly relTypeCounts: Readonly<Record<string, number>>;
  /** Entities of the view left out because they do not hold on the view's "as of" day. */
  readonly notValid: number;
  /** Entities of the view not drawn to keep the canvas fluid (drawCap.ts); 0 before the cap is applied. */
  readonly undrawn: number;
}

/**
 * The nodes of the view whose data is known and whose kind is not hidden, and every known relationship
 * between two of them whose type is not hidden (the induced subgraph), in a stable order. As of a past day, what
 * did not hold then (a rule not yet published, a relationship since ended) is left out, as the server leaves it out
 * of its answers.
 */
export function visibleGraph(view: ViewState, data: GraphData): VisibleGraph {
  const hiddenKinds = new Set(view.hiddenKinds);
  const hiddenRel = new Set(view.hiddenRelTypes);
  const kindCounts: Record<string, number> = {};
  const filteredOut: Record<string, number> = {};
  const nodes: NodeInfo[] = [];
  const day = view.asOf;
  let notValid = 0;
  for (const id of view.nodes) {
    const node = data.nodes[id];
    if (!node) continue;
    if (day && !holdsOn(data.validity[id], day)) {
      notValid += 1;
      continue;
    }
    kindCounts[node.kind] = (kindCounts[node.kind] ?? 0) + 1;
    if (hiddenKinds.has(node.kind)) {
      filteredOut[node.kind] = (filteredOut[node.kind] ?? 0) + 1;
      continue;
    }
    nodes.push(node);
  }
  const drawn = new Set(nodes.map((n) => n.id));
  const relTypeCounts: Record<string, number> = {};
  const edges: EdgeInfo[] = [];
  for (const edge of Object.values(data.edges)) {
    if (!drawn.has(edge.from) || !drawn.has(edge.to)) continue;
    if (day && !holdsOn(data.validity[edge.id], day)) continue;
    relTypeCounts[edge.type] = (relTypeCounts[edge.type] ?? 0) + 1;
    if (!hiddenRel.has(edge.type)) edges.push(edge);
  }
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges, filteredOut, kindCounts, relTypeCounts, notValid, undrawn: 0 };
}

/**
 * Collapsing a node removes the neighbours that hang only on it: visible nodes whose only visible
 * relationships lead to this node, unless they are pinned or selected.
 */
export function collapsible(
  nodeId: string,
  edges: readonly EdgeInfo[],
  keep: ReadonlySet<string> = new Set(),
): string[] {
  const neighbours = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    let set = neighbours.get(a);
    if (!set) {
      set = new Set();
      neighbours.set(a, set);
    }
    set.add(b);
  };
  for (const e of edges) {
    if (e.from === e.to) continue;
    add(e.from, e.to);
    add(e.to, e.from);
  }
  const result: string[] = [];
  for (const other of neighbours.get(nodeId) ?? []) {
    if (keep.has(other)) continue;
    const theirs = neighbours.get(other);
    if (theirs?.size === 1) result.push(other);
  }
  return result.sort();
}

export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  /**
   * The highlighted nodes and edges that only weaker paths reach (coverage that may fall within a general measure),
   * drawn dashed and fainter so that they are not read as "covered by".
   */
  readonly weak?: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
}

type PathIds = { nodes: readonly { id: string }[]; edges: readonly { id: string }[] };

/**
 * The union of some paths' nodes and edges, to highlight them on the canvas. What only `weakPaths` reach is also
 * listed as weak; an element on any strong path is never weak.
 */
export function pathsHighlight(paths: readonly PathIds[], weakPaths: readonly PathIds[] = []): Highlight {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const p of paths) {
    for (const n of p.nodes) nodes.add(n.id);
    for (const e of p.edges) edges.add(e.id);
  }
  if (weakPaths.length === 0) return { nodes, edges };
  const weak = { nodes: new Set<string>(), edges: new Set<string>() };
  for (const p of weakPaths) {
    for (const n of p.nodes) if (!nodes.has(n.id)) weak.nodes.add(n.id);
    for (const e of p.edges) if (!edges.has(e.id)) weak.edges.add(e.id);
  }
  return {
    nodes: new Set([...nodes, ...weak.nodes]),
    edges: new Set([...edges, ...weak.edges]),
    weak,
  };
}
