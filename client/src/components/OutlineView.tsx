/**
 * The current graph as tables for keyboard and screen-reader users, in sync with the canvas: the entities as a
 * sortable, filterable table (name, kind, relationships drawn / in all, sources), and the relationships drawn.
 * Activating a row's name selects it on the canvas, and the canvas selection is marked here.
 */
import { useMemo, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';
import type { GraphData } from '../state/graphData';
import { nodeName, type EdgeInfo, type NodeInfo } from '../state/types';
import { SelectButton } from './outline/SelectButton';
import { EntityTable } from './outline/EntityTable';

/** One of the outline's tables: a caption with the row count, and its column headings. */
function OutlineTable({
  caption,
  count,
  columns,
  children,
}: {
  readonly caption: string;
  readonly count: number;
  readonly columns: readonly string[];
  readonly children: ReactNode;
}) {
  return (
    <table className="outline-table">
      <caption>
        {caption} ({count})
      </caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export function OutlineView({
  nodes,
  edges,
  data,
  selection,
  onSelect,
}: {
  readonly nodes: readonly NodeInfo[];
  readonly edges: readonly EdgeInfo[];
  /** What is known of each entity beyond the view: all its relationships and its sources. */
  readonly data: Pick<GraphData, 'links' | 'sourceCounts'>;
  readonly selection: readonly string[];
  readonly onSelect: (ids: string[], additive: boolean) => void;
}) {
  const { t, lang, relLabel } = useI18n();
  const selected = useMemo(() => new Set(selection), [selection]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const name = (id: string) => {
    const node = byId.get(id);
    return node ? nodeName(node, lang) : id;
  };

  if (nodes.length === 0) return <p className="empty">{t('outlineEmpty')}</p>;
  return (
    <section className="panel outline" aria-labelledby="outline-heading" data-testid="outline">
      <h2 id="outline-heading">{t('outlineHeading')}</h2>
      <p className="panel-intro">{t('outlineIntro')}</p>
      <EntityTable nodes={nodes} edges={edges} data={data} selected={selected} onSelect={onSelect} />
      {edges.length > 0 && (
        <OutlineTable
          caption={t('outlineEdges')}
          count={edges.length}
          columns={[t('colFrom'), t('colRelation'), t('colTo')]}
        >
          {edges.map((e) => (
            <tr key={e.id} className={selected.has(e.id) ? 'selected' : ''}>
              <td>{name(e.from)}</td>
              <SelectButton id={e.id} element="edge" pressed={selected.has(e.id)} onSelect={onSelect}>
                {relLabel(e.type)}
              </SelectButton>
              <td>{name(e.to)}</td>
            </tr>
          ))}
        </OutlineTable>
      )}
    </section>
  );
}
