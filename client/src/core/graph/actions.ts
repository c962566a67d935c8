/**
 * Pure changes of what is known of the graph: subgraphs merged in, a node's full relationships, ids the API does
 * not know, and the notice shown when an expansion was cut short.
 */
import { dataReducer, idsToFetch, type Bounds, type GraphData } from '../../state/graphData';
import { DRAW_STEP } from '../../state/drawCap';
import type { EdgeInfo, LinkInfo, NodeInfo } from '../../state/types';
import { viewReducer } from '../../state/view';
import type { AtlasState, Update } from '../store';
import { expansionAnchors, groupLeaves } from './groups';

/** How many neighbours one expansion adds at most; "load more" adds as many again. */
export const EXPAND_CAP = 25;
export const OVERVIEW_LIMIT = 60;

export interface ExpandNotice {
  readonly nodeId: string;
  readonly types: readonly string[] | null;
  readonly shown: number;
  readonly total: number | null;
  readonly limit: number;
  /** How many hops the expansion reached (1 or 2). */
  readonly depth: number;
  /** A hub above the server's degree cap was expanded only in part: some neighbours may be missing. */
  readonly sampled: boolean;
}

/** A subgraph as the API returns it (neighbourhood, overview, a path): nodes and edges with more fields. */
export interface SubgraphLike {
  readonly nodes: readonly NodeInfo[];
  readonly edges: readonly EdgeInfo[];
}

/** Only the fields the explorer keeps of an entity the API returned with more. */
export function toNode(n: NodeInfo): NodeInfo {
  return { id: n.id, kind: n.kind, nameEn: n.nameEn, nameZh: n.nameZh };
}

export function mergeNodes(data: GraphData, nodes: readonly NodeInfo[]): GraphData {
  return dataReducer(data, { type: 'merge', nodes });
}

/** Merges subgraphs into what is known; returns the new data and the ids of their nodes, in order. */
export function mergeSubgraphs(
  data: GraphData,
  subgraphs: readonly SubgraphLike[],
): { data: GraphData; ids: readonly string[] } {
  const ids = new Set<string>();
  let next = data;
  for (const g of subgraphs) {
    next = dataReducer(next, { type: 'merge', nodes: g.nodes, edges: g.edges });
    for (const n of g.nodes) ids.add(n.id);
  }
  return { data: next, ids: [...ids] };
}

/** Entities fetched with all their relationships, and the ids the API said do not exist. */
export function linksLoaded(
  found: readonly {
    node: NodeInfo;
    links: readonly LinkInfo[];
    sources?: number;
    validity?: Readonly<Record<string, Bounds>>;
  }[],
  missing: readonly string[],
): Update {
  return (state) => {
    let data = state.data;
    for (const { node, links, sources, validity } of found)
      data = dataReducer(data, { type: 'links', node, links, sources, validity });
    if (missing.length > 0) data = dataReducer(data, { type: 'missing', ids: missing });
    return { data };
  };
}

/** Makes a node known (e.g. picked as a path's end) without adding it to the view. */
export function remember(node: NodeInfo): Update {
  return (state) => ({ data: mergeNodes(state.data, [node]) });
}

/**
 * After an expansion: the notice when the answer was cut at the limit (with how many neighbours there are, when
 * the node's relationships are known), else no notice for this node.
 */
export function expandNotice(
  nodeId: string,
  types: readonly string[] | null,
  limit: number,
  result: { readonly ids: readonly string[]; readonly truncated: boolean; readonly sampled: boolean },
  depth = 1,
): Update {
  return (state) => {
    const { sampled } = result;
    if (!result.truncated && !sampled) return { notice: state.notice?.nodeId === nodeId ? null : state.notice };
    // A node's own relationships count its neighbours only: how many lie two hops away is not known.
    const links = depth === 1 ? state.data.links[nodeId] : undefined;
    const others = links ? new Set(links.filter((l) => !types || types.includes(l.type)).map((l) => l.other.id)) : null;
    const shown = result.ids.filter((id) => id !== nodeId).length;
    return { notice: { nodeId, types, shown, total: others ? others.size : null, limit, depth, sampled } };
  };
}

export interface ExpandRequest {
  readonly nodeId: string;
  readonly types: readonly string[] | null;
  readonly limit: number;
  readonly depth: number;
}

/**
 * An expansion's answer taken in: its nodes join the view next to where they were reached from, except the leaves
 * of a node that gains too many (groups.ts), which wait in "N more" groups; the notice says if it was cut short.
 */
export function expanded(
  request: ExpandRequest,
  result: SubgraphLike & { readonly truncated: boolean; readonly sampled: boolean },
): Update {
  return (state) => {
    const { nodeId, types, limit, depth } = request;
    const { data, ids } = mergeSubgraphs(state.data, [result]);
    const present = state.history.present.nodes;
    const edges = Object.values(data.edges);
    const { shown, groups } = groupLeaves({
      added: ids.filter((id) => id !== nodeId),
      present: present.includes(nodeId) ? present : [...present, nodeId],
      edges,
      kindOf: (id) => data.nodes[id]?.kind,
      existing: state.history.groups,
    });
    const history = viewReducer(state.history, {
      type: 'addNodes',
      ids: [nodeId, ...shown],
      anchor: nodeId,
      anchors: expansionAnchors(nodeId, ids, edges),
      groups,
    });
    return {
      data,
      history,
      ...expandNotice(
        nodeId,
        types,
        limit,
        { ids, truncated: result.truncated, sampled: result.sampled },
        depth,
      )(state),
    };
  };
}

/** A group opened: its members join the view beside the node they hang on, and the group is gone (undoably). */
export function openGroup(id: string): Update {
  return (state) => {
    const group = state.history.groups.find((g) => g.id === id);
    if (!group) return {};
    return {
      history: viewReducer(state.history, {
        type: 'addNodes',
        ids: group.members,
        anchor: group.anchor,
        groups: state.history.groups.filter((g) => g.id !== id),
      }),
    };
  };
}

export const dismissNotice: Update = () => ({ notice: null });

/** Draws DRAW_STEP more elements of a view larger than the canvas draws (state/drawCap.ts). */
export const drawMore: Update = (state) => ({ drawLimit: state.drawLimit + DRAW_STEP });

/** Visible nodes whose relationships are not known yet: also how a view restored from a link gets its nodes. */
export function toFetch(state: AtlasState): readonly string[] {
  return idsToFetch(state.data, state.history.present.nodes);
}
