/**
 * Node size by a chosen measure, as in the graph tools analysts know: the same size for all, the relationships drawn,
 * all relationships the atlas knows of the entity, or how many sources cite it. Pure, so the mapping is unit-tested;
 * the canvas draws the sizes and the legend states the rule.
 */
import type { GraphData } from './graphData';
import type { EdgeInfo, NodeInfo } from './types';

export type SizeMeasure = 'none' | 'degree' | 'total' | 'sources';
export const SIZE_MEASURES: readonly SizeMeasure[] = ['none', 'degree', 'total', 'sources'];

/** The size of every node when sizes say nothing, and the range a measure maps onto (in model pixels). */
export const NODE_SIZE = 28;
export const MIN_NODE_SIZE = 20;
export const MAX_NODE_SIZE = 64;

/** Each drawn node's value of the measure (empty for `none`). */
export function measureValues(
  measure: SizeMeasure,
  nodes: readonly NodeInfo[],
  edges: readonly EdgeInfo[],
  data: Pick<GraphData, 'links' | 'sourceCounts'>,
): Map<string, number> {
  const values = new Map<string, number>();
  if (measure === 'none') return values;
  for (const n of nodes) values.set(n.id, 0);
  if (measure === 'degree') {
    for (const e of edges) {
      values.set(e.from, (values.get(e.from) ?? 0) + 1);
      if (e.to !== e.from) values.set(e.to, (values.get(e.to) ?? 0) + 1);
    }
  }
  if (measure === 'total') for (const n of nodes) values.set(n.id, data.links[n.id]?.length ?? 0);
  if (measure === 'sources') for (const n of nodes) values.set(n.id, data.sourceCounts[n.id] ?? 0);
  return values;
}

export interface SizeRule {
  readonly measure: SizeMeasure;
  /** The smallest and largest value drawn; null for `none` or when nothing is drawn. */
  readonly range: { readonly min: number; readonly max: number } | null;
  readonly sizes: ReadonlyMap<string, number>;
}

/**
 * Sizes from values: the square root of the value is mapped linearly onto MIN..MAX_NODE_SIZE, so that a node's area
 * grows with its value; when all values are equal every node gets NODE_SIZE.
 */
export function sizeRule(measure: SizeMeasure, values: ReadonlyMap<string, number>): SizeRule {
  if (measure === 'none' || values.size === 0) return { measure, range: null, sizes: new Map() };
  const all = [...values.values()];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const lo = Math.sqrt(min);
  const span = Math.sqrt(max) - lo;
  const sizes = new Map<string, number>();
  for (const [id, v] of values) {
    const t = span > 0 ? (Math.sqrt(v) - lo) / span : null;
    sizes.set(id, t === null ? NODE_SIZE : Math.round(MIN_NODE_SIZE + t * (MAX_NODE_SIZE - MIN_NODE_SIZE)));
  }
  return { measure, range: { min, max }, sizes };
}
