/**
 * Compacting a fresh force layout so that it can be read at the fitted zoom. fcose leaves wide gaps (and packs
 * stray components far out), so a 60-node overview was fitted at a zoom where most labels were too small to draw.
 * This pulls the nodes towards the middle, more along the axis where the picture is too long for the canvas (so it
 * takes the canvas's shape), and lets the post-pass (separate.ts) clear the overlaps that causes. It tries gentle
 * pulls first and keeps the first that reaches the wanted zoom, or else the one that comes closest.
 * Pure (boxes and the view in, moves out) and deterministic, so it is unit-tested.
 */
import type { Box } from './overlap';
import { separate, SEPARATION_GAP, type SeparateItem } from './separate';

/** The zoom the fitted picture should reach: 11 px labels drawn at about 8 px or more (style.ts). */
export const COMPACT_TARGET_ZOOM = 0.75;
/** Views with more nodes than this are left as the layout made them (the post-pass costs more with each pull). */
export const COMPACT_MAX_NODES = 150;
/** Nodes never come closer to the middle than this share of their distance to it (the picture keeps its shape). */
export const MIN_PULL = 0.2;
/** Each try pulls this much harder than the one before. */
const PULL_STEP = 0.05;

export interface CompactView {
  /** The canvas in screen pixels, less the padding the fit keeps. */
  readonly width: number;
  readonly height: number;
  readonly targetZoom?: number;
}

type Move = { dx: number; dy: number };

function moved(box: Box, m: Move | undefined): Box {
  if (!m) return box;
  return { x1: box.x1 + m.dx, y1: box.y1 + m.dy, x2: box.x2 + m.dx, y2: box.y2 + m.dy };
}

/** The zoom at which the boxes fill the view (the fit's zoom, before its upper limit). */
export function fittedZoom(boxes: readonly Box[], view: CompactView): number {
  const x1 = Math.min(...boxes.map((b) => b.x1));
  const x2 = Math.max(...boxes.map((b) => b.x2));
  const y1 = Math.min(...boxes.map((b) => b.y1));
  const y2 = Math.max(...boxes.map((b) => b.y2));
  return Math.min(view.width / Math.max(1, x2 - x1), view.height / Math.max(1, y2 - y1));
}

/**
 * Moves per node id (only nodes that moved) that leave no two boxes overlapping, as separate() does, and bring the
 * fitted zoom up to `targetZoom` where pulling the nodes together can. Fixed nodes never move.
 */
export function compact(items: readonly SeparateItem[], view: CompactView): Map<string, Move> {
  const target = view.targetZoom ?? COMPACT_TARGET_ZOOM;
  const aspect = Math.max(0.25, Math.min(4, view.width / Math.max(1, view.height)));
  const settle = (pulled: readonly SeparateItem[], pull: ReadonlyMap<string, Move>) => {
    const clear = separate(pulled, SEPARATION_GAP, aspect);
    const moves = new Map<string, Move>();
    for (const item of items) {
      const a = pull.get(item.id) ?? { dx: 0, dy: 0 };
      const b = clear.get(item.id) ?? { dx: 0, dy: 0 };
      if (a.dx + b.dx !== 0 || a.dy + b.dy !== 0) moves.set(item.id, { dx: a.dx + b.dx, dy: a.dy + b.dy });
    }
    return {
      moves,
      zoom: fittedZoom(
        pulled.map((i) => moved(i.box, clear.get(i.id))),
        view,
      ),
    };
  };
  let best = settle(items, new Map());
  if (items.length < 3 || items.length > COMPACT_MAX_NODES || best.zoom >= target) return best.moves;

  // How much too long the cleared picture is along each axis for the wanted zoom.
  const after = items.map((i) => moved(i.box, best.moves.get(i.id)));
  const wide = Math.max(...after.map((b) => b.x2)) - Math.min(...after.map((b) => b.x1));
  const high = Math.max(...after.map((b) => b.y2)) - Math.min(...after.map((b) => b.y1));
  const needX = Math.min(1, view.width / target / Math.max(1, wide));
  const needY = Math.min(1, view.height / target / Math.max(1, high));
  const mid = {
    x: items.reduce((s, i) => s + (i.box.x1 + i.box.x2) / 2, 0) / items.length,
    y: items.reduce((s, i) => s + (i.box.y1 + i.box.y2) / 2, 0) / items.length,
  };
  for (let harder = 1; harder >= MIN_PULL; harder -= PULL_STEP) {
    const kx = Math.max(MIN_PULL, needX * harder);
    const ky = Math.max(MIN_PULL, needY * harder);
    const pull = new Map<string, Move>();
    for (const i of items) {
      if (i.fixed) continue;
      const cx = (i.box.x1 + i.box.x2) / 2;
      const cy = (i.box.y1 + i.box.y2) / 2;
      // Rounded, so that the result is the same on every machine.
      const dx = Math.round((mid.x + (cx - mid.x) * kx - cx) * 100) / 100;
      const dy = Math.round((mid.y + (cy - mid.y) * ky - cy) * 100) / 100;
      pull.set(i.id, { dx, dy });
    }
    const tried = settle(
      items.map((i) => ({ ...i, box: moved(i.box, pull.get(i.id)) })),
      pull,
    );
    if (tried.zoom > best.zoom) best = tried;
    if (tried.zoom >= target || (kx === MIN_PULL && ky === MIN_PULL)) break;
  }
  return best.moves;
}
