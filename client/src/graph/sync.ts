/**
 * Props carried onto Cytoscape: the app's selection, highlighted paths, and the stylesheet with the renderer
 * settings for large views. Each is idempotent, so the canvas simply calls it again when its inputs change.
 */
import type { Core } from 'cytoscape';
import type { Highlight } from '../state/filter';
import { graphStylesheet } from './style';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

/** Selects exactly the drawn ones of `selection` (nothing changes when that is already the selection). */
export function syncSelection(cy: Core, selection: readonly string[]): void {
  const current = cy.$(':selected').map((e) => e.id());
  const wanted = selection.filter((id) => cy.getElementById(id).nonempty());
  if (sameSet(current, wanted)) return;
  cy.batch(() => {
    cy.$(':selected').unselect();
    for (const id of wanted) cy.getElementById(id).select();
  });
}

/** Highlighted paths: the rest of the picture fades; what only weaker paths reach is highlighted as weak. */
export function applyHighlight(cy: Core, highlight: Highlight | null): void {
  cy.batch(() => {
    cy.elements().removeClass('hl weak faded');
    if (!highlight || highlight.nodes.size + highlight.edges.size === 0) return;
    cy.elements().forEach((ele) => {
      const id = ele.id();
      const node = ele.group() === 'nodes';
      const on = node ? highlight.nodes.has(id) : highlight.edges.has(id);
      const weak = node ? highlight.weak?.nodes.has(id) : highlight.weak?.edges.has(id);
      ele.addClass(on ? (weak ? 'hl weak' : 'hl') : 'faded');
    });
  });
}

export function applyLook(cy: Core, edgeLabels: boolean, large: boolean): void {
  cy.style(graphStylesheet({ edgeLabels, large }));
  // Large views are drawn from a cached texture while panning and zooming, so the page stays responsive.
  // Edges are left out while the view moves.
  const renderer = (
    cy as unknown as {
      renderer: () => { textureOnViewport?: boolean; hideEdgesOnViewport?: boolean } | undefined;
    }
  ).renderer();
  if (renderer) {
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
  }
}
