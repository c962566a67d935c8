/**
 * The canvas's test hook: a read-only view of what is drawn, as plain data, so that end-to-end tests check node
 * positions, labels, classes and selection without reaching into Cytoscape. It lives on the canvas element:
 *
 *   page.getByTestId('graph-canvas').evaluate((el) => (el as GraphCanvasElement).probe?.nodes())
 *
 * Alongside it the element carries `data-nodes` and `data-edges` (how many are drawn) for auto-waiting locators.
 */
import type { BoundingBox12, Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import { labelDrawnAt } from './lod';
import type { Box, NodeBoxes } from './overlap';

export interface ProbeNode {
  readonly id: string;
  readonly label: string;
  readonly position: Position;
  /** Where the node is drawn, in pixels from the canvas element's top left (to point at it). */
  readonly rendered: Position;
  readonly classes: readonly string[];
  readonly selected: boolean;
  /** The drawn width in model pixels (the node-size measure's mapping). */
  readonly width: number;
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

/** What the canvas shows, in pixels of the canvas element (0,0 is its top-left corner). */
export interface ProbeBoxes {
  readonly width: number;
  readonly height: number;
  readonly zoom: number;
  /** Each visible node's body and, when its label is drawn at this zoom, its label (the overlap measure's input). */
  readonly nodes: NodeBoxes[];
  /** How many visible nodes have a label that Cytoscape does not draw at this zoom (level of detail). */
  readonly hiddenLabels: number;
}

export interface GraphProbe {
  /** Drawn nodes in drawing order. */
  nodes(): ProbeNode[];
  /** Drawn edges in drawing order. */
  edges(): ProbeEdge[];
  /** Rendered node and label boxes, read from Cytoscape's bounding boxes. */
  boxes(): ProbeBoxes;
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
    rendered: { ...n.renderedPosition() },
    classes: n.classes(),
    selected: n.selected(),
    width: n.width(),
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

function rendered(cy: Core, b: BoundingBox12): Box {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y };
}

/** The screen's pixel ratio as the renderer uses it (labelDrawnAt depends on it). */
function pixelRatio(cy: Core): number {
  const renderer = (cy as unknown as { renderer: () => { getPixelRatio?: () => number } | undefined }).renderer();
  return renderer?.getPixelRatio?.() ?? window.devicePixelRatio;
}

/** Whether Cytoscape draws the label at this zoom (lod.ts has its rule); an empty label is never drawn. */
function labelDrawn(n: NodeSingular, zoom: number, ratio: number): boolean {
  const text = String(n.style('label'));
  if (text === '' || Number(n.style('text-opacity')) === 0) return false;
  const size = parseFloat(String(n.style('font-size')));
  return labelDrawnAt(size, parseFloat(String(n.style('min-zoomed-font-size'))), zoom, ratio);
}

function probeBoxes(cy: Core): ProbeBoxes {
  const zoom = cy.zoom();
  const ratio = pixelRatio(cy);
  const nodes: NodeBoxes[] = [];
  let hiddenLabels = 0;
  cy.nodes(':visible').forEach((n) => {
    const body = n.boundingBox({ includeLabels: false, includeOverlays: false });
    const drawn = labelDrawn(n, zoom, ratio);
    if (!drawn && String(n.style('label')) !== '') hiddenLabels++;
    const label = drawn ? n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }) : null;
    nodes.push({ id: n.id(), body: rendered(cy, body), label: label ? rendered(cy, label) : null });
  });
  return { width: cy.width(), height: cy.height(), zoom, nodes, hiddenLabels };
}

export function graphProbe(cy: Core): GraphProbe {
  return {
    nodes: () => (cy.destroyed() ? [] : cy.nodes().map(probeNode)),
    edges: () => (cy.destroyed() ? [] : cy.edges().map(probeEdge)),
    boxes: () => (cy.destroyed() ? { width: 0, height: 0, zoom: 1, nodes: [], hiddenLabels: 0 } : probeBoxes(cy)),
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
