/** The canvas's imperative handle: moving the view, pictures of the graph, and the idle promise. */
import type { Core } from 'cytoscape';
import { graphPng, graphSvg } from './exportImage';
import type { IdleTracker } from './idle';
import { centerOn, fitView, zoomBy, type Animate } from './viewport';

export interface GraphCanvasHandle {
  fit(): void;
  zoomBy(factor: number): void;
  center(id: string): void;
  /** A PNG of the whole graph; `scale` multiplies the resolution (default 2). */
  png(scale?: number): Promise<Blob>;
  /**
   * A PNG of the settled picture (of only `ids` and the relations among them, when given), or null while it is
   * empty or still being drawn.
   */
  settledPng(scale: number, ids?: readonly string[]): Promise<Blob | null>;
  svg(): string;
  /** Resolves when the canvas is idle: what it draws matches its props and nothing moves. */
  idle(): Promise<void>;
}

export function canvasHandle(current: () => Core | null, tracker: IdleTracker, animate: Animate): GraphCanvasHandle {
  const ready = (): Core => {
    const cy = current();
    if (!cy) throw new Error('The graph is not ready.');
    return cy;
  };
  return {
    fit: () => {
      const cy = current();
      if (cy) fitView(cy, animate);
    },
    zoomBy: (factor) => {
      const cy = current();
      if (cy) zoomBy(cy, factor, animate);
    },
    center: (id) => {
      const cy = current();
      if (cy) centerOn(cy, id, animate);
    },
    png: async (scale = 2) => graphPng(ready(), scale),
    settledPng: async (scale, ids) => {
      const cy = current();
      if (!cy || cy.nodes().length === 0 || !tracker.idle) return null;
      return graphPng(cy, scale, ids ? { ids: new Set(ids), unfade: true } : {});
    },
    svg: () => graphSvg(ready()),
    idle: () => tracker.whenIdle(),
  };
}
