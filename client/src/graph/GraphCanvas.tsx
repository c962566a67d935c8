/**
 * The one component that owns Cytoscape: it creates `cy` on its div in an effect, destroys it on cleanup, and
 * carries out what the pure modules decide: the element diff (diff.ts), the layout plan (layoutPlan.ts) and the
 * keys (keyboard.ts). Everything else talks to it through props, callbacks and the imperative handle (handle.ts).
 *
 * It tells when it is idle (idle.ts): `data-idle` on the canvas element, the `graphidle` event there and the
 * handle's `idle()` promise. Tests read what is drawn through the probe on the canvas element (probe.ts).
 */
import type { Core, ElementDefinition, Position } from 'cytoscape';
import { useEffect, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { Highlight } from '../state/filter';
import type { LayoutName } from '../state/types';
import { applyDiff, carryOut, drawnElements, planGraph, type RunningLayout } from './apply';
import { LARGE_VIEW_ELEMENTS } from './lod';
import { bindEvents, createCy } from './create';
import { diffElements } from './diff';
import { GraphTooltip, type Tooltip } from './GraphTooltip';
import { canvasHandle, type GraphCanvasHandle } from './handle';
import { IdleTracker, showIdle } from './idle';
import { handleCanvasKey, keyName, type KeyCommand, type MenuPoint, type MenuRequest } from './keyboard';
import { planLayout } from './layoutPlan';
import { Minimap, type MinimapText } from './Minimap';
import { attachProbe, showCounts } from './probe';
import { applyHighlight, applyLook, syncSelection } from './sync';
import { refitOnResize, type Animate } from './viewport';

export type { GraphCanvasHandle } from './handle';
export type { MenuPoint, MenuRequest } from './keyboard';

/** What the layout plan (layoutPlan.ts) reads: which layout, when to lay out afresh, where new nodes start. */
export interface CanvasLayout {
  readonly name: LayoutName;
  /** Bumped when the whole picture should be laid out afresh. */
  readonly relayoutKey: number;
  /** New node id → the node it was reached from, to place it nearby. */
  readonly anchors?: Readonly<Record<string, string>>;
}

/** What is applied onto the drawn elements (sync.ts) without moving them. */
export interface CanvasLook {
  readonly selection: readonly string[];
  readonly highlight: Highlight | null;
  readonly edgeLabels: boolean;
  /** Dragging draws a selection box instead of panning. */
  readonly boxSelect: boolean;
}

/** The canvas's accessible name and description, and the hint its tooltip ends with. */
export interface CanvasText {
  readonly label: string;
  readonly description?: string;
  readonly tooltipHint?: string;
  /** The minimap's name and toggle labels; without them large views get no minimap. */
  readonly minimap?: MinimapText;
}

export interface GraphCanvasProps {
  readonly elements: readonly ElementDefinition[];
  readonly layout: CanvasLayout;
  readonly look: CanvasLook;
  readonly text: CanvasText;
  /** Use Cytoscape's WebGL renderer (experimental); the canvas is recreated when this changes. */
  readonly webgl?: boolean;
  readonly onSelectionChange?: (ids: string[]) => void;
  readonly onExpand?: (id: string) => void;
  readonly onKeyCommand?: (command: KeyCommand) => void;
  readonly onContextMenu?: (target: MenuRequest, point: MenuPoint) => void;
  /** The reader panned or zoomed the canvas. */
  readonly onViewMoved?: () => void;
  readonly onReady?: (cy: Core) => void;
  readonly ref?: Ref<GraphCanvasHandle>;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { elements, text, ref } = props;
  // Taken apart so that effects depend on the values, not on objects built afresh by each render of the parent.
  const { name: layout, relayoutKey, anchors } = props.layout;
  const { selection, highlight, edgeLabels, boxSelect } = props.look;
  const webgl = props.webgl ?? false;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<RunningLayout | null>(null);
  /** Last known positions of nodes no longer drawn (undo brings them back where they were). */
  const positions = useRef(new Map<string, Position>());
  const applied = useRef({ relayoutKey: -1, layout: '', fresh: true });
  const syncingSelection = useRef(false);
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const [tracker] = useState(() => new IdleTracker());
  /** Ends the "props not drawn yet" busy mark once the elements effect has drawn them. */
  const drawing = useRef<(() => void) | null>(null);
  const [cyVersion, setCyVersion] = useState(0);
  /** The live instance, for the minimap (which redraws on its events). */
  const [liveCy, setLiveCy] = useState<Core | null>(null);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const large = elements.length >= LARGE_VIEW_ELEMENTS;
  const nodeCount = useMemo(() => elements.filter((e) => e.group === 'nodes').length, [elements]);

  // View animations keep the canvas busy until they complete.
  const animate = useMemo<Animate>(
    () => (cy, target, duration) => {
      const done = tracker.begin('animation');
      cy.animate(target, { duration, complete: done });
    },
    [tracker],
  );

  useLayoutEffect(() => {
    const div = container.current;
    return tracker.watch((idle) => {
      showIdle(div, idle);
    });
  }, [tracker]);

  // Create Cytoscape once (again only when the renderer changes), and destroy it on unmount.
  useEffect(() => {
    const div = container.current;
    const saved = positions.current;
    if (!div) return undefined;
    const cy = createCy(div, { edgeLabels: callbacks.current.look.edgeLabels, webgl });
    cyRef.current = cy;
    applied.current = { relayoutKey: -1, layout: '', fresh: true };
    // Animations of an earlier instance never complete; the elements must be drawn again on this one.
    tracker.forget('animation');
    drawing.current ??= tracker.begin('elements');
    attachProbe(div, cy);
    bindEvents(cy, {
      userSelecting: () => !syncingSelection.current,
      onSelectionChange: (ids) => callbacks.current.onSelectionChange?.(ids),
      onExpand: (id) => callbacks.current.onExpand?.(id),
      onMoved: (id, position) => positions.current.set(id, position),
      showTooltip: setTooltip,
      tooltipHint: () => callbacks.current.text.tooltipHint,
      onContextMenu: (target, point) => callbacks.current.onContextMenu?.(target, point),
      onViewMoved: () => callbacks.current.onViewMoved?.(),
    });
    refitOnResize(cy);
    callbacks.current.onReady?.(cy);
    setCyVersion((v) => v + 1);
    setLiveCy(cy);
    return () => {
      setLiveCy(null);
      layoutRef.current?.stop();
      layoutRef.current = null;
      cy.nodes().forEach((n) => {
        saved.set(n.id(), { ...n.position() });
      });
      cy.destroy();
      cyRef.current = null;
    };
  }, [webgl, tracker]);

  // New props keep the canvas busy from their commit on, so that no one reads "idle" before they are drawn.
  useLayoutEffect(() => {
    drawing.current ??= tracker.begin('elements');
  }, [elements, relayoutKey, layout, anchors, cyVersion, tracker]);

  // The look first: a view becoming large gets its lighter stylesheet before its elements are added, so they are
  // styled once, not once as small and again as large.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyLook(cy, edgeLabels, large);
  }, [edgeLabels, large, cyVersion]);

  // Elements: remove, add and update in one batch, then carry out the layout plan.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const diff = diffElements(drawnElements(cy), elements, (id) => positions.current.get(id));
    applyDiff(cy, diff, (id, position) => positions.current.set(id, position));
    showCounts(container.current, cy);
    const state = applied.current;
    const extent = cy.extent();
    const plan = planLayout({
      layout,
      fresh: state.fresh,
      relayout: state.relayoutKey !== relayoutKey || state.layout !== layout,
      ...planGraph(cy),
      added: diff.added,
      restored: diff.restored,
      anchors,
      viewCentre: { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 },
    });
    applied.current = { relayoutKey, layout, fresh: false };
    carryOut(cy, plan, {
      animate,
      stopRunning: () => layoutRef.current?.stop(),
      started: (run) => {
        layoutRef.current = run;
        const done = tracker.begin('layout');
        return {
          current: () => layoutRef.current === run,
          stopped: () => {
            layoutRef.current = null;
            done();
          },
        };
      },
    });
    const drawn = drawing.current;
    drawing.current = null;
    drawn?.();
  }, [elements, relayoutKey, layout, anchors, cyVersion, tracker, animate]);

  // Selection from the app (search, outline, detail panel) onto the canvas.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    syncingSelection.current = true;
    syncSelection(cy, selection);
    syncingSelection.current = false;
  }, [selection, elements, cyVersion]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyHighlight(cy, highlight);
  }, [highlight, elements, cyVersion]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.userPanningEnabled(!boxSelect);
    cy.boxSelectionEnabled(true);
  }, [boxSelect, cyVersion]);

  useImperativeHandle(ref, () => canvasHandle(() => cyRef.current, tracker, animate), [tracker, animate]);

  const descriptionId = useId();
  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const cy = cyRef.current;
    if (!cy || event.target !== event.currentTarget) return;
    const used = handleCanvasKey(cy, keyName(event), {
      animate,
      onSelectionChange: (ids) => callbacks.current.onSelectionChange?.(ids),
      onKeyCommand: (command) => callbacks.current.onKeyCommand?.(command),
      onContextMenu: (target, point) => callbacks.current.onContextMenu?.(target, point),
    });
    if (used) event.preventDefault();
  };

  return (
    <div className="graph-canvas-wrap">
      {/* role="application": the canvas takes focus and handles its own keys (keyboard.ts), as that role means. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={container}
        className={`graph-canvas${boxSelect ? ' box-select' : ''}`}
        role="application"
        aria-roledescription="graph"
        aria-label={text.label}
        aria-describedby={text.description ? descriptionId : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="graph-canvas"
        data-renderer={webgl ? 'webgl' : 'canvas'}
      />
      {text.description && (
        <span id={descriptionId} className="visually-hidden">
          {text.description}
        </span>
      )}
      <GraphTooltip tooltip={tooltip} />
      {text.minimap && <Minimap cy={liveCy} nodeCount={nodeCount} text={text.minimap} />}
    </div>
  );
}
