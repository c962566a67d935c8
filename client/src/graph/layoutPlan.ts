/**
 * The layout plan: after the elements changed, decide whether to lay the picture out afresh or only settle the new
 * nodes, which nodes stay fixed and where new nodes start. Pure (a snapshot of the drawn graph in, a plan out), so
 * the policy is unit-tested; the canvas only carries the plan out.
 *
 * The policy: drawn nodes stay where they are (fcose's fixed-node constraint) and new ones start next to the node
 * they were reached from; a new relayout key, another layout or a fresh canvas lays everything out again.
 */
import type { Position } from 'cytoscape';
import type { LayoutName } from '../state/types';
import { seedPositions, shouldAnimate, type LayoutRequest } from './layout';

/** On views with more drawn nodes than this, an incremental force layout moves only the new nodes' surroundings. */
export const LOCAL_LAYOUT_MIN_NODES = 600;
/** One or two nodes are put side by side this far apart (force layouts have nothing to balance). */
export const ROW_SPACING = 160;
/** New nodes of a full layout start on a grid of this spacing rather than piled at the origin. */
export const GRID_SPACING = 80;

export interface PlanNode {
  readonly id: string;
  readonly position: Position;
  /** A locked (pinned) node never moves, not even to a starting position. */
  readonly locked: boolean;
  readonly pinned: boolean;
}

export interface PlanEdge {
  readonly source: string;
  readonly target: string;
}

export interface LayoutPlanInput {
  readonly layout: LayoutName;
  /** The canvas was just created: nothing has been laid out on it yet. */
  readonly fresh: boolean;
  /** The relayout key or the layout changed since the last plan. */
  readonly relayout: boolean;
  /** Every drawn node after the diff, in the canvas's order. */
  readonly nodes: readonly PlanNode[];
  /** Every drawn edge, in the canvas's order (a node's first neighbour is the one its first edge reaches). */
  readonly edges: readonly PlanEdge[];
  /** New nodes with no known position (from the diff). */
  readonly added: readonly string[];
  /** New nodes that came back at their last position (from the diff). */
  readonly restored: readonly string[];
  /** New node id → the node it was reached from. */
  readonly anchors?: Readonly<Record<string, string>> | undefined;
  /** The centre of the visible area, where a new node with no drawn neighbour starts. */
  readonly viewCentre: Position;
}

/** How the view is fitted once the layout stops. */
export interface FitAfter {
  /** Always after a full layout; after an incremental one only when new nodes fell outside or the picture is small. */
  readonly when: 'always' | 'if-needed';
  readonly animate: boolean;
}

export type LayoutPlan =
  /** Nothing new to place. */
  | { readonly kind: 'none' }
  /** A recreated canvas whose nodes all came back where they were: only fit the view, without animation. */
  | { readonly kind: 'fit' }
  /** One or two nodes: put the movable ones at these positions, zoom to 1 and centre. */
  | { readonly kind: 'row'; readonly positions: ReadonlyMap<string, Position> }
  | {
      readonly kind: 'run';
      /** Where nodes start before the layout runs (never a locked node). */
      readonly start: ReadonlyMap<string, Position>;
      /** 'around-new': only the new nodes, their neighbours and their edges take part; the rest stays as it is. */
      readonly scope: 'all' | 'around-new';
      /** The nodes being placed, for the check after the layout whether they are in view. */
      readonly newIds: readonly string[];
      /** The options request for layoutOptions (the canvas adds the degree function). */
      readonly request: LayoutRequest;
      readonly fitAfter: FitAfter;
    };

export function planLayout(input: LayoutPlanInput): LayoutPlan {
  const { nodes, added, restored } = input;
  if (nodes.length === 0) return { kind: 'none' };
  if (input.fresh && added.length === 0 && restored.length > 0) return { kind: 'fit' };
  const full = input.fresh ? added.length > 0 : input.relayout;
  if (full) return planRun(input, false, added);
  if (added.length + restored.length > 0) return planRun(input, true, [...added, ...restored]);
  return { kind: 'none' };
}

function planRun(input: LayoutPlanInput, incrementalWanted: boolean, newIds: readonly string[]): LayoutPlan {
  const { nodes, edges, layout } = input;
  // With nothing already placed there is nothing to keep still: lay out from scratch.
  let incremental = incrementalWanted && newIds.length < nodes.length;
  if (!incremental && nodes.length < 3) {
    const positions = new Map<string, Position>();
    nodes.forEach((n, i) => {
      if (!n.locked) positions.set(n.id, { x: i * ROW_SPACING, y: 0 });
    });
    return { kind: 'row', positions };
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const newSet = new Set(newIds);
  const start = new Map<string, Position>();
  const place = (id: string, position: Position) => {
    const node = byId.get(id);
    if (node && !node.locked) start.set(id, position);
  };
  let scope: 'all' | 'around-new' = 'all';
  if (!incremental && newIds.length > 0) {
    const side = Math.ceil(Math.sqrt(newIds.length));
    newIds.forEach((id, i) => {
      place(id, { x: (i % side) * GRID_SPACING, y: Math.floor(i / side) * GRID_SPACING });
    });
  }
  if (incremental) {
    const neighbours = neighbourLists(edges);
    const restoredSet = new Set(input.restored);
    const seeds = seedPositions(
      newIds.filter((id) => !restoredSet.has(id)),
      (id) => {
        const anchorId = input.anchors?.[id];
        const anchor = anchorId === undefined ? undefined : byId.get(anchorId);
        if (anchor && !newSet.has(anchor.id)) return anchor.position;
        const old = (neighbours.get(id) ?? []).find((n) => !newSet.has(n));
        return old === undefined ? null : (byId.get(old)?.position ?? null);
      },
      input.viewCentre,
    );
    for (const [id, position] of seeds) place(id, position);
    if (layout !== 'fcose') {
      // Hierarchical and concentric layouts are deterministic: re-running them keeps the picture's logic.
      incremental = false;
    } else if (nodes.length - newIds.length > LOCAL_LAYOUT_MIN_NODES) {
      scope = 'around-new';
    }
  }

  const inScope = scope === 'all' ? null : surroundings(newSet, edges);
  const layoutNodes = inScope ? nodes.filter((n) => inScope.has(n.id)) : nodes;
  const layoutEdgeCount = inScope
    ? edges.filter((e) => newSet.has(e.source) || newSet.has(e.target)).length
    : edges.length;
  const fixed = layoutNodes
    .filter((n) => (incremental ? !newSet.has(n.id) : n.pinned))
    .map((n) => ({ id: n.id, position: { ...n.position } }));
  const fromScratch = !incremental && newIds.length >= nodes.length;
  const animate = shouldAnimate(nodes.length, edges.length);
  return {
    kind: 'run',
    start,
    scope,
    newIds,
    request: {
      name: layout,
      nodeCount: layoutNodes.length,
      edgeCount: layoutEdgeCount,
      fixed: layout === 'fcose' ? fixed : [],
      incremental,
      fromScratch,
    },
    fitAfter: incremental ? { when: 'if-needed', animate } : { when: 'always', animate: animate && !fromScratch },
  };
}

/** Each node's neighbouring nodes, in the order of its edges. */
function neighbourLists(edges: readonly PlanEdge[]): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = lists.get(from);
    if (list) {
      if (!list.includes(to)) list.push(to);
    } else lists.set(from, [to]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  return lists;
}

/** The new nodes and every node one edge away from them. */
function surroundings(newSet: ReadonlySet<string>, edges: readonly PlanEdge[]): Set<string> {
  const result = new Set(newSet);
  for (const e of edges) {
    if (newSet.has(e.source)) result.add(e.target);
    if (newSet.has(e.target)) result.add(e.source);
  }
  return result;
}
