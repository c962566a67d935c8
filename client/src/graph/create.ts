/**
 * Creating the Cytoscape instance of the canvas and wiring its user events (selection, double-click, dragging,
 * the tooltip, the context menu by right-click or long-press) to the canvas's callbacks.
 */
import cytoscape, { type Core, type EventObject, type NodeSingular, type Position } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { bindTooltip, type Tooltip } from './GraphTooltip';
import type { MenuPoint, MenuRequest } from './keyboard';
import { graphStylesheet } from './style';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

export function createCy(container: HTMLElement, options: { edgeLabels: boolean; webgl: boolean }): Core {
  return cytoscape({
    container,
    style: graphStylesheet({ edgeLabels: options.edgeLabels }),
    minZoom: 0.04,
    maxZoom: 4,
    boxSelectionEnabled: true,
    selectionType: 'single',
    ...(options.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
}

export interface CanvasEvents {
  /** False while the canvas itself changes the selection (props onto the canvas), so that it is not echoed. */
  readonly userSelecting: () => boolean;
  readonly onSelectionChange: (ids: string[]) => void;
  readonly onExpand: (id: string) => void;
  /** A node was dragged and dropped here. */
  readonly onMoved: (id: string, position: Position) => void;
  readonly showTooltip: (tooltip: Tooltip | null) => void;
  readonly tooltipHint: () => string | undefined;
  /** Right-click (cxttap) or long-press (taphold) on a node, an edge or the background. */
  readonly onContextMenu: (target: MenuRequest, point: MenuPoint) => void;
  /** The reader panned or zoomed the canvas (drag, wheel, pinch); not fired when the canvas moves the view itself. */
  readonly onViewMoved: () => void;
}

/** What a menu event is on, and where it happened in viewport pixels (touch events carry no client point). */
function menuRequest(cy: Core, event: EventObject): { target: MenuRequest; point: MenuPoint } {
  const rect = cy.container()?.getBoundingClientRect();
  const point = { x: (rect?.left ?? 0) + event.renderedPosition.x, y: (rect?.top ?? 0) + event.renderedPosition.y };
  const element = event.target as Core | NodeSingular;
  if (element === cy) return { target: { type: 'canvas' }, point };
  const el = element as NodeSingular;
  return { target: { type: el.isNode() ? 'node' : 'edge', id: el.id() }, point };
}

export function bindEvents(cy: Core, events: CanvasEvents): void {
  // One selection change per burst of select/unselect events (a box selection fires one per element).
  let pending = false;
  cy.on('select unselect', () => {
    if (!events.userSelecting() || pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      if (cy.destroyed()) return;
      events.onSelectionChange(cy.$(':selected').map((e) => e.id()));
    });
  });
  cy.on('dbltap', 'node', (event: EventObject) => {
    events.onExpand((event.target as NodeSingular).id());
  });
  cy.on('cxttap taphold', (event: EventObject) => {
    const { target, point } = menuRequest(cy, event);
    events.showTooltip(null);
    events.onContextMenu(target, point);
  });
  cy.on('dragpan scrollzoom pinchzoom', () => {
    events.onViewMoved();
  });
  bindTooltip(cy, events.showTooltip, events.tooltipHint);
  cy.on('dragfree', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    events.onMoved(node.id(), { ...node.position() });
  });
}
