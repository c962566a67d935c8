/** Turns API nodes and edges into Cytoscape element definitions; pure, so it is tested without a browser. */
import type { ElementDefinition } from 'cytoscape';
import { kindStyle } from './kinds';

export interface GraphNode {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
}

export interface GraphEdge {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

/** Edges whose ends are not both present are dropped: Cytoscape would throw on them. */
export function toElements(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): ElementDefinition[] {
  const present = new Set(nodes.map((n) => n.id));
  const nodeElements: ElementDefinition[] = nodes.map((n) => {
    const style = kindStyle(n.kind);
    return {
      group: 'nodes',
      data: { id: n.id, label: n.name, kind: n.kind, color: style.color, shape: style.shape },
    };
  });
  const edgeElements: ElementDefinition[] = edges
    .filter((e) => present.has(e.from) && present.has(e.to))
    .map((e) => ({
      group: 'edges',
      data: { id: e.id, source: e.from, target: e.to, type: e.type, label: e.type.toLowerCase().replace(/_/g, ' ') },
    }));
  return [...nodeElements, ...edgeElements];
}
