/**
 * The Matrix view's table, pure: the coverage matrix's rows filtered (by text, category, gaps only) and sorted, grouped
 * by category, and its columns filtered (by text, kind) and sorted. The server's order is kept as the default.
 */
import { entityName, type Lang } from '#domain';
import type { CoverageMatrix, MatrixCell, MatrixRow } from '../../api/matrix';
import type { NodeInfo } from '../../state/types';

export type Basis = MatrixCell['basis'];
export type RowSort = 'category' | 'name' | 'strength' | 'covered';
export type ColumnSort = 'kind' | 'name' | 'covered';

export interface MatrixOptions {
  readonly rowText: string;
  /** A category id, or null for every category. */
  readonly category: string | null;
  readonly gapsOnly: boolean;
  readonly rowSort: RowSort;
  readonly columnText: string;
  /** An instrument kind, or null for every kind. */
  readonly columnKind: string | null;
  readonly columnSort: ColumnSort;
}

export const DEFAULT_MATRIX_OPTIONS: MatrixOptions = {
  rowText: '',
  category: null,
  gapsOnly: false,
  rowSort: 'category',
  columnText: '',
  columnKind: null,
  columnSort: 'kind',
};

export interface RowGroup {
  readonly category: NodeInfo;
  readonly rows: readonly MatrixRow[];
}

export interface MatrixTable {
  readonly groups: readonly RowGroup[];
  readonly columns: readonly NodeInfo[];
  /** Rows and columns shown, of how many. */
  readonly shownRows: number;
  readonly totalRows: number;
  readonly shownColumns: number;
  readonly totalColumns: number;
}

export const BASIS_STRENGTH: Record<Basis, number> = { NAMED: 3, CATEGORY: 2, GENERAL: 1 };

function matches(node: NodeInfo, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  return [node.id, node.nameEn, node.nameZh].some((s) => s.toLowerCase().includes(needle));
}

function strength(row: MatrixRow): number {
  return row.strongest ? BASIS_STRENGTH[row.strongest] : 0;
}

/** The cell of a row for an instrument, if it covers the row's technology. */
export function cellOf(row: MatrixRow, instrumentId: string): MatrixCell | undefined {
  return row.cells.find((c) => c.instrumentId === instrumentId);
}

function sortRows(rows: MatrixRow[], sort: RowSort, lang: Lang): MatrixRow[] {
  const byName = (a: MatrixRow, b: MatrixRow) =>
    entityName(a.technology, lang).localeCompare(entityName(b.technology, lang), lang) ||
    a.technology.id.localeCompare(b.technology.id);
  if (sort === 'name') return rows.sort(byName);
  // Gaps first: the weakest-covered technologies are what an analyst looks for.
  if (sort === 'strength') return rows.sort((a, b) => strength(a) - strength(b) || byName(a, b));
  if (sort === 'covered') return rows.sort((a, b) => a.cells.length - b.cells.length || byName(a, b));
  return rows;
}

function sortColumns(columns: NodeInfo[], counts: Map<string, number>, sort: ColumnSort, lang: Lang): NodeInfo[] {
  if (sort === 'name') return columns.sort((a, b) => entityName(a, lang).localeCompare(entityName(b, lang), lang));
  if (sort === 'covered')
    return columns.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  return columns;
}

/**
 * The table to draw. Sorted by category, rows stay in the server's category groups; any other sort draws one group
 * per category still, each sorted, so that a technology is always read with its category.
 */
export function matrixTable(matrix: CoverageMatrix, options: MatrixOptions, lang: Lang): MatrixTable {
  const rows = matrix.rows.filter(
    (row) =>
      (!options.gapsOnly || row.gap) &&
      (options.category === null || row.category.id === options.category) &&
      (matches(row.technology, options.rowText) || matches(row.category, options.rowText)),
  );
  const groups = new Map<string, { category: NodeInfo; rows: MatrixRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.category.id) ?? { category: row.category, rows: [] };
    group.rows.push(row);
    groups.set(row.category.id, group);
  }
  const counts = new Map<string, number>();
  for (const row of matrix.rows)
    for (const c of row.cells) counts.set(c.instrumentId, (counts.get(c.instrumentId) ?? 0) + 1);
  const columns = matrix.columns.filter(
    (c) => matches(c, options.columnText) && (options.columnKind === null || c.kind === options.columnKind),
  );
  return {
    groups: [...groups.values()].map((g) => ({ category: g.category, rows: sortRows(g.rows, options.rowSort, lang) })),
    columns: sortColumns([...columns], counts, options.columnSort, lang),
    shownRows: rows.length,
    totalRows: matrix.rows.length,
    shownColumns: columns.length,
    totalColumns: matrix.columns.length,
  };
}

/** The categories of the matrix, in its order, for the category filter. */
export function matrixCategories(matrix: CoverageMatrix): NodeInfo[] {
  const seen = new Map<string, NodeInfo>();
  for (const row of matrix.rows) if (!seen.has(row.category.id)) seen.set(row.category.id, row.category);
  return [...seen.values()];
}
