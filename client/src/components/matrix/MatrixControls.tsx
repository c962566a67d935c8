/** The Matrix view's filters and sorts: technologies by text, category and gaps only; instruments by text and kind. */
import type { MatrixOptions, RowSort, ColumnSort } from '../../core/matrix/table';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages';
import { nodeName, type NodeInfo } from '../../state/types';

const ROW_SORTS: readonly [RowSort, MessageKey][] = [
  ['category', 'matrixSortCategory'],
  ['name', 'matrixSortName'],
  ['strength', 'matrixSortStrength'],
  ['covered', 'matrixSortCovered'],
];
const COLUMN_SORTS: readonly [ColumnSort, MessageKey][] = [
  ['kind', 'matrixSortKind'],
  ['name', 'matrixSortName'],
  ['covered', 'matrixSortColumnCovered'],
];

export function MatrixControls({
  options,
  onChange,
  categories,
  kinds,
}: {
  readonly options: MatrixOptions;
  readonly onChange: (options: MatrixOptions) => void;
  readonly categories: readonly NodeInfo[];
  readonly kinds: readonly string[];
}) {
  const { t, lang, kindLabel } = useI18n();
  const set = (part: Partial<MatrixOptions>) => {
    onChange({ ...options, ...part });
  };
  return (
    <div className="matrix-controls" data-testid="matrix-controls">
      <fieldset>
        <legend>{t('matrixTechnology')}</legend>
        <label>
          <span className="visually-hidden">{t('matrixFilterRows')}</span>
          <input
            type="search"
            placeholder={t('matrixFilterRows')}
            value={options.rowText}
            data-testid="matrix-filter-rows"
            onChange={(e) => {
              set({ rowText: e.target.value });
            }}
          />
        </label>
        <label>
          <span className="visually-hidden">{t('matrixCategory')}</span>
          <select
            value={options.category ?? ''}
            onChange={(e) => {
              set({ category: e.target.value || null });
            }}
          >
            <option value="">{t('matrixAllCategories')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {nodeName(c, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t('matrixSortRows')}</span>
          <select
            value={options.rowSort}
            data-testid="matrix-sort-rows"
            onChange={(e) => {
              set({ rowSort: e.target.value as RowSort });
            }}
          >
            {ROW_SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={options.gapsOnly}
            data-testid="matrix-gaps-only"
            onChange={(e) => {
              set({ gapsOnly: e.target.checked });
            }}
          />
          {t('matrixGapsOnly')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('matrixFilterColumns')}</legend>
        <label>
          <span className="visually-hidden">{t('matrixFilterColumns')}</span>
          <input
            type="search"
            placeholder={t('matrixFilterColumns')}
            value={options.columnText}
            data-testid="matrix-filter-columns"
            onChange={(e) => {
              set({ columnText: e.target.value });
            }}
          />
        </label>
        <label>
          <span className="visually-hidden">{t('kind')}</span>
          <select
            value={options.columnKind ?? ''}
            onChange={(e) => {
              set({ columnKind: e.target.value || null });
            }}
          >
            <option value="">{t('matrixAllKinds')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="visually-hidden">{t('matrixSortColumns')}</span>
          <select
            value={options.columnSort}
            onChange={(e) => {
              set({ columnSort: e.target.value as ColumnSort });
            }}
          >
            {COLUMN_SORTS.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </div>
  );
}
