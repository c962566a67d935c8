/** The plain data the explorer works with: nodes and edges as the API returns them, both names kept. */
// The language and entity naming are the domain's; re-exported for the explorer's own modules.
export { LANGS, entityName as nodeName, type Lang } from '#domain';

export type LayoutName = 'fcose' | 'dagre' | 'concentric';
export const LAYOUTS: readonly LayoutName[] = ['fcose', 'dagre', 'concentric'];

export interface NodeInfo {
  readonly id: string;
  readonly kind: string;
  readonly nameEn: string;
  readonly nameZh: string;
}

export interface EdgeInfo {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

/** One relationship of a node, seen from that node (as Entity.relations returns it). */
export interface LinkInfo {
  readonly id: string;
  readonly type: string;
  readonly direction: 'OUT' | 'IN';
  readonly other: NodeInfo;
}

/** The side panel that explains the current view. */
export type Panel =
  | { readonly type: 'start' }
  | { readonly type: 'coverage'; readonly tech: string }
  | { readonly type: 'paths'; readonly from: string | null; readonly to: string | null }
  | { readonly type: 'outline' }
  | { readonly type: 'matrix' };
