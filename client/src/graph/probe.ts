/**
 * The canvas's test hook: a read-only view of what is drawn, as plain data, so that end-to-end tests check node
 * positions, labels, classes and selection without reaching into Cytoscape. It lives on the canvas element:
 *
 *   page.getByTestId('graph-canvas').evaluate((el) => (el as GraphCanvasElement).probe?.nodes())
 *
 * Alongside it the element carries `data-nodes` and `data-edges` (how many are drawn) for auto-waiting locators.
 */
import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';

export interface ProbeNode {
  readonly id: string;
  readonly label: string;
  readonly position: Position;
  readonly classes: readonly string[];
  readonly selected: boolean;
}

export interface ProbeEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly classes: readonly string[];
  readonly selected: boolean;
  /** The drawn line style ('solid', 'dashed', 'dotted'), as the stylesheet resolved it. */
  readonly lineStyle: string;
}

export interface GraphProbe {
  /** Drawn nodes in drawing order. */
  nodes(): ProbeNode[];
  /** Drawn edges in drawing order. */
  edges(): ProbeEdge[];
}

/** The canvas element as tests see it. */
export interface GraphCanvasElement extends HTMLElement {
  probe?: GraphProbe;
}

function probeNode(n: NodeSingular): ProbeNode {
  return {
    id: n.id(),
    label: String(n.data('label')),
    position: { ...n.position() },
    classes: n.classes(),
    selected: n.selected(),
  };
}

function probeEdge(e: EdgeSingular): ProbeEdge {
  return {
    id: e.id(),
    source: e.source().id(),
    target: e.target().id(),
    type: String(e.data('type')),
    classes: e.classes(),
    selected: e.selected(),
    lineStyle: String(e.style('line-style')),
  };
}

export function graphProbe(cy: Core): GraphProbe {
  return {
    nodes: () => (cy.destroyed() ? [] : cy.nodes().map(probeNode)),
    edges: () => (cy.destroyed() ? [] : cy.edges().map(probeEdge)),
  };
}

/** Installs the probe and the element counts on the canvas element. */
export function attachProbe(element: HTMLElement, cy: Core): void {
  (element as GraphCanvasElement).probe = graphProbe(cy);
  showCounts(element, cy);
}

export function showCounts(element: HTMLElement | null, cy: Core): void {
  if (!element) return;
  element.dataset.nodes = String(cy.nodes().length);
  element.dataset.edges = String(cy.edges().length);
}
