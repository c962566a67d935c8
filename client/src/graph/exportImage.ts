/**
 * The canvas as a picture: a PNG (for downloads and the briefing's diagram) or an SVG of the graph. Pictures are
 * drawn from a plain copy of the graph in an off-screen instance, so that the live view keeps its selection and
 * hover while the picture shows neither (a selected node would otherwise be printed in the selection's blue).
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';

const BACKGROUND = '#ffffff';
/** Classes that belong to the live interaction, not to what the picture says. */
const LIVE_CLASSES = new Set(['hover']);

export interface PictureOptions {
  /** Only these nodes and the edges among them (the briefing's diagram); all when absent. */
  readonly ids?: ReadonlySet<string>;
  /** Also drop the fading of what is outside a result (the diagram shows its entities in full). */
  readonly unfade?: boolean;
}

function plainElements(cy: Core, options: PictureOptions): ElementDefinition[] {
  const { ids, unfade = false } = options;
  const drop = unfade ? new Set([...LIVE_CLASSES, 'faded']) : LIVE_CLASSES;
  const nodes = ids ? cy.nodes().filter((n) => ids.has(n.id())) : cy.nodes();
  const edges = ids ? cy.edges().filter((e) => ids.has(e.source().id()) && ids.has(e.target().id())) : cy.edges();
  return nodes.union(edges).map((element) => {
    const json = element.json() as ElementDefinition & { classes?: string | string[] };
    const classes = (Array.isArray(json.classes) ? json.classes : (json.classes ?? '').split(/\s+/u)).filter(
      (c) => c !== '' && !drop.has(c),
    );
    return { ...json, selected: false, classes };
  });
}

/** Runs `draw` on an off-screen copy of the graph (plain: nothing selected or hovered), then disposes of it. */
function withPlainCopy<T>(cy: Core, options: PictureOptions, draw: (copy: Core) => T): T {
  const container = document.createElement('div');
  const live = cy.container();
  container.style.cssText =
    `position:fixed;left:-100000px;top:0;width:${String(live?.clientWidth ?? 800)}px;` +
    `height:${String(live?.clientHeight ?? 600)}px;pointer-events:none;`;
  container.setAttribute('aria-hidden', 'true');
  document.body.append(container);
  const copy = cytoscape({
    container,
    elements: plainElements(cy, options),
    // The live stylesheet as it is now (its options may differ from the defaults); Style.json() is untyped.
    style: (cy.style() as unknown as { json(): cytoscape.StylesheetJson }).json(),
    layout: { name: 'preset' },
    zoom: cy.zoom(),
    pan: cy.pan(),
    autoungrabify: true,
    autounselectify: true,
  });
  try {
    return draw(copy);
  } finally {
    copy.destroy();
    container.remove();
  }
}

/** A PNG of the graph (or of `options.ids`); `scale` multiplies the resolution. */
export function graphPng(cy: Core, scale: number, options: PictureOptions = {}): Promise<Blob> {
  // Synchronous output, as the copy is gone once `draw` returns; the executor turns a throw into a rejection.
  return new Promise((resolve) => {
    resolve(withPlainCopy(cy, options, (copy) => copy.png({ full: true, scale, bg: BACKGROUND, output: 'blob' })));
  });
}

/** An SVG of the whole graph (cytoscape-svg). */
export function graphSvg(cy: Core): string {
  return withPlainCopy(cy, {}, (copy) => copy.svg({ full: true, scale: 1, bg: BACKGROUND }));
}
