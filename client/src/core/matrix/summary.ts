/**
 * The coverage matrix summed up per technology, for a briefing: its category, strongest basis, whether it is a gap,
 * and the instruments that cover it with their basis (strongest first). Pure, and also written as a Markdown table
 * for the briefing's download.
 */
import { entityName, type Lang } from '#domain';
import type { CoverageMatrix } from '../../api/matrix';
import { BASIS_STRENGTH, type Basis } from './table';

export interface MatrixSummaryRow {
  readonly id: string;
  readonly technology: string;
  readonly category: string;
  readonly strongest: Basis | null;
  readonly gap: boolean;
  readonly coveredBy: readonly { readonly name: string; readonly basis: Basis }[];
}

export function matrixSummary(matrix: CoverageMatrix, lang: Lang): MatrixSummaryRow[] {
  const columns = new Map(matrix.columns.map((c) => [c.id, c]));
  return matrix.rows.map((row) => ({
    id: row.technology.id,
    technology: entityName(row.technology, lang),
    category: entityName(row.category, lang),
    strongest: row.strongest,
    gap: row.gap,
    coveredBy: [...row.cells]
      .sort((a, b) => BASIS_STRENGTH[b.basis] - BASIS_STRENGTH[a.basis])
      .map((c) => {
        const column = columns.get(c.instrumentId);
        return { name: column ? entityName(column, lang) : c.instrumentId, basis: c.basis };
      }),
  }));
}

/** A Markdown table cell: pipes escaped and line breaks flattened, so a name cannot break the table. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

export interface SummaryWords {
  readonly heading: string;
  readonly technology: string;
  readonly category: string;
  readonly strongest: string;
  readonly coveredBy: string;
  readonly gap: string;
  readonly none: string;
  readonly basis: Readonly<Record<Basis, string>>;
}

export function matrixMarkdown(rows: readonly MatrixSummaryRow[], words: SummaryWords): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [
    `## ${words.heading}`,
    '',
    line([words.technology, words.category, words.strongest, words.coveredBy]),
    line(['---', '---', '---', '---']),
    ...rows.map((r) =>
      line([
        r.gap ? `${r.technology} (${words.gap})` : r.technology,
        r.category,
        r.strongest ? words.basis[r.strongest] : words.none,
        r.coveredBy.map((c) => `${c.name} (${words.basis[c.basis]})`).join('; ') || words.none,
      ]),
    ),
    '',
  ].join('\n');
}
