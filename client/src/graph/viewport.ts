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

/** Space kept between the picture and the canvas's edges when fitting, in screen pixels. */
export const FIT_PADDING = 48;

export interface FitBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/**
 * The zoom and pan that show every box (model coordinates) inside a `width` × `height` view with `padding` on each
 * side, centred. Pure, so that "everything fits" is unit-tested rather than trusted to a bounding-box call.
 */
export function fitTarget(
  boxes: readonly FitBox[],
  view: { readonly width: number; readonly height: number },
  limits: { readonly minZoom: number; readonly maxZoom: number },
  padding = FIT_PADDING,
): { zoom: number; pan: Position } | null {
  if (boxes.length === 0) return null;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x1 = Math.min(x1, b.x1);
    y1 = Math.min(y1, b.y1);
    x2 = Math.max(x2, b.x2);
    y2 = Math.max(y2, b.y2);
  }
  const w = Math.max(1, view.width - 2 * padding);
  const h = Math.max(1, view.height - 2 * padding);
  const fit = Math.min(w / Math.max(x2 - x1, 1), h / Math.max(y2 - y1, 1));
  const zoom = Math.max(limits.minZoom, Math.min(limits.maxZoom, fit));
  return { zoom, pan: { x: view.width / 2 - zoom * ((x1 + x2) / 2), y: view.height / 2 - zoom * ((y1 + y2) / 2) } };
}

/** Where the last fit left the view, kept on the instance so that a resize can tell whether the reader moved it. */
const FITTED = 'atlasFitted';
const RESIZING = 'atlasResizing';

/**
 * Reads the canvas's size afresh: Cytoscape notices a resized container only after a debounce. Not a resize the
 * reader made, so the view is not refitted for it (refitOnResize).
 */
export function measureCanvas(cy: Core): void {
  cy.scratch(RESIZING, true);
  try {
    cy.resize();
  } finally {
    cy.scratch(RESIZING, false);
  }
}

/**
 * Fits every visible node, its label included, in view (the same boxes the overlap post-pass and the readability
 * measure use; edges run between them). The canvas size is read afresh first: Cytoscape notices a resized container
 * only after a debounce, and a fit against the old size left nodes past the edge when the panels settled late.
 */
export function fitView(cy: Core, animate: Animate | false): void {
  measureCanvas(cy);
  const visible = cy.nodes(':visible');
  const nodes = visible.empty() ? cy.nodes() : visible;
  const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
  const target = fitTarget(
    boxes,
    { width: cy.width(), height: cy.height() },
    { minZoom: cy.minZoom(), maxZoom: MAX_FIT_ZOOM },
  );
  if (!target) return;
  cy.scratch(FITTED, target);
  if (animate) animate(cy, target, ANIMATION_MS);
  else cy.viewport(target);
}

/**
 * When the canvas changes size (panels settling, a phone turned) and the view is still where the last fit put it,
 * fit again: the reader has not moved it, so the whole picture should stay in view.
 */
export function refitOnResize(cy: Core): void {
  cy.on('resize', () => {
    // Cytoscape debounces its resize event, which can arrive after the canvas was destroyed (a remount).
    if (cy.destroyed()) return;
    // measureCanvas fires this event too: whoever called it fits the view, or has its reasons not to.
    if (cy.scratch(RESIZING) === true) return;
    const last = cy.scratch(FITTED) as { zoom: number; pan: Position } | undefined;
    if (!last) return;
    const pan = cy.pan();
    const same =
      Math.abs(cy.zoom() - last.zoom) < 1e-6 &&
      Math.abs(pan.x - last.pan.x) < 0.5 &&
      Math.abs(pan.y - last.pan.y) < 0.5;
    if (same) fitView(cy, false);
  });
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
