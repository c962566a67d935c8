/**
 * Carries the pure diff and layout plan out on Cytoscape: the only place where they touch `cy`. The diff is
 * applied in one batch (one repaint); the plan places nodes, or runs the layout (runLayout.ts).
 */
import type { Core, Position } from 'cytoscape';
import type { DrawnElement, ElementDiff } from './diff';
import type { LayoutPlan, PlanEdge, PlanNode } from './layoutPlan';
import { hubIds } from './lod';
import { runLayout, type LayoutHooks } from './runLayout';
import { fitView } from './viewport';

export type { LayoutHooks, RunningLayout } from './runLayout';

/** What the canvas draws now, for the diff. */
export function drawnElements(cy: Core): DrawnElement[] {
  return cy.elements().map((e) => ({
    id: e.id(),
    isNode: e.isNode(),
    data: e.data() as Record<string, unknown>,
    pinned: e.hasClass('pinned'),
  }));
}

/** Applies the diff in one batch; the last position of every removed node is handed to `forget`. */
export function applyDiff(cy: Core, diff: ElementDiff, forget: (id: string, position: Position) => void): void {
  cy.batch(() => {
    for (const id of diff.remove) {
      const ele = cy.getElementById(id);
      // Removing a node has already removed its edges.
      if (ele.empty()) continue;
      if (ele.isNode()) forget(id, { ...ele.position() });
      ele.remove();
    }
    for (const change of diff.update) {
      const ele = cy.getElementById(change.id);
      for (const [key, value] of Object.entries(change.data)) ele.data(key, value);
      if (change.pinned !== undefined) ele.toggleClass('pinned', change.pinned);
    }
    cy.add([...diff.add]);
    cy.nodes().forEach((n) => {
      if (n.hasClass('pinned')) n.lock();
      else n.unlock();
    });
    markHubs(cy);
  });
}

/** The best-connected nodes get the hub class (larger labels that stay drawn when zoomed out). */
function markHubs(cy: Core): void {
  const hubs = hubIds(cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false) })));
  cy.nodes().forEach((n) => {
    n.toggleClass('hub', hubs.has(n.id()));
  });
}

/** The drawn graph as the layout plan reads it. */
export function planGraph(cy: Core): { nodes: PlanNode[]; edges: PlanEdge[] } {
  return {
    nodes: cy.nodes().map((n) => ({
      id: n.id(),
      position: { ...n.position() },
      locked: n.locked(),
      pinned: n.hasClass('pinned'),
    })),
    edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
  };
}

export function carryOut(cy: Core, plan: LayoutPlan, hooks: LayoutHooks): void {
  switch (plan.kind) {
    case 'none':
      return;
    case 'fit':
      fitView(cy, false);
      return;
    case 'row':
      hooks.stopRunning();
      cy.batch(() => {
        for (const [id, position] of plan.positions) cy.getElementById(id).position(position);
      });
      cy.zoom(1);
      cy.center();
      return;
    case 'run':
      hooks.stopRunning();
      runLayout(cy, plan, hooks);
  }
}
