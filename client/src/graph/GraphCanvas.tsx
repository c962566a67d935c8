/**
 * The one component that owns Cytoscape: it creates `cy` on its div in an effect, destroys it on cleanup,
 * and applies element changes in cy.batch() so a large update repaints once.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef } from 'react';
import { graphStylesheet } from './style';

cytoscape.use(fcose);

export interface GraphCanvasProps {
  readonly elements: readonly ElementDefinition[];
  readonly ariaLabel: string;
  readonly onReady?: (cy: Core) => void;
}

export function GraphCanvas({ elements, ariaLabel, onReady }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);

  useEffect(() => {
    if (!container.current) return undefined;
    const cy = cytoscape({ container: container.current, style: graphStylesheet(), wheelSensitivity: 0.3 });
    cyRef.current = cy;
    onReady?.(cy);
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, [onReady]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add([...elements]);
    });
    cy.layout({
      name: 'fcose',
      animate: false,
      randomize: true,
      nodeRepulsion: () => 8000,
    } as cytoscape.LayoutOptions).run();
    cy.fit(undefined, 30);
  }, [elements]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={ariaLabel} data-testid="graph-canvas" />;
}
