/**
 * The Outline's entity table as pure data: one row per drawn entity with its relationships drawn and in all, and how
 * many sources cite it; sorted by a column and filtered by text and kind, so both are unit-tested without a page.
 */
import type { GraphData } from '../../state/graphData';
import { measureValues } from '../../state/size';
import type { EdgeInfo, NodeInfo } from '../../state/types';

export interface OutlineRow {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly kindLabel: string;
  /** Relationships drawn on the canvas. */
  readonly drawn: number;
  /** All the atlas's relationships of the entity; null until they are fetched. */
  readonly total: number | null;
  readonly sources: number | null;
}

export type SortKey = 'name' | 'kind' | 'degree' | 'sources';
export type SortDir = 'ascending' | 'descending';
export interface Sort {
  readonly key: SortKey;
  readonly dir: SortDir;
}

/** Numbers read best largest first; words from A. */
export const FIRST_DIR: Record<SortKey, SortDir> = {
  name: 'ascending',
  kind: 'ascending',
  degree: 'descending',
  sources: 'descending',
};

export function outlineRows(
  nodes: readonly NodeInfo[],
  edges: readonly EdgeInfo[],
  data: Pick<GraphData, 'links' | 'sourceCounts'>,
  name: (n: NodeInfo) => string,
  kindLabel: (kind: string) => string,
): OutlineRow[] {
  const drawn = measureValues('degree', nodes, edges, data);
  return nodes.map((n) => ({
    id: n.id,
    name: name(n),
    kind: n.kind,
    kindLabel: kindLabel(n.kind),
    drawn: drawn.get(n.id) ?? 0,
    total: data.links[n.id]?.length ?? null,
    sources: data.sourceCounts[n.id] ?? null,
  }));
}

/** Clicking a header sorts by it; clicking it again reverses the order. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, dir: FIRST_DIR[key] };
  return { key, dir: current.dir === 'ascending' ? 'descending' : 'ascending' };
}

function compareBy(key: SortKey, locale: string): (a: OutlineRow, b: OutlineRow) => number {
  const text = (x: string, y: string) => x.localeCompare(y, locale);
  const num = (x: number | null, y: number | null) => (x ?? -1) - (y ?? -1);
  switch (key) {
    case 'name':
      return (a, b) => text(a.name, b.name);
    case 'kind':
      return (a, b) => text(a.kindLabel, b.kindLabel);
    case 'degree':
      return (a, b) => a.drawn - b.drawn || num(a.total, b.total);
    case 'sources':
      return (a, b) => num(a.sources, b.sources);
  }
}

/** Rows in the order of the sort, ties by name (always A to Z), so the order is stable. */
export function sortRows(rows: readonly OutlineRow[], sort: Sort, locale = 'en'): OutlineRow[] {
  const by = compareBy(sort.key, locale);
  const sign = sort.dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * by(a, b) || a.name.localeCompare(b.name, locale));
}

/** Rows whose name (or id) contains the text, case-insensitively, and of the kind when one is chosen. */
export function filterRows(rows: readonly OutlineRow[], text: string, kind: string | null): OutlineRow[] {
  const needle = text.trim().toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (!kind || r.kind === kind) &&
      (!needle || r.name.toLocaleLowerCase().includes(needle) || r.id.toLocaleLowerCase().includes(needle)),
  );
}
