/**
 * What the explorer has learnt of the graph so far: every node and relationship any query returned, and,
 * per node, its full list of relationships once fetched. The view only stores ids; this fills them in.
 */
import type { EdgeInfo, LinkInfo, NodeInfo } from './types';

export interface GraphData {
  readonly nodes: Readonly<Record<string, NodeInfo>>;
  readonly edges: Readonly<Record<string, EdgeInfo>>;
  /** All relationships of a node, when they have been fetched; absent means "not fetched yet". */
  readonly links: Readonly<Record<string, readonly LinkInfo[]>>;
  /** Ids that the API said do not exist (e.g. from an old link), so they are not asked for again. */
  readonly missing: readonly string[];
  /** How many sources cite each entity, known with its relationships. */
  readonly sourceCounts: Readonly<Record<string, number>>;
  /** When dated entities and relationships hold (by id), known with the relationships; absent: always. */
  readonly validity: Readonly<Record<string, Bounds>>;
}

/** The first and last day a fact holds (null: open), as Validity.fromDay / toDay give them. */
export interface Bounds {
  readonly fromDay: string | null;
  readonly toDay: string | null;
}

/** Whether a fact with these bounds holds on `day` (both ends inclusive), the rule of graph-seed/domain/validity.ts. */
export function holdsOn(bounds: Bounds | undefined, day: string): boolean {
  if (!bounds) return true;
  return (bounds.fromDay === null || bounds.fromDay <= day) && (bounds.toDay === null || day <= bounds.toDay);
}

export const EMPTY_DATA: GraphData = { nodes: {}, edges: {}, links: {}, missing: [], sourceCounts: {}, validity: {} };

export type DataAction =
  | { readonly type: 'merge'; readonly nodes?: readonly NodeInfo[]; readonly edges?: readonly EdgeInfo[] }
  | {
      readonly type: 'links';
      readonly node: NodeInfo;
      readonly links: readonly LinkInfo[];
      /** How many sources cite the entity, when the answer said. */
      readonly sources?: number;
      /** The bounds of the entity and of its dated relationships, by id. */
      readonly validity?: Readonly<Record<string, Bounds>>;
    }
  | { readonly type: 'missing'; readonly ids: readonly string[] };

export function linkToEdge(nodeId: string, link: LinkInfo): EdgeInfo {
  return link.direction === 'OUT'
    ? { id: link.id, type: link.type, from: nodeId, to: link.other.id }
    : { id: link.id, type: link.type, from: link.other.id, to: nodeId };
}

export function dataReducer(data: GraphData, action: DataAction): GraphData {
  switch (action.type) {
    case 'merge': {
      const nodes = { ...data.nodes };
      const edges = { ...data.edges };
      for (const n of action.nodes ?? []) nodes[n.id] = { id: n.id, kind: n.kind, nameEn: n.nameEn, nameZh: n.nameZh };
      for (const e of action.edges ?? []) edges[e.id] = { id: e.id, type: e.type, from: e.from, to: e.to };
      return { ...data, nodes, edges };
    }
    case 'links': {
      const nodes = { ...data.nodes, [action.node.id]: action.node };
      const edges = { ...data.edges };
      for (const link of action.links) {
        if (!(link.other.id in nodes)) nodes[link.other.id] = link.other;
        edges[link.id] = linkToEdge(action.node.id, link);
      }
      const sourceCounts =
        action.sources === undefined ? data.sourceCounts : { ...data.sourceCounts, [action.node.id]: action.sources };
      const validity = action.validity ? { ...data.validity, ...action.validity } : data.validity;
      return {
        ...data,
        nodes,
        edges,
        links: { ...data.links, [action.node.id]: action.links },
        sourceCounts,
        validity,
      };
    }
    case 'missing':
      return { ...data, missing: [...new Set([...data.missing, ...action.ids])] };
  }
}

/** Ids of visible nodes that still need fetching: unknown, or known without their relationships. */
export function idsToFetch(data: GraphData, ids: readonly string[]): string[] {
  const missing = new Set(data.missing);
  return ids.filter((id) => !missing.has(id) && !(id in data.links));
}

/** A node's relationships grouped by type: how many distinct neighbours, and how many are already visible. */
export interface RelationGroup {
  readonly type: string;
  readonly directions: readonly ('OUT' | 'IN')[];
  readonly total: number;
  readonly visible: number;
}

export function relationGroups(links: readonly LinkInfo[], visible: ReadonlySet<string>): RelationGroup[] {
  const groups = new Map<string, { directions: Set<'OUT' | 'IN'>; others: Set<string> }>();
  for (const link of links) {
    let group = groups.get(link.type);
    if (!group) {
      group = { directions: new Set(), others: new Set() };
      groups.set(link.type, group);
    }
    group.directions.add(link.direction);
    group.others.add(link.other.id);
  }
  return [...groups.entries()]
    .map(([type, g]) => ({
      type,
      directions: (['OUT', 'IN'] as const).filter((d) => g.directions.has(d)),
      total: g.others.size,
      visible: [...g.others].filter((id) => visible.has(id)).length,
    }))
    .sort((a, b) => b.total - a.total || a.type.localeCompare(b.type));
}
