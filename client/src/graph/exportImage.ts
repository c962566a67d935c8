/** The canvas as a picture: a PNG (for downloads and the briefing's diagram) or an SVG of the whole graph. */
import type { Core } from 'cytoscape';

const BACKGROUND = '#ffffff';

/** A PNG of the whole graph; `scale` multiplies the resolution. */
export function graphPng(cy: Core, scale: number): Promise<Blob> {
  return cy.png({ full: true, scale, bg: BACKGROUND, output: 'blob-promise' });
}

/** An SVG of the whole graph (cytoscape-svg). */
export function graphSvg(cy: Core): string {
  return cy.svg({ full: true, scale: 1, bg: BACKGROUND });
}
