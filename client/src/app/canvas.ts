/**
 * The canvas handle for what is not state: fit, zoom, center, the image exports and the briefing's diagram. The
 * canvas component registers itself here, so the toolbar, the panels and the exports reach it without props.
 */
import type { GraphCanvasHandle } from '../graph/GraphCanvas';

export const canvas: { current: GraphCanvasHandle | null } = { current: null };

/** Centers a node after the canvas has drawn it (selecting may add it in the same turn). */
export function centerLater(id: string): void {
  window.setTimeout(() => canvas.current?.center(id), 0);
}
