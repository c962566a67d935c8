/**
 * The canvas with what the store says it should draw, and the message shown while it is empty. Large views switch to
 * Cytoscape's WebGL renderer when the browser has WebGL 2 on a GPU.
 */
import { useMemo, useState } from 'react';
import { expand } from '../core/graph/effects';
import {
  selectGraph,
  selectHighlight,
  selectLoadingView,
  selectMissingFromLink,
  selectPinned,
  selectSelectedNodes,
} from '../core/selectors';
import { hide, select } from '../core/view/actions';
import { atlas, useAtlas } from '../core/store';
import { toElements } from '../graph/elements';
import { GraphCanvas } from '../graph/GraphCanvas';
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

/** The canvas's keys: expand or hide the selected node(s), Escape to select nothing. */
function onKeyCommand(command: string) {
  const state = atlas.getState();
  const selected = selectSelectedNodes(state);
  const only = selected.length === 1 ? selected[0] : undefined;
  if (command === 'expand' && only) expand(only);
  if (command === 'hide') atlas.setState(hide(selected));
  if (command === 'escape') atlas.setState(select([]));
}

function onSelectionChange(ids: readonly string[]) {
  atlas.setState(select(ids));
}

function onExpand(id: string) {
  expand(id);
}

export function CanvasArea() {
  const { t } = useI18n();
  const graph = useAtlas(selectGraph);
  const view = useAtlas((s) => s.history.present);
  const pinned = useAtlas(selectPinned);
  const anchors = useAtlas((s) => s.history.anchors);
  const relayoutKey = useAtlas((s) => s.history.relayout);
  const highlight = useAtlas(selectHighlight);
  const boxSelect = useAtlas((s) => s.boxSelect);
  const loadingView = useAtlas(selectLoadingView);
  const missing = useAtlas(selectMissingFromLink);
  const [webglSupported] = useState(webglAvailable);
  const [webgl, setWebgl] = useState(false);
  const elements = useMemo(
    () => toElements(graph.nodes, graph.edges, { lang: view.lang, pinned }),
    [graph.nodes, graph.edges, view.lang, pinned],
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
        }}
        onSelectionChange={onSelectionChange}
        onExpand={onExpand}
        onKeyCommand={onKeyCommand}
      />
      {empty && !loadingView && (
        <div className="canvas-empty" data-testid="canvas-empty">
          <p>
            {view.nodes.length === 0
              ? t('emptyCanvas')
              : missing.length === view.nodes.length
                ? t('linkAllMissing', { ids: missing.join(', ') })
                : t('allFiltered')}
          </p>
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
