/**
 * The post-pass after a layout: nudges apart nodes whose boxes (body and label together) overlap, so that no
 * label lies over another label or node. A force layout that counts labels in node sizes comes close; this
 * removes what is left. Deterministic and pure (boxes in, moves out), so it is unit-tested. It is meant for views
 * of up to a few hundred nodes (each node is checked against those already placed).
 */
import type { Box } from './overlap';

export interface SeparateItem {
  readonly id: string;
  /** The node's body and label together, in model coordinates. */
  readonly box: Box;
  /** A fixed node (pinned, or already drawn before an incremental layout) never moves. */
  readonly fixed: boolean;
}

/** Space kept between two boxes. */
export const SEPARATION_GAP = 6;
/** Candidate spots for a node are tried on rings this far apart around where the layout put it. */
export const RING_STEP = 8;

interface Placed {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const clash = (a: Placed, b: Placed) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Moves per node id (only nodes that moved) so that no two boxes overlap, keeping `gap` between them. Fixed nodes
 * stay; the others are placed one by one from the middle of the picture outwards, each where the layout put it
 * or, if that spot is taken, at the nearest free spot on rings around it (ellipses of the given `aspect`). Two
 * fixed nodes may still overlap.
 */
export function separate(
  items: readonly SeparateItem[],
  gap = SEPARATION_GAP,
  aspect = 1,
): Map<string, { dx: number; dy: number }> {
  const centre = (b: Box) => ({ x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 });
  const n = Math.max(1, items.length);
  const mid = items.reduce((m, i) => ({ x: m.x + centre(i.box).x / n, y: m.y + centre(i.box).y / n }), { x: 0, y: 0 });
  const distance = (i: SeparateItem) => Math.hypot(centre(i.box).x - mid.x, centre(i.box).y - mid.y);
  const grown = (b: Box, dx: number, dy: number): Placed => ({
    x1: b.x1 + dx - gap / 2,
    y1: b.y1 + dy - gap / 2,
    x2: b.x2 + dx + gap / 2,
    y2: b.y2 + dy + gap / 2,
  });
  const placed: Placed[] = items.filter((i) => i.fixed).map((i) => grown(i.box, 0, 0));
  const movable = items.filter((i) => !i.fixed).sort((a, b) => distance(a) - distance(b) || a.id.localeCompare(b.id));
  const moves = new Map<string, { dx: number; dy: number }>();
  for (const item of movable) {
    const move = freeSpot(item.box, placed, grown, aspect);
    placed.push(grown(item.box, move.dx, move.dy));
    if (move.dx !== 0 || move.dy !== 0) moves.set(item.id, move);
  }
  return moves;
}

/**
 * Of nodes meant to stay where they are, the ones that must move after all: each that overlaps another staying node
 * placed before it (in the given order), unless it is `kept` (pinned or selected). A drawn node's box can grow after
 * its layout (a selection border, a group's label counting more members), and two staying nodes that overlap would
 * otherwise stay so.
 */
export function crowded(
  staying: readonly { readonly id: string; readonly box: Box; readonly kept: boolean }[],
  gap = SEPARATION_GAP,
): Set<string> {
  const grow = (b: Box): Placed => ({ x1: b.x1 - gap / 2, y1: b.y1 - gap / 2, x2: b.x2 + gap / 2, y2: b.y2 + gap / 2 });
  // Kept nodes first, so that of a kept and an unkept pair it is the unkept one that moves.
  const ordered = [...staying.filter((s) => s.kept), ...staying.filter((s) => !s.kept)];
  const settled: Placed[] = [];
  const result = new Set<string>();
  for (const item of ordered) {
    const box = grow(item.box);
    if (!item.kept && settled.some((p) => clash(box, p))) {
      result.add(item.id);
      continue;
    }
    settled.push(box);
  }
  return result;
}

/**
 * The nearest offset at which `box` clashes with nothing placed: none, or a spot on the rings around it. With an
 * `aspect` (width / height) other than 1 the rings are ellipses of that shape, so that a crowded picture grows
 * into the canvas's shape rather than into a disc.
 */
function freeSpot(
  box: Box,
  placed: readonly Placed[],
  grown: (b: Box, dx: number, dy: number) => Placed,
  aspect: number,
): { dx: number; dy: number } {
  const sx = Math.sqrt(aspect);
  const free = (dx: number, dy: number) => {
    const candidate = grown(box, dx, dy);
    return !placed.some((p) => clash(candidate, p));
  };
  if (free(0, 0)) return { dx: 0, dy: 0 };
  for (let ring = 1; ; ring++) {
    const radius = ring * RING_STEP;
    const steps = 8 * ring;
    for (let k = 0; k < steps; k++) {
      const angle = (2 * Math.PI * k) / steps;
      // Rounded, so that the result is the same on every machine.
      const dx = Math.round(radius * Math.cos(angle) * sx * 100) / 100;
      const dy = Math.round((radius * Math.sin(angle) * 100) / sx) / 100;
      if (free(dx, dy)) return { dx, dy };
    }
  }
}
