// cy.svg(), added by the cytoscape-svg extension.
import 'cytoscape';

declare module 'cytoscape' {
  interface SvgExportOptions {
    /** The whole graph rather than the current viewport. */
    full?: boolean;
    scale?: number;
    bg?: string;
    maxWidth?: number;
    maxHeight?: number;
  }
  interface Core {
    svg(options?: SvgExportOptions): string;
  }
}
