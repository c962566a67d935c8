/**
 * The coverage matrix as CSV (RFC 4180): one row per technology, with its category, whether it is a gap, its strongest
 * basis, then one column per instrument holding the cell's basis (empty when the instrument does not cover it). Names
 * are in the interface language; ids are kept so the file can be joined with other exports.
 */
import { entityName, type Lang } from '#domain';
import type { CoverageMatrix, MatrixRow } from '../../api/matrix';
import type { NodeInfo } from '../../state/types';
import { cellOf } from './table';

/** One field: quoted when it holds a comma, a quote, a line break or leading/trailing space; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

export interface CsvHeadings {
  readonly technology: string;
  readonly technologyId: string;
  readonly category: string;
  readonly gap: string;
  readonly strongest: string;
}

/** Lines end with CRLF, as the format asks. The day the matrix is as of goes in the file's name. */
export function matrixCsv(
  matrix: CoverageMatrix,
  lang: Lang,
  headings: CsvHeadings,
  yes: string,
  columns: readonly NodeInfo[] = matrix.columns,
  rows: readonly MatrixRow[] = matrix.rows,
): string {
  const head = [
    headings.technology,
    headings.technologyId,
    headings.category,
    headings.gap,
    headings.strongest,
    ...columns.map((c) => entityName(c, lang)),
  ];
  const lines = [
    csvLine(head),
    ...rows.map((row) =>
      csvLine([
        entityName(row.technology, lang),
        row.technology.id,
        entityName(row.category, lang),
        row.gap ? yes : '',
        row.strongest ?? '',
        ...columns.map((c) => cellOf(row, c.id)?.basis ?? ''),
      ]),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
