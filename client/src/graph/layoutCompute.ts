/**
 * Runs a layout job (layoutJob.ts) on a headless Cytoscape: what the layout worker does, and what the main thread
 * falls back to where workers are missing. The options come from the same layoutOptions as on the page and the
 * same seeded random source, so the worker's picture is the one the page would have drawn.
 */
import cytoscape, { type LayoutOptions, type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions } from './layout';
import type { LayoutJob } from './layoutJob';
import { LAYOUT_SEED, withSeededRandom } from './seeded';

let registered = false;
function register(): void {
  if (registered) return;
  registered = true;
  // The page registers fcose when it creates its canvas (create.ts); registering again is harmless.
  cytoscape.use(fcose);
}

export function computeLayout(job: LayoutJob): Record<string, Position> {
  register();
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)', 'border-width': 0 } }],
    elements: [
      ...job.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, width: n.width, height: n.height },
        position: { ...n.position },
        locked: n.locked,
      })),
      ...job.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  try {
    const options = layoutOptions({ ...job.request, degree: (id) => cy.getElementById(id).degree(false) });
    withSeededRandom(LAYOUT_SEED, () => cy.layout({ ...options, animate: false } as LayoutOptions).run());
    const positions: Record<string, Position> = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = { ...n.position() };
    });
    return positions;
  } finally {
    cy.destroy();
  }
}
