/**
 * The one component that owns Cytoscape: it creates `cy` on its div in an effect, destroys it on cleanup,
 * and applies every change in cy.batch() so a large update repaints once. Everything else talks to it through
 * props, callbacks and the imperative handle (fit, zoom, centre, export).
 *
 * Layout is incremental: nodes that are already drawn stay where they are (fcose's fixed-node constraint),
 * new ones start next to the node they were reached from and settle around it, with a short animation.
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type Layouts,
  type NodeSingular,
  type Position,
} from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Highlight } from '../state/filter';
import type { LayoutName } from '../state/types';
import { layoutOptions, seedPositions, shouldAnimate, ANIMATION_MS } from './layout';
import { graphStylesheet } from './style';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

/** Views at least this large use lighter styling (straight edges, texture while panning). */
export const LARGE_VIEW_ELEMENTS = 1000;

/** Fits the whole graph in view without zooming small graphs in further than this. */
export const MAX_FIT_ZOOM = 1.4;

function fitView(cy: Core, animate: boolean): void {
  const eles = cy.elements();
  if (eles.empty()) return;
  const padding = 48;
  const bb = eles.boundingBox();
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.max(cy.minZoom(), Math.min(MAX_FIT_ZOOM, w / Math.max(bb.w, 1), h / Math.max(bb.h, 1)));
  const pan = { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) };
  if (animate) cy.animate({ zoom, pan }, { duration: ANIMATION_MS });
  else cy.viewport({ zoom, pan });
}

export interface GraphCanvasHandle {
  fit(): void;
  zoomBy(factor: number): void;
  center(id: string): void;
  /** A PNG of the whole graph; `scale` multiplies the resolution (default 2). */
  png(scale?: number): Promise<Blob>;
  svg(): string;
}

export interface GraphCanvasProps {
  readonly elements: readonly ElementDefinition[];
  readonly layout: LayoutName;
  /** Bumped when the whole picture should be laid out afresh. */
  readonly relayoutKey: number;
  /** New node id → the node it was reached from, to place it nearby. */
  readonly anchors?: Readonly<Record<string, string>>;
  readonly selection: readonly string[];
  readonly highlight: Highlight | null;
  readonly edgeLabels: boolean;
  readonly boxSelect: boolean;
  /** Use Cytoscape's WebGL renderer (experimental); the canvas is recreated when this changes. */
  readonly webgl?: boolean;
  readonly ariaLabel: string;
  readonly ariaDescription?: string;
  readonly tooltipHint?: string;
  readonly onSelectionChange?: (ids: string[]) => void;
  readonly onExpand?: (id: string) => void;
  readonly onKeyCommand?: (command: 'expand' | 'hide' | 'escape') => void;
  readonly onReady?: (cy: Core) => void;
  readonly ref?: Ref<GraphCanvasHandle>;
}

interface Tooltip {
  readonly x: number;
  readonly y: number;
  readonly title: string;
  readonly subtitle: string;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((x) => set.has(x));
}

function stripClasses(def: ElementDefinition): string {
  return typeof def.classes === 'string' ? def.classes : Array.isArray(def.classes) ? def.classes.join(' ') : '';
}

export function GraphCanvas(props: GraphCanvasProps) {
  const {
    elements,
    layout,
    relayoutKey,
    anchors,
    selection,
    highlight,
    edgeLabels,
    boxSelect,
    webgl = false,
    ariaLabel,
    ariaDescription,
    ref,
  } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<Layouts | null>(null);
  /** Last known positions of nodes no longer drawn (undo brings them back where they were). */
  const positions = useRef(new Map<string, Position>());
  const applied = useRef<{ relayoutKey: number; layout: string; fresh: boolean }>({
    relayoutKey: -1,
    layout: '',
    fresh: true,
  });
  const syncingSelection = useRef(false);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const [cyVersion, setCyVersion] = useState(0);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const large = elements.length >= LARGE_VIEW_ELEMENTS;

  // Create Cytoscape once (again only when the renderer changes), and destroy it on unmount.
  useEffect(() => {
    const div = container.current;
    const saved = positions.current;
    if (!div) return undefined;
    const cy = cytoscape({
      container: div,
      style: graphStylesheet({ edgeLabels: callbacks.current.edgeLabels }),
      minZoom: 0.04,
      maxZoom: 4,
      boxSelectionEnabled: true,
      selectionType: 'single',
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    cyRef.current = cy;
    applied.current = { relayoutKey: -1, layout: '', fresh: true };

    let pending = false;
    const emitSelection = () => {
      if (syncingSelection.current || pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        if (cy.destroyed()) return;
        callbacks.current.onSelectionChange?.(cy.$(':selected').map((e) => e.id()));
      });
    };
    cy.on('select unselect', emitSelection);
    cy.on('dbltap', 'node', (event: EventObject) => {
      callbacks.current.onExpand?.((event.target as NodeSingular).id());
    });
    cy.on('mouseover', 'node, edge', (event: EventObject) => {
      const target = event.target as cytoscape.SingularElementArgument;
      const pos = event.renderedPosition;
      if (target.isNode()) {
        target.addClass('hover');
        setTooltip({
          x: pos.x,
          y: pos.y,
          title: String(target.data('label')),
          subtitle: `${String(target.data('kindLabel'))} · ${callbacks.current.tooltipHint ?? ''}`,
        });
      } else {
        setTooltip({ x: pos.x, y: pos.y, title: String(target.data('sentence')), subtitle: '' });
      }
    });
    cy.on('mouseout', 'node, edge', (event: EventObject) => {
      (event.target as cytoscape.SingularElementArgument).removeClass('hover');
      setTooltip(null);
    });
    cy.on('viewport drag', () => {
      setTooltip(null);
    });
    cy.on('dragfree', 'node', (event: EventObject) => {
      const node = event.target as NodeSingular;
      positions.current.set(node.id(), { ...node.position() });
    });
    callbacks.current.onReady?.(cy);
    setCyVersion((v) => v + 1);
    return () => {
      layoutRef.current?.stop();
      layoutRef.current = null;
      cy.nodes().forEach((n) => {
        saved.set(n.id(), { ...n.position() });
      });
      cy.destroy();
      cyRef.current = null;
    };
  }, [webgl]);

  // Elements: remove, add and update in one batch, then lay out (fully or only the new nodes).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Map(elements.map((e) => [String(e.data.id), e]));
    const added: string[] = [];
    const restored: string[] = [];
    cy.batch(() => {
      cy.elements().forEach((ele) => {
        if (!wanted.has(ele.id())) {
          if (ele.isNode()) positions.current.set(ele.id(), { ...ele.position() });
          ele.remove();
        }
      });
      const toAdd: ElementDefinition[] = [];
      for (const [id, def] of wanted) {
        const existing = cy.getElementById(id);
        if (existing.nonempty()) {
          for (const [key, value] of Object.entries(def.data)) {
            if (existing.data(key) !== value) existing.data(key, value);
          }
          const classes = stripClasses(def);
          if (
            existing
              .classes()
              .filter((c) => c === 'pinned')
              .join(' ') !== classes.trim()
          ) {
            existing.toggleClass('pinned', classes.includes('pinned'));
          }
          continue;
        }
        if (def.group === 'nodes') {
          const known = positions.current.get(id);
          if (known) restored.push(id);
          else added.push(id);
          toAdd.push(known ? { ...def, position: { ...known } } : def);
        } else {
          toAdd.push(def);
        }
      }
      // Nodes first, so that edges find their ends.
      toAdd.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
      cy.add(toAdd);
      cy.nodes().forEach((n) => {
        if (n.hasClass('pinned')) n.lock();
        else n.unlock();
      });
    });

    const state = applied.current;
    const full = state.fresh
      ? added.length > 0 || cy.nodes().length === 0
      : state.relayoutKey !== relayoutKey || state.layout !== layout;
    const recreatedWithPositions = state.fresh && added.length === 0 && restored.length > 0;
    state.fresh = false;
    state.relayoutKey = relayoutKey;
    state.layout = layout;
    if (cy.nodes().length === 0) return;
    if (recreatedWithPositions) {
      fitView(cy, false);
      return;
    }
    if (full) runLayout(cy, false, added);
    else if (added.length + restored.length > 0) runLayout(cy, true, [...added, ...restored]);

    function runLayout(cy: Core, incrementalWanted: boolean, newIds: string[]) {
      layoutRef.current?.stop();
      const nodes = cy.nodes();
      // With nothing already placed there is nothing to keep still: lay out from scratch.
      let incremental = incrementalWanted && newIds.length < nodes.length;
      if (!incremental && nodes.length < 3) {
        // Force-directed layouts have nothing to balance with one or two nodes: place them side by side.
        cy.batch(() => {
          nodes.forEach((n, i) => {
            if (!n.locked()) n.position({ x: i * 160, y: 0 });
          });
        });
        cy.zoom(1);
        cy.center();
        return;
      }
      if (!incremental && newIds.length > 0) {
        // Start new nodes spread out rather than piled at the origin.
        const side = Math.ceil(Math.sqrt(newIds.length));
        cy.batch(() => {
          newIds.forEach((id, i) => {
            cy.getElementById(id).position({ x: (i % side) * 80, y: Math.floor(i / side) * 80 });
          });
        });
      }
      const edgeCount = cy.edges().length;
      const newSet = new Set(newIds);
      let eles = cy.elements();
      if (incremental) {
        const extent = cy.extent();
        const fallback = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
        const seeds = seedPositions(
          newIds.filter((id) => !positions.current.has(id)),
          (id) => {
            const anchorId = anchors?.[id];
            const anchor = anchorId ? cy.getElementById(anchorId) : null;
            if (anchor?.nonempty() && !newSet.has(anchorId ?? '')) return (anchor as NodeSingular).position();
            const old = (cy.getElementById(id) as NodeSingular).neighborhood('node').filter((n) => !newSet.has(n.id()));
            if (old.nonempty()) {
              const first = old[0] as NodeSingular;
              return first.position();
            }
            return null;
          },
          fallback,
        );
        cy.batch(() => {
          for (const [id, pos] of seeds) (cy.getElementById(id) as NodeSingular).position(pos);
        });
        if (layout !== 'fcose') {
          // Hierarchical and concentric layouts are deterministic: re-running them keeps the picture's logic.
          incremental = false;
        } else if (nodes.length - newIds.length > 600) {
          // On big views only the new nodes and their neighbours take part; the rest stays as it is.
          const fresh = cy.nodes().filter((n) => newSet.has(n.id()));
          eles = fresh.union(fresh.neighborhood()).union(fresh.connectedEdges());
        }
      }
      const layoutNodes = eles.nodes();
      const fixed = layoutNodes
        .filter((n) => (incremental ? !newSet.has(n.id()) : n.hasClass('pinned')))
        .map((n) => ({ id: n.id(), position: { ...(n as NodeSingular).position() } }));
      const fromScratch = !incremental && newIds.length >= nodes.length;
      const options = layoutOptions({
        name: layout,
        nodeCount: layoutNodes.length,
        edgeCount: eles.edges().length,
        fixed: layout === 'fcose' ? fixed : [],
        incremental,
        fromScratch,
        degree: (id) => cy.getElementById(id).degree(false),
      });
      if (layout === 'fcose' && incremental && fixed.length === layoutNodes.length) return;
      const run = eles.layout(options);
      layoutRef.current = run;
      setLayoutRunning(true);
      run.one('layoutstop', () => {
        if (layoutRef.current !== run) return;
        layoutRef.current = null;
        setLayoutRunning(false);
        const animate = shouldAnimate(nodes.length, edgeCount);
        if (!incremental) {
          fitView(cy, animate && !fromScratch);
          return;
        }
        // Bring new nodes into view if they settled outside it, or fill the view if the picture is small.
        const extent = cy.extent();
        const outside = newIds.some((id) => {
          const p = cy.getElementById(id).position();
          return p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2;
        });
        const bb = cy.elements().boundingBox();
        const small = bb.w < extent.w * 0.45 && bb.h < extent.h * 0.45;
        if (outside || small) fitView(cy, animate);
      });
      run.run();
    }
  }, [elements, relayoutKey, layout, anchors, cyVersion]);

  // Selection from the app (search, outline, detail panel) onto the canvas.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const current = cy.$(':selected').map((e) => e.id());
    const wanted = selection.filter((id) => cy.getElementById(id).nonempty());
    if (sameSet(current, wanted)) return;
    syncingSelection.current = true;
    cy.batch(() => {
      cy.$(':selected').unselect();
      for (const id of wanted) cy.getElementById(id).select();
    });
    syncingSelection.current = false;
  }, [selection, elements, cyVersion]);

  // Highlighted paths: the rest of the picture fades; what only weaker paths reach is highlighted as weak.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
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
  }, [highlight, elements, cyVersion]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
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
  }, [edgeLabels, large, cyVersion]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.userPanningEnabled(!boxSelect);
    cy.boxSelectionEnabled(true);
  }, [boxSelect, cyVersion]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => {
        const cy = cyRef.current;
        if (cy) fitView(cy, true);
      },
      zoomBy: (factor: number) => {
        const cy = cyRef.current;
        if (!cy) return;
        const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
        cy.animate({ zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 200 });
      },
      center: (id: string) => {
        const cy = cyRef.current;
        const ele = cy?.getElementById(id);
        if (!cy || !ele || ele.empty()) return;
        const zoom = Math.max(cy.zoom(), 1);
        cy.animate({ center: { eles: ele }, zoom }, { duration: ANIMATION_MS });
      },
      png: async (scale = 2) => {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not ready.');
        return cy.png({ full: true, scale, bg: '#ffffff', output: 'blob-promise' });
      },
      svg: () => {
        const cy = cyRef.current;
        if (!cy) throw new Error('The graph is not ready.');
        return cy.svg({ full: true, scale: 1, bg: '#ffffff' });
      },
    }),
    [],
  );

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy || event.target !== event.currentTarget) return;
    const nodes = cy
      .nodes()
      .toArray()
      .sort((a, b) => a.position().y - b.position().y || a.position().x - b.position().x);
    const key = event.key;
    if (['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].includes(key)) {
      if (nodes.length === 0) return;
      event.preventDefault();
      const selectedId = cy.nodes(':selected').map((n) => n.id())[0];
      const index = selectedId ? nodes.findIndex((n) => n.id() === selectedId) : -1;
      const step = key === 'ArrowDown' || key === 'ArrowRight' ? 1 : -1;
      const next = nodes[(index + step + nodes.length) % nodes.length];
      if (!next) return;
      callbacks.current.onSelectionChange?.([next.id()]);
      cy.animate({ center: { eles: next } }, { duration: 200 });
    } else if (key === '+' || key === '=') {
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (key === '-') {
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (key === '0') {
      fitView(cy, false);
    } else if (key === 'Enter') {
      callbacks.current.onKeyCommand?.('expand');
    } else if (key === 'Delete' || key === 'Backspace') {
      callbacks.current.onKeyCommand?.('hide');
    } else if (key === 'Escape') {
      callbacks.current.onKeyCommand?.('escape');
    }
  };

  return (
    <div className="graph-canvas-wrap">
      <div
        ref={container}
        className={`graph-canvas${boxSelect ? ' box-select' : ''}`}
        role="application"
        aria-roledescription="graph"
        aria-label={ariaLabel}
        aria-description={ariaDescription}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="graph-canvas"
        data-layout={layoutRunning ? 'running' : 'idle'}
        data-renderer={webgl ? 'webgl' : 'canvas'}
      />
      {tooltip && (
        <div className="graph-tooltip" role="tooltip" style={{ left: tooltip.x + 14, top: tooltip.y + 14 }}>
          <strong>{tooltip.title}</strong>
          {tooltip.subtitle && <span>{tooltip.subtitle}</span>}
        </div>
      )}
    </div>
  );
}
