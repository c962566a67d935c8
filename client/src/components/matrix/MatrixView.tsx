/**
 * The Matrix view: over the canvas while the Matrix tab is open, the coverage matrix as of the chosen day, with its
 * filters and sorts, CSV and PNG downloads, and the explaining path of the cell picked. The gaps summary is in the
 * side panel (GapsPanel).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { matrixQuery } from '../../api/matrix';
import { download } from '../../app/download';
import { matrixCsv } from '../../core/matrix/csv';
import {
  DEFAULT_MATRIX_OPTIONS,
  matrixCategories,
  matrixTable,
  cellOf,
  type MatrixOptions,
} from '../../core/matrix/table';
import { setPanel } from '../../core/view/actions';
import { atlas, useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { Icon } from '../Icon';
import { AsOfBadge } from '../time/AsOfControl';
import { BASES, BASIS_SHORT } from './basis';
import { MatrixCellDetail } from './MatrixCellDetail';
import { MatrixControls } from './MatrixControls';
import { drawMatrix } from './matrixImage';
import { MatrixTable, type PickedCell } from './MatrixTable';

function Legend() {
  const { t } = useI18n();
  return (
    <p className="matrix-legend">
      <span>{t('matrixLegend')}:</span>
      {BASES.map((b) => (
        <span key={b} className={`basis-chip basis-${b.toLowerCase()}`}>
          {t(BASIS_SHORT[b])}
        </span>
      ))}
      <span className="gap-tag">{t('matrixGapYes')}</span>
    </p>
  );
}

export function MatrixView() {
  const open = useAtlas((s) => s.history.present.panel.type === 'matrix');
  if (!open) return null;
  return <Matrix />;
}

function Matrix() {
  const { t, lang } = useI18n();
  const asOf = useAtlas((s) => s.history.present.asOf);
  const query = useQuery(matrixQuery(asOf));
  const [options, setOptions] = useState<MatrixOptions>(DEFAULT_MATRIX_OPTIONS);
  const [picked, setPicked] = useState<PickedCell | null>(null);
  const matrix = query.data;
  const table = useMemo(() => (matrix ? matrixTable(matrix, options, lang) : null), [matrix, options, lang]);
  const categories = useMemo(() => (matrix ? matrixCategories(matrix) : []), [matrix]);
  const kinds = useMemo(() => [...new Set(matrix?.columns.map((c) => c.kind) ?? [])], [matrix]);
  const day = matrix?.asOf ?? asOf ?? '';
  const caption = t('matrixCaption', { date: day });
  const pickedRow = picked ? matrix?.rows.find((r) => r.technology.id === picked.technology) : undefined;
  const pickedCell = pickedRow && picked ? cellOf(pickedRow, picked.instrument) : undefined;
  const pickedColumn = picked ? matrix?.columns.find((c) => c.id === picked.instrument) : undefined;
  const rowsShown = table?.groups.flatMap((g) => g.rows) ?? [];
  return (
    <section className="matrix-view" aria-labelledby="matrix-heading" data-testid="matrix-view">
      <div className="matrix-head">
        <h2 id="matrix-heading">{t('matrixHeading')}</h2>
        <AsOfBadge />
        <div className="matrix-actions">
          <button
            type="button"
            className="btn"
            disabled={!matrix || !table}
            title={t('matrixExportCsvLabel')}
            data-testid="matrix-csv"
            onClick={() => {
              if (!matrix || !table) return;
              const headings = {
                technology: t('matrixTechnology'),
                technologyId: 'id',
                category: t('matrixCategory'),
                gap: t('matrixGap'),
                strongest: t('matrixStrongest'),
              };
              const csv = matrixCsv(matrix, lang, headings, t('matrixGapYes'), table.columns, rowsShown);
              download(`coverage-matrix-${matrix.asOf}.csv`, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
            }}
          >
            <Icon name="download" />
            {t('matrixExportCsv')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={!table}
            title={t('matrixExportPngLabel')}
            data-testid="matrix-png"
            onClick={() => {
              if (!table || !matrix) return;
              const basis = {
                NAMED: t('matrixBasisNAMED'),
                CATEGORY: t('matrixBasisCATEGORY'),
                GENERAL: t('matrixBasisGENERAL'),
              };
              void drawMatrix(table, lang, { title: caption, basis, gap: t('matrixGapYes') }).then((blob) => {
                if (blob) download(`coverage-matrix-${matrix.asOf}.png`, blob);
              });
            }}
          >
            <Icon name="download" />
            {t('matrixExportPng')}
          </button>
          <button
            type="button"
            className="btn"
            data-testid="matrix-close"
            onClick={() => {
              atlas.setState(setPanel({ type: 'start' }));
            }}
          >
            <Icon name="close" size={12} />
            {t('matrixClose')}
          </button>
        </div>
      </div>
      <p className="panel-intro">{t('matrixIntro')}</p>
      {query.isPending && <p role="status">{t('matrixLoading')}</p>}
      {query.isError && <p role="alert">{t('matrixFailed')}</p>}
      {matrix && table && (
        <>
          <MatrixControls options={options} onChange={setOptions} categories={categories} kinds={kinds} />
          <Legend />
          <p className="matrix-shown" data-testid="matrix-shown">
            {t('matrixShown', {
              rows: table.shownRows,
              totalRows: table.totalRows,
              columns: table.shownColumns,
              totalColumns: table.totalColumns,
            })}
          </p>
          {table.shownRows === 0 ? (
            <p className="empty">{t('matrixNoMatch')}</p>
          ) : (
            <MatrixTable table={table} caption={caption} picked={picked} onPick={setPicked} />
          )}
          {pickedRow && pickedCell && pickedColumn ? (
            <MatrixCellDetail
              row={pickedRow}
              cell={pickedCell}
              instrument={pickedColumn}
              onClose={() => {
                setPicked(null);
              }}
            />
          ) : (
            <p className="matrix-pick-hint">{t('matrixCellPick')}</p>
          )}
        </>
      )}
    </section>
  );
}
