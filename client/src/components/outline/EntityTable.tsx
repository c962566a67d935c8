/**
 * The Outline's entities as a table that sorts by a click on a column header (its state in `aria-sort`) and filters
 * by text and kind; every control is a native button, input or select, so it works by keyboard alone.
 */
import { useMemo, useState } from 'react';
import { ENTITY_KINDS } from '#domain';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages';
import type { GraphData } from '../../state/graphData';
import { nodeName, type EdgeInfo, type NodeInfo } from '../../state/types';
import { KindIcon } from '../KindIcon';
import { filterRows, nextSort, outlineRows, sortRows, type Sort, type SortKey } from './rows';
import { SelectButton } from './SelectButton';

const COLUMNS: readonly { key: SortKey; label: MessageKey; num?: boolean }[] = [
  { key: 'name', label: 'colName' },
  { key: 'kind', label: 'colKind' },
  { key: 'degree', label: 'outlineColDegree', num: true },
  { key: 'sources', label: 'outlineColSources', num: true },
];

export function EntityTable({
  nodes,
  edges,
  data,
  selected,
  onSelect,
}: {
  readonly nodes: readonly NodeInfo[];
  readonly edges: readonly EdgeInfo[];
  readonly data: Pick<GraphData, 'links' | 'sourceCounts'>;
  readonly selected: ReadonlySet<string>;
  readonly onSelect: (ids: string[], additive: boolean) => void;
}) {
  const { t, lang, kindLabel } = useI18n();
  const [sort, setSort] = useState<Sort>({ key: 'kind', dir: 'ascending' });
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const locale = lang === 'zh' ? 'zh-Hans' : 'en';
  const rows = useMemo(
    () => outlineRows(nodes, edges, data, (n) => nodeName(n, lang), kindLabel),
    [nodes, edges, data, lang, kindLabel],
  );
  const shown = useMemo(
    () => sortRows(filterRows(rows, text, kind || null), sort, locale),
    [rows, text, kind, sort, locale],
  );
  const kinds = ENTITY_KINDS.filter((k) => rows.some((r) => r.kind === k));
  return (
    <div className="outline-entities">
      <div className="outline-filters" role="search" aria-label={t('outlineFilterLabel')}>
        <label>
          <span>{t('outlineFilterText')}</span>
          <input
            type="search"
            value={text}
            data-testid="outline-filter"
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        </label>
        <label>
          <span>{t('colKind')}</span>
          <select
            value={kind}
            data-testid="outline-kind"
            onChange={(event) => {
              setKind(event.target.value);
            }}
          >
            <option value="">{t('outlineAllKinds')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="outline-table sortable" data-testid="outline-entities">
        <caption>
          {t('outlineNodes')} (
          {shown.length === rows.length ? rows.length : t('outlineShown', { shown: shown.length, total: rows.length })})
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.num ? 'num' : undefined}
                aria-sort={sort.key === c.key ? sort.dir : undefined}
              >
                <button
                  type="button"
                  className="sort-btn"
                  data-sort={c.key}
                  onClick={() => {
                    setSort((s) => nextSort(s, c.key));
                  }}
                >
                  {t(c.label)}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} className={selected.has(r.id) ? 'selected' : ''} data-row={r.id}>
              <SelectButton id={r.id} element="node" pressed={selected.has(r.id)} onSelect={onSelect}>
                {r.name}
              </SelectButton>
              <td>
                <KindIcon kind={r.kind} /> <span className="outline-kind">{r.kindLabel}</span>
              </td>
              <td className="num">
                {r.drawn}/{r.total ?? '–'}
              </td>
              <td className="num">{r.sources ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="empty">{t('outlineNoMatch')}</p>}
    </div>
  );
}
