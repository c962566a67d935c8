/**
 * Layout options for the three layouts, tuned by graph size so that a layout is animated but quick on small
 * views and never freezes the page on large ones. Pure (positions in, options out), so it is unit-tested.
 */
import type { LayoutOptions, Position } from 'cytoscape';
import type { LayoutName } from '../state/types';

/** Above this many elements layouts are not animated. */
export const ANIMATE_MAX_ELEMENTS = 1000;
/** Above this many nodes fcose uses its fast spectral ("draft") pass only. */
export const DRAFT_MIN_NODES = 500;
export const ANIMATION_MS = 350;

export interface LayoutRequest {
  readonly name: LayoutName;
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Nodes that must not move: pinned nodes always, and existing nodes during an incremental layout. */
  readonly fixed: readonly { readonly id: string; readonly position: Position }[];
  /** An incremental layout keeps current positions as its start and only settles the new nodes. */
  readonly incremental: boolean;
  /** Every node is new (nothing to animate from): the layout appears in place. */
  readonly fromScratch?: boolean;
  /** Degree per node id for the concentric layout. */
  readonly degree?: (id: string) => number;
}

export function shouldAnimate(nodeCount: number, edgeCount: number): boolean {
  return nodeCount + edgeCount <= ANIMATE_MAX_ELEMENTS;
}

/**
 * A force layout of DRAFT_MIN_NODES nodes or more sizes every node alike and leaves labels out (cheaper, and labels
 * are hidden when zoomed out anyway), so a worker without a page can compute it too.
 */
export function sizesNodesAlike(request: Pick<LayoutRequest, 'name' | 'nodeCount'>): boolean {
  return request.name === 'fcose' && request.nodeCount >= DRAFT_MIN_NODES;
}

/** A force layout of DRAFT_MIN_NODES or more drawn afresh: fcose's fast spectral pass alone. */
export function isDraft(request: Pick<LayoutRequest, 'name' | 'nodeCount' | 'incremental'>): boolean {
  return sizesNodesAlike(request) && !request.incremental;
}

/** The room a node of a spread-out draft gets on average: a square this wide (a node is about 30 wide). */
export const DRAFT_CELL = 42;

/**
 * How much to scale a draft (about its centre) so that its `nodeCount` nodes get DRAFT_CELL² of room each on
 * average; 1 when they have that already.
 */
export function spreadFactor(box: { readonly w: number; readonly h: number }, nodeCount: number): number {
  const area = Math.max(box.w, 1) * Math.max(box.h, 1);
  return Math.max(1, Math.sqrt((nodeCount * DRAFT_CELL * DRAFT_CELL) / area));
}

export function layoutOptions(request: LayoutRequest): LayoutOptions {
  // A layout from scratch appears in place (animating out of a heap at the origin looks chaotic); others glide.
  const animate = !request.fromScratch && shouldAnimate(request.nodeCount, request.edgeCount);
  // The canvas fits the view itself after the layout (capping the zoom for small graphs).
  const common = { animate, animationDuration: ANIMATION_MS, fit: false, padding: 40 };
  switch (request.name) {
    case 'fcose': {
      const large = sizesNodesAlike(request);
      return {
        name: 'fcose',
        ...common,
        animate: animate ? 'end' : false,
        quality: isDraft(request) ? 'draft' : 'default',
        randomize: !request.incremental,
        // Labels count in each node's size, so that the forces keep labels apart, not only the node bodies. On
        // large (draft) views the uniform size is much cheaper and labels are hidden when zoomed out anyway.
        nodeDimensionsIncludeLabels: !large,
        uniformNodeDimensions: large,
        packComponents: true,
        // With labels in the node sizes, edge lengths count from label box to label box: short edges and a mild
        // repulsion keep the picture compact enough to be read at the fitted zoom; the post-pass (separate.ts)
        // clears the overlaps that are left.
        nodeRepulsion: () => (large ? 9000 : 4500),
        idealEdgeLength: () => (large || request.nodeCount > 300 ? 60 : 45),
        edgeElasticity: () => 0.45,
        gravity: large ? 0.3 : 0.4,
        numIter: request.nodeCount > 250 ? 800 : 2500,
        tile: true,
        sampleSize: Math.min(25, Math.max(2, request.nodeCount - 1)),
        initialEnergyOnIncremental: 0.3,
        fixedNodeConstraint:
          request.fixed.length > 0
            ? request.fixed.map((f) => ({ nodeId: f.id, position: { ...f.position } }))
            : undefined,
      } as LayoutOptions;
    }
    case 'dagre':
      return {
        name: 'dagre',
        ...common,
        rankDir: 'LR',
        nodeDimensionsIncludeLabels: true,
        nodeSep: 24,
        rankSep: 120,
        edgeSep: 8,
      } as LayoutOptions;
    case 'concentric': {
      const degree = request.degree ?? (() => 0);
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 22,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        concentric: (node: { id: () => string }) => degree(node.id()),
        levelWidth: () => 2,
      };
    }
  }
}

/**
 * Where to put a new node before the incremental layout: near the nodes it is attached to, spread around
 * them on a small circle so that new siblings do not start on top of each other.
 */
export function seedPositions(
  newIds: readonly string[],
  anchorOf: (id: string) => Position | null,
  fallback: Position,
  radius = 90,
): Map<string, Position> {
  const result = new Map<string, Position>();
  const byAnchor = new Map<string, string[]>();
  for (const id of newIds) {
    const found = anchorOf(id);
    const anchor = found && Number.isFinite(found.x) && Number.isFinite(found.y) ? found : fallback;
    const key = `${Math.round(anchor.x)},${Math.round(anchor.y)}`;
    const group = byAnchor.get(key) ?? [];
    group.push(id);
    byAnchor.set(key, group);
  }
  for (const [key, ids] of byAnchor) {
    const [x = 0, y = 0] = key.split(',').map(Number);
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length + 0.3;
      const ring = radius + 14 * Math.floor(i / 16);
      result.set(id, { x: x + ring * Math.cos(angle), y: y + ring * Math.sin(angle) });
    });
  }
  return result;
}
