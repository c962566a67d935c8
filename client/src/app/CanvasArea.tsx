/**
 * The canvas with what the store says it should draw, and the message shown while it is empty. Large views switch to
 * Cytoscape's WebGL renderer when the browser has WebGL 2 on a GPU.
 */
import { useMemo, useState } from 'react';
import { ContextMenu } from '../components/contextmenu/ContextMenu';
import { activate } from '../core/graph/effects';
import { isGroupId } from '../core/graph/groups';
import { closeMenu, openMenu } from '../core/menu/actions';
import {
  selectGraph,
  selectGroups,
  selectHighlight,
  selectLoadingView,
  selectMissingFromLink,
  selectPinned,
  selectSelectedNodes,
  selectSizeRule,
} from '../core/selectors';
import { hide, select } from '../core/view/actions';
import { atlas, useAtlas } from '../core/store';
import { toElements } from '../graph/elements';
import { GraphCanvas, type MenuPoint, type MenuRequest } from '../graph/GraphCanvas';
import { groupElements } from '../graph/groupElements';
import { OverviewButton } from '../components/results/OverviewButton';
import { AsOfBadge } from '../components/time/AsOfControl';
import { graphCounts, useI18n } from '../i18n/I18n';
import { canvas } from './canvas';

/** Views at least this large switch to Cytoscape's WebGL renderer when the browser has WebGL 2 on a GPU. */
export const WEBGL_MIN_ELEMENTS = 2000;

/** WebGL 2 on a real GPU: software WebGL (SwiftShader, llvmpipe) draws large graphs slower than the canvas. */
function webglAvailable(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    return !/swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

/** The canvas's keys: expand the selected node (or open a selected group), hide, Escape to select nothing. */
function onKeyCommand(command: string) {
  const state = atlas.getState();
  const selected = selectSelectedNodes(state);
  const group = state.history.present.selection.find(isGroupId);
  const only = selected.length === 1 ? selected[0] : group;
  if (command === 'expand' && only) activate(only);
  if (command === 'hide') atlas.setState(hide(selected));
  if (command === 'escape') atlas.setState(select([]));
}

function onSelectionChange(ids: readonly string[]) {
  atlas.setState(select(ids));
}

function onContextMenu(target: MenuRequest, point: MenuPoint) {
  atlas.setState(openMenu({ target, x: point.x, y: point.y }));
}

/** The menu sits where its node was: once the reader pans or zooms away from it, it closes. */
function onViewMoved() {
  if (atlas.getState().contextMenu) atlas.setState(closeMenu);
}

export function CanvasArea() {
  const { t } = useI18n();
  const graph = useAtlas(selectGraph);
  const groups = useAtlas(selectGroups);
  const view = useAtlas((s) => s.history.present);
  const pinned = useAtlas(selectPinned);
  const viewAnchors = useAtlas((s) => s.history.anchors);
  // A "N more" group starts beside the node its leaves hang on, like the nodes of the expansion that made it.
  const anchors = useMemo(
    () =>
      groups.length === 0
        ? viewAnchors
        : { ...viewAnchors, ...Object.fromEntries(groups.map((g) => [g.id, g.anchor])) },
    [viewAnchors, groups],
  );
  const relayoutKey = useAtlas((s) => s.history.relayout);
  const highlight = useAtlas(selectHighlight);
  const boxSelect = useAtlas((s) => s.boxSelect);
  const loadingView = useAtlas(selectLoadingView);
  const missing = useAtlas(selectMissingFromLink);
  const { sizes } = useAtlas(selectSizeRule);
  const [webglSupported] = useState(webglAvailable);
  const [webgl, setWebgl] = useState(false);
  const elements = useMemo(
    () => [
      ...toElements(graph.nodes, graph.edges, { lang: view.lang, pinned, sizes }),
      ...groupElements(groups, view.lang, (count, kind) => t('groupLabel', { count, kind })),
    ],
    [graph.nodes, graph.edges, view.lang, pinned, sizes, groups, t],
  );
  if (!webgl && webglSupported && elements.length >= WEBGL_MIN_ELEMENTS) setWebgl(true);
  const empty = graph.nodes.length === 0;
  return (
    <div className="canvas-area">
      <GraphCanvas
        ref={canvas}
        elements={elements}
        layout={{ name: view.layout, relayoutKey, anchors }}
        look={{ selection: view.selection, highlight, edgeLabels: view.edgeLabels, boxSelect }}
        webgl={webgl}
        text={{
          label: t('canvasLabel', graphCounts(t, graph.nodes.length, graph.edges.length)),
          description: t('tipKeyboard'),
          tooltipHint: t('doubleClickExpand'),
          minimap: { label: t('minimapLabel'), show: t('minimapShow'), hide: t('minimapHide') },
        }}
        onSelectionChange={onSelectionChange}
        onExpand={activate}
        onKeyCommand={onKeyCommand}
        onContextMenu={onContextMenu}
        onViewMoved={onViewMoved}
      />
      <ContextMenu />
      <AsOfBadge className="canvas-as-of" hidden={graph.notValid} />
      {empty && !loadingView && (
        <div className="canvas-empty" data-testid="canvas-empty">
          <p>
            {view.nodes.length === 0
              ? t('emptyCanvas')
              : missing.length === view.nodes.length
                ? t('linkAllMissing', { ids: missing.join(', ') })
                : t('allFiltered')}
          </p>
          {view.nodes.length === 0 && <OverviewButton withText />}
        </div>
      )}
      {empty && loadingView && (
        <div className="canvas-empty">
          <p role="status">{t('loadingGraph')}</p>
        </div>
      )}
    </div>
  );
}
