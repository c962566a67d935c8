/**
 * The minimap's geometry: how the drawn graph's bounds map into the small map, where the visible part of the canvas
 * lies on it, and which graph point a spot on the map stands for. Pure (boxes in, numbers out), so it is unit-tested;
 * the Minimap component only draws and listens.
 */

export interface Rect {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface MapTransform {
  /** Map pixels per graph unit. */
  readonly scale: number;
  /** Where graph point (0, 0) lands on the map. */
  readonly dx: number;
  readonly dy: number;
}

/** Fits `bounds` (the graph, united with what is in view) into a map of `width`×`height`, centred, with `padding`. */
export function fitTransform(bounds: Rect, width: number, height: number, padding = 6): MapTransform {
  const w = Math.max(bounds.x2 - bounds.x1, 1);
  const h = Math.max(bounds.y2 - bounds.y1, 1);
  const scale = Math.min((width - 2 * padding) / w, (height - 2 * padding) / h);
  return {
    scale,
    dx: (width - w * scale) / 2 - bounds.x1 * scale,
    dy: (height - h * scale) / 2 - bounds.y1 * scale,
  };
}

export function toMap(t: MapTransform, p: { readonly x: number; readonly y: number }): { x: number; y: number } {
  return { x: p.x * t.scale + t.dx, y: p.y * t.scale + t.dy };
}

export function fromMap(t: MapTransform, p: { readonly x: number; readonly y: number }): { x: number; y: number } {
  return { x: (p.x - t.dx) / t.scale, y: (p.y - t.dy) / t.scale };
}

/** The smallest rectangle holding both. */
export function union(a: Rect, b: Rect): Rect {
  return { x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) };
}

/**
 * The pan that puts graph point `centre` in the middle of a canvas of `width`×`height` at `zoom` (Cytoscape's
 * rendered position = model position × zoom + pan).
 */
export function panToCentre(
  centre: { readonly x: number; readonly y: number },
  zoom: number,
  width: number,
  height: number,
): { x: number; y: number } {
  return { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom };
}
