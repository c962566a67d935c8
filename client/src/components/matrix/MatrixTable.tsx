/**
 * The coverage matrix as a heat table: a row group per category, a row per technology (a gap marked as such), a
 * column per instrument; each covered cell is a button with its basis as a word and a colour, which opens the path
 * that explains it. Scrolls inside its own box, with the technology column and the header row kept in sight.
 */
import type { MatrixRow } from '../../api/matrix';
import { cellOf, type MatrixTable as Table } from '../../core/matrix/table';
import { useI18n } from '../../i18n/I18n';
import { nodeName } from '../../state/types';
import { KindIcon } from '../KindIcon';
import { BASIS_SHORT } from './basis';

export interface PickedCell {
  readonly technology: string;
  readonly instrument: string;
}

function Row({
  row,
  table,
  picked,
  onPick,
}: {
  readonly row: MatrixRow;
  readonly table: Table;
  readonly picked: PickedCell | null;
  readonly onPick: (cell: PickedCell) => void;
}) {
  const { t, lang } = useI18n();
  const name = nodeName(row.technology, lang);
  return (
    <tr
      className={row.gap ? 'matrix-gap' : undefined}
      data-testid="matrix-row"
      data-tech={row.technology.id}
      data-gap={row.gap}
    >
      <th scope="row" className="matrix-tech">
        <span>{name}</span>
        {row.gap && <span className="gap-tag">{t('matrixGapYes')}</span>}
      </th>
      <td className={`matrix-strongest basis-${row.strongest?.toLowerCase() ?? 'none'}`}>
        {row.strongest ? t(BASIS_SHORT[row.strongest]) : t('matrixNone')}
      </td>
      {table.columns.map((column) => {
        const cell = cellOf(row, column.id);
        if (!cell)
          return (
            <td key={column.id} className="matrix-cell basis-none">
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">{t('matrixBasisNoneLabel')}</span>
            </td>
          );
        const isPicked = picked?.technology === row.technology.id && picked.instrument === column.id;
        return (
          <td key={column.id} className={`matrix-cell basis-${cell.basis.toLowerCase()}`}>
            <button
              type="button"
              aria-pressed={isPicked}
              aria-label={t('matrixCellLabel', {
                technology: name,
                instrument: nodeName(column, lang),
                basis: t(BASIS_SHORT[cell.basis]),
              })}
              data-testid="matrix-cell"
              data-instrument={column.id}
              data-basis={cell.basis}
              onClick={() => {
                onPick({ technology: row.technology.id, instrument: column.id });
              }}
            >
              {t(BASIS_SHORT[cell.basis])}
            </button>
          </td>
        );
      })}
    </tr>
  );
}

export function MatrixTable({
  table,
  caption,
  picked,
  onPick,
}: {
  readonly table: Table;
  readonly caption: string;
  readonly picked: PickedCell | null;
  readonly onPick: (cell: PickedCell) => void;
}) {
  const { t, lang, kindLabel } = useI18n();
  const width = table.columns.length + 2;
  return (
    // A scrolling region reachable by keyboard, named by the table it holds.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="matrix-scroll" tabIndex={0} role="region" aria-label={caption} data-testid="matrix-scroll">
      <table className="matrix-table" data-testid="matrix-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-tech">
              {t('matrixTechnology')}
            </th>
            <th scope="col" className="matrix-strongest">
              {t('matrixStrongest')}
            </th>
            {table.columns.map((c) => (
              <th key={c.id} scope="col" className="matrix-col" title={kindLabel(c.kind)} data-instrument={c.id}>
                <span className="matrix-col-name">
                  <KindIcon kind={c.kind} size={11} />
                  {nodeName(c, lang)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        {table.groups.map((group) => (
          <tbody key={group.category.id}>
            <tr className="matrix-category">
              <th scope="rowgroup" colSpan={width}>
                {nodeName(group.category, lang)}
              </th>
            </tr>
            {group.rows.map((row) => (
              <Row key={row.technology.id} row={row} table={table} picked={picked} onPick={onPick} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
