/**
 * What components read that is derived from the store: the visible graph, the highlighted results, the selection
 * split into nodes. Each is memoised on the parts of the state it reads, so that a selector returns the same object
 * until those change (zustand re-renders a component when its selection changes identity).
 */
import { pathsHighlight, visibleGraph, type Highlight, type VisibleGraph } from '../state/filter';
import { capDrawn } from '../state/drawCap';
import type { GraphData } from '../state/graphData';
import { measureValues, sizeRule, type SizeMeasure, type SizeRule } from '../state/size';
import type { EdgeInfo, NodeInfo } from '../state/types';
import type { ViewState } from '../state/view';
import { toFetch } from './graph/actions';
import { drawnGroups, type LeafGroup } from './graph/groups';
import type { AtlasState } from './store';

/** Remembers the last result for the last arguments, compared by identity. */
function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last?.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}

export const view = (state: AtlasState): ViewState => state.history.present;

const graphOf = memo((v: ViewState, data: GraphData, hiddenEdges: readonly string[], drawLimit: number) => {
  const graph = visibleGraph(v, data);
  const hidden = new Set(hiddenEdges);
  const edges = hidden.size === 0 ? graph.edges : graph.edges.filter((e) => !hidden.has(e.id));
  const part = capDrawn(graph.nodes, edges, drawLimit, new Set([...v.selection, ...v.pinned]));
  return part.undrawn === 0 && edges === graph.edges ? graph : { ...graph, ...part };
});
/**
 * The drawn graph: the view's nodes and their relationships, less what the legend and the context menu hide, within
 * the draw limit (drawCap.ts).
 */
export const selectGraph = (state: AtlasState): VisibleGraph =>
  graphOf(state.history.present, state.data, state.hiddenEdges, state.drawLimit);

const visibleOf = memo((g: VisibleGraph) => new Set(g.nodes.map((n) => n.id)));
/** Ids of the nodes drawn (visible and not filtered out). */
export const selectVisible = (state: AtlasState): ReadonlySet<string> => visibleOf(selectGraph(state));

const groupsOf = memo(
  (
    groups: readonly LeafGroup[],
    drawn: ReadonlySet<string>,
    nodes: readonly string[],
    hiddenKinds: readonly string[],
  ) => drawnGroups(groups, drawn, new Set(nodes), hiddenKinds),
);
/** The "N more" groups of leaves to draw (core/graph/groups.ts). */
export const selectGroups = (state: AtlasState): readonly LeafGroup[] =>
  groupsOf(state.history.groups, selectVisible(state), state.history.present.nodes, state.history.present.hiddenKinds);

const pinnedOf = memo((pinned: readonly string[]) => new Set(pinned));
export const selectPinned = (state: AtlasState): ReadonlySet<string> => pinnedOf(state.history.present.pinned);

const selectedNodesOf = memo((selection: readonly string[], visible: ReadonlySet<string>) =>
  selection.filter((id) => visible.has(id)),
);
/** Selected ids that are drawn nodes (the selection may also hold edges). */
export const selectSelectedNodes = (state: AtlasState): readonly string[] =>
  selectedNodesOf(state.history.present.selection, selectVisible(state));

const missingOf = memo((nodes: readonly string[], missing: readonly string[]) =>
  nodes.filter((id) => missing.includes(id)),
);
/** Nodes named by the link that the atlas no longer has. */
export const selectMissingFromLink = (state: AtlasState): readonly string[] =>
  missingOf(state.history.present.nodes, state.data.missing);

/** True while the nodes of the view are still being fetched. */
export function selectLoadingView(state: AtlasState): boolean {
  const v = state.history.present;
  return toFetch(state).length > 0 || (v.overview && v.nodes.length === 0 && !state.overviewIds);
}

const highlightOf = memo(
  (
    panel: ViewState['panel'],
    coverage: AtlasState['coverage'],
    paths: AtlasState['paths'],
    focused: number | null,
    pinned: AtlasState['pinnedResults'],
  ): Highlight | null => {
    const pick = <T>(list: readonly T[]) => (focused !== null && list[focused] !== undefined ? [list[focused]] : list);
    // Pinned results stay highlighted beside the one the panel shows.
    const strong = pinned.flatMap((r) => r.strong);
    const weak = pinned.flatMap((r) => r.weak);
    if (panel.type === 'coverage' && coverage?.tech === panel.tech && coverage.results) {
      // "May fall within" (GENERAL) paths are drawn apart from "covered by" ones; the technology itself never is.
      const shown = pick(coverage.results);
      return pathsHighlight(
        [
          { nodes: [{ id: coverage.tech }], edges: [] },
          ...shown.filter((r) => r.basis !== 'GENERAL').map((r) => r.path),
          ...strong,
        ],
        [...shown.filter((r) => r.basis === 'GENERAL').map((r) => r.path), ...weak],
      );
    }
    if (panel.type === 'paths' && paths && paths.from === panel.from && paths.to === panel.to && paths.results) {
      return pathsHighlight([...pick(paths.results), ...strong], weak);
    }
    return pinned.length > 0 ? pathsHighlight(strong, weak) : null;
  },
);
/** The results of the side panel drawn apart on the canvas: all of them, or the one focused. */
export const selectHighlight = (state: AtlasState): Highlight | null =>
  highlightOf(state.history.present.panel, state.coverage, state.paths, state.focusedPath, state.pinnedResults);

const selectionOf = memo((selection: readonly string[], data: GraphData, visibleEdges: readonly EdgeInfo[]) => ({
  nodes: selection.map((id) => data.nodes[id]).filter((n): n is NodeInfo => n !== undefined),
  edges: selection
    .map((id) => visibleEdges.find((e) => e.id === id) ?? data.edges[id])
    .filter((e): e is EdgeInfo => e !== undefined),
}));
/** The selected nodes and edges that are known, for the detail panel. */
export const selectSelection = (state: AtlasState): { nodes: NodeInfo[]; edges: EdgeInfo[] } =>
  selectionOf(state.history.present.selection, state.data, selectGraph(state).edges);

const sizeRuleOf = memo((measure: SizeMeasure, graph: VisibleGraph, data: GraphData) =>
  sizeRule(measure, measureValues(measure, graph.nodes, graph.edges, data)),
);
/** The node sizes the chosen measure gives the drawn nodes, with the range of values the legend states. */
export const selectSizeRule = (state: AtlasState): SizeRule =>
  sizeRuleOf(state.history.present.sizeBy, selectGraph(state), state.data);
