/**
 * The hover tooltip of the canvas: a node's name and kind (with a hint such as "double-click to expand"), or an
 * edge's sentence. `bindTooltip` wires it to Cytoscape's pointer events; `GraphTooltip` draws it.
 */
import type { Core, EventObject, SingularElementArgument } from 'cytoscape';
import { LARGE_VIEW_ELEMENTS } from './lod';

export interface Tooltip {
  readonly x: number;
  readonly y: number;
  readonly title: string;
  readonly subtitle: string;
}

/** The tooltip sits this far right of and below the pointer. */
const OFFSET_PX = 14;

/**
 * Shows the tooltip on hover, hides it when the pointer leaves or the view moves. The hovered node is also marked,
 * except on large views: a class change restyles and redraws every element (about 200 ms per node the pointer
 * crosses at 5,000 elements in bench:ui), and the tooltip already says which node it is.
 */
export function bindTooltip(cy: Core, show: (tooltip: Tooltip | null) => void, hint: () => string | undefined): void {
  cy.on('mouseover', 'node, edge', (event: EventObject) => {
    const target = event.target as SingularElementArgument;
    const pos = event.renderedPosition;
    if (target.isNode()) {
      if (cy.elements().length < LARGE_VIEW_ELEMENTS) target.addClass('hover');
      show({
        x: pos.x,
        y: pos.y,
        title: String(target.data('label')),
        subtitle: `${String(target.data('kindLabel'))} · ${hint() ?? ''}`,
      });
    } else {
      show({ x: pos.x, y: pos.y, title: String(target.data('sentence')), subtitle: '' });
    }
  });
  cy.on('mouseout', 'node, edge', (event: EventObject) => {
    const target = event.target as SingularElementArgument;
    if (target.hasClass('hover')) target.removeClass('hover');
    show(null);
  });
  cy.on('viewport drag', () => {
    show(null);
  });
}

export function GraphTooltip({ tooltip }: { readonly tooltip: Tooltip | null }) {
  if (!tooltip) return null;
  return (
    <div className="graph-tooltip" role="tooltip" style={{ left: tooltip.x + OFFSET_PX, top: tooltip.y + OFFSET_PX }}>
      <strong>{tooltip.title}</strong>
      {tooltip.subtitle && <span>{tooltip.subtitle}</span>}
    </div>
  );
}
