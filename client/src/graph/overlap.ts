/**
 * The readability measure: which node labels lie over another label or over another node's body. Boxes in,
 * overlapping pairs out; pure, so the canvas probe, the end-to-end tests and the readability bench all count
 * with the same function.
 */

/** An axis-aligned box, as Cytoscape's bounding boxes give it (x1 < x2, y1 < y2). */
export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** One node's drawn parts: its body and, when its label is drawn, the label's box. */
export interface NodeBoxes {
  readonly id: string;
  readonly body: Box;
  readonly label: Box | null;
}

export type OverlapKind = 'label-label' | 'label-node';

export interface OverlapPair {
  readonly kind: OverlapKind;
  /** For 'label-node', `a` owns the label and `b` the body. */
  readonly a: string;
  readonly b: string;
}

export interface OverlapSummary {
  readonly labelLabel: number;
  readonly labelNode: number;
  /** Nodes taking part in at least one overlapping pair. */
  readonly nodesInvolved: number;
}

/** Boxes that touch along an edge, or overlap by less than this many pixels, do not count. */
export const OVERLAP_TOLERANCE = 0.5;

export function boxesOverlap(a: Box, b: Box, tolerance = OVERLAP_TOLERANCE): boolean {
  return (
    Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > tolerance && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > tolerance
  );
}

interface Part {
  readonly owner: string;
  readonly label: boolean;
  readonly box: Box;
}

/**
 * Every pair of a label and another node's label or body that overlap. A node's own label never counts against
 * its own body. Sweeps along x, so a picture of a few hundred nodes costs little more than its overlaps.
 */
export function overlappingPairs(nodes: readonly NodeBoxes[], tolerance = OVERLAP_TOLERANCE): OverlapPair[] {
  const parts: Part[] = [];
  for (const n of nodes) {
    parts.push({ owner: n.id, label: false, box: n.body });
    if (n.label) parts.push({ owner: n.id, label: true, box: n.label });
  }
  parts.sort((p, q) => p.box.x1 - q.box.x1);
  const pairs: OverlapPair[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p) continue;
    for (let j = i + 1; j < parts.length; j++) {
      const q = parts[j];
      if (!q) continue;
      if (q.box.x1 >= p.box.x2 - tolerance) break;
      if (p.owner === q.owner || (!p.label && !q.label)) continue;
      if (!boxesOverlap(p.box, q.box, tolerance)) continue;
      if (p.label && q.label) pairs.push({ kind: 'label-label', a: p.owner, b: q.owner });
      else if (p.label) pairs.push({ kind: 'label-node', a: p.owner, b: q.owner });
      else pairs.push({ kind: 'label-node', a: q.owner, b: p.owner });
    }
  }
  return pairs;
}

export function summarise(pairs: readonly OverlapPair[]): OverlapSummary {
  const involved = new Set<string>();
  let labelLabel = 0;
  for (const p of pairs) {
    involved.add(p.a);
    involved.add(p.b);
    if (p.kind === 'label-label') labelLabel++;
  }
  return { labelLabel, labelNode: pairs.length - labelLabel, nodesInvolved: involved.size };
}

/** The parts of `boxes` that lie (even partly) outside a `width` × `height` view whose corner is at 0,0. */
export function outsideView(boxes: readonly NodeBoxes[], width: number, height: number): string[] {
  const out = (b: Box) =>
    b.x1 < -OVERLAP_TOLERANCE ||
    b.y1 < -OVERLAP_TOLERANCE ||
    b.x2 > width + OVERLAP_TOLERANCE ||
    b.y2 > height + OVERLAP_TOLERANCE;
  return boxes.filter((n) => out(n.body) || (n.label !== null && out(n.label))).map((n) => n.id);
}
