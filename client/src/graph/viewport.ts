/**
 * Moving the view: fitting the picture, zooming and centring. Animated moves go through one `animate` function
 * that the canvas wraps, so that the idle signal knows while the view is still moving.
 */
import type { AnimateOptions, BoundingBox12, BoundingBoxWH, Core, Position } from 'cytoscape';
import { ANIMATION_MS } from './layout';

/** Fits the whole graph in view without zooming small graphs in further than this. */
export const MAX_FIT_ZOOM = 1.4;
/** How much one keyboard zoom step changes the zoom. */
export const KEY_ZOOM_STEP = 1.2;
/** Short moves (zoom buttons, stepping through nodes from the keyboard). */
export const QUICK_MS = 200;

/** Runs a view animation and reports when it has finished. */
export type Animate = (cy: Core, target: AnimateOptions, duration: number) => void;

export function fitView(cy: Core, animate: Animate | false): void {
  const eles = cy.elements();
  if (eles.empty()) return;
  const padding = 48;
  const bb = eles.boundingBox();
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, w / Math.max(bb.w, 1), h / Math.max(bb.h, 1)));
  const pan = { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) };
  if (animate) animate(cy, { zoom, pan }, ANIMATION_MS);
  else cy.viewport({ zoom, pan });
}

function middle(cy: Core): Position {
  return { x: cy.width() / 2, y: cy.height() / 2 };
}

/** Zooms about the middle of the view, animated, within the canvas's zoom limits. */
export function zoomBy(cy: Core, factor: number, animate: Animate): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  animate(cy, { zoom: { level, renderedPosition: middle(cy) } }, QUICK_MS);
}

/** Zooms about the middle of the view at once (keyboard). */
export function zoomNow(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: middle(cy) });
}

/** Centres the view on one element, zooming in to at least 1. */
export function centerOn(cy: Core, id: string, animate: Animate): void {
  const ele = cy.getElementById(id);
  if (ele.empty()) return;
  animate(cy, { center: { eles: ele }, zoom: Math.max(cy.zoom(), 1) }, ANIMATION_MS);
}

/**
 * After an incremental layout: fit when a new node (its label included) is even partly outside the view, or
 * when the whole picture fills less than about half the view in both directions.
 */
export function needsFit(
  view: BoundingBox12 & BoundingBoxWH,
  picture: BoundingBoxWH,
  placed: readonly BoundingBox12[],
): boolean {
  const outside = placed.some((p) => p.x1 < view.x1 || p.x2 > view.x2 || p.y1 < view.y1 || p.y2 > view.y2);
  const small = picture.w < view.w * 0.45 && picture.h < view.h * 0.45;
  return outside || small;
}
