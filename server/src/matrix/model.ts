/**
 * The coverage matrix, pure: from each technology's coverage cells (read by the coverage rule) to ordered rows and
 * columns, each row's strongest basis and whether it is a gap. Unit-tested without a database.
 */
import type { CoverageBasis } from '../coverage/query';
import { COVERAGE_BASES } from '../coverage/query';
import type { CoverageVia } from '../coverage/repository';
import type { EntityRecord } from '../entity/model';
import type { PathRecord } from '../paths/repository';

export interface CellRecord {
  readonly instrument: EntityRecord;
  readonly via: CoverageVia;
  readonly basis: CoverageBasis;
  readonly path: PathRecord;
}

export interface RowRecord {
  readonly technology: EntityRecord;
  readonly category: EntityRecord;
  readonly cells: readonly CellRecord[];
}

export interface MatrixCell {
  readonly instrumentId: string;
  readonly basis: CoverageBasis;
  readonly via: CoverageVia;
  readonly path: PathRecord;
}

export interface MatrixRow {
  readonly technology: EntityRecord;
  readonly category: EntityRecord;
  readonly cells: MatrixCell[];
  readonly strongest: CoverageBasis | null;
  readonly gap: boolean;
}

export interface Matrix {
  readonly rows: MatrixRow[];
  readonly columns: EntityRecord[];
}

/** Columns go by instrument kind in this order. */
export const INSTRUMENT_KINDS = ['REGIME', 'TREATY', 'CONTROL_MEASURE'] as const;

const rank = (basis: CoverageBasis) => COVERAGE_BASES.indexOf(basis);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A row is a gap when no instrument covers it by name or by category. */
export function isGap(cells: readonly { readonly basis: CoverageBasis }[]): boolean {
  return !cells.some((c) => c.basis === 'NAMED' || c.basis === 'CATEGORY');
}

export function buildMatrix(rows: readonly RowRecord[]): Matrix {
  const instruments = new Map<string, { entity: EntityRecord; covered: number }>();
  for (const row of rows) {
    for (const cell of row.cells) {
      const seen = instruments.get(cell.instrument.id);
      if (seen) seen.covered += 1;
      else instruments.set(cell.instrument.id, { entity: cell.instrument, covered: 1 });
    }
  }
  const kindOrder = (kind: string) => {
    const i = (INSTRUMENT_KINDS as readonly string[]).indexOf(kind);
    return i < 0 ? INSTRUMENT_KINDS.length : i;
  };
  const columns = [...instruments.values()]
    .sort(
      (a, b) =>
        kindOrder(a.entity.kind) - kindOrder(b.entity.kind) ||
        b.covered - a.covered ||
        compareText(a.entity.id, b.entity.id),
    )
    .map((c) => c.entity);
  const position = new Map(columns.map((c, i) => [c.id, i]));
  const built = rows.map((row): MatrixRow => {
    const cells = row.cells
      .map((c) => ({ instrumentId: c.instrument.id, basis: c.basis, via: c.via, path: c.path }))
      .sort((a, b) => (position.get(a.instrumentId) ?? 0) - (position.get(b.instrumentId) ?? 0));
    const strongest = cells.reduce<CoverageBasis | null>(
      (best, c) => (best === null || rank(c.basis) < rank(best) ? c.basis : best),
      null,
    );
    return { technology: row.technology, category: row.category, cells, strongest, gap: isGap(cells) };
  });
  built.sort(
    (a, b) =>
      compareText(a.category.nameEn, b.category.nameEn) ||
      compareText(a.category.id, b.category.id) ||
      Number(b.technology.id === b.category.id) - Number(a.technology.id === a.category.id) ||
      compareText(a.technology.nameEn, b.technology.nameEn) ||
      compareText(a.technology.id, b.technology.id),
  );
  return { rows: built, columns };
}
