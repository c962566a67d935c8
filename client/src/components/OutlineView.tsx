/**
 * The current graph as two tables — entities and relationships — for keyboard and screen-reader users, in sync
 * with the canvas: selecting a row selects it on the canvas, and the canvas selection is marked here.
 */
import { useMemo, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';
import { nodeName, type EdgeInfo, type NodeInfo } from '../state/types';
import { KindIcon } from './KindIcon';

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

/** A row's heading: a button that selects the row's element on the canvas; with Shift, Ctrl or ⌘ it adds to the selection. */
function SelectButton({
  id,
  element,
  pressed,
  onSelect,
  children,
}: {
  readonly id: string;
  /** Named in the button's data-node-id or data-edge-id, which tests read. */
  readonly element: 'node' | 'edge';
  readonly pressed: boolean;
  readonly onSelect: (ids: string[], additive: boolean) => void;
  readonly children: ReactNode;
}) {
  return (
    <th scope="row">
      <button
        type="button"
        className="link-btn"
        aria-pressed={pressed}
        {...{ [`data-${element}-id`]: id }}
        onClick={(event) => {
          onSelect([id], event.shiftKey || event.ctrlKey || event.metaKey);
        }}
      >
        {children}
      </button>
    </th>
  );
}

export function OutlineView({
  nodes,
  edges,
  selection,
  onSelect,
}: {
  readonly nodes: readonly NodeInfo[];
  readonly edges: readonly EdgeInfo[];
  readonly selection: readonly string[];
  readonly onSelect: (ids: string[], additive: boolean) => void;
}) {
  const { t, lang, kindLabel, relLabel } = useI18n();
  const selected = useMemo(() => new Set(selection), [selection]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const sorted = useMemo(
    () =>
      [...nodes].sort(
        (a, b) =>
          kindLabel(a.kind).localeCompare(kindLabel(b.kind)) || nodeName(a, lang).localeCompare(nodeName(b, lang)),
      ),
    [nodes, lang, kindLabel],
  );
  const degree = useMemo(() => {
    const map = new Map<string, number>();
    for (const e of edges) {
      map.set(e.from, (map.get(e.from) ?? 0) + 1);
      map.set(e.to, (map.get(e.to) ?? 0) + 1);
    }
    return map;
  }, [edges]);
  const name = (id: string) => {
    const node = byId.get(id);
    return node ? nodeName(node, lang) : id;
  };

  if (nodes.length === 0) return <p className="empty">{t('outlineEmpty')}</p>;
  return (
    <section className="panel outline" aria-labelledby="outline-heading" data-testid="outline">
      <h2 id="outline-heading">{t('outlineHeading')}</h2>
      <p className="panel-intro">{t('outlineIntro')}</p>
      <OutlineTable
        caption={t('outlineNodes')}
        count={nodes.length}
        columns={[t('colKind'), t('colName'), t('colRelations')]}
      >
        {sorted.map((n) => (
          <tr key={n.id} className={selected.has(n.id) ? 'selected' : ''}>
            <td>
              <KindIcon kind={n.kind} /> <span className="outline-kind">{kindLabel(n.kind)}</span>
            </td>
            <SelectButton id={n.id} element="node" pressed={selected.has(n.id)} onSelect={onSelect}>
              {nodeName(n, lang)}
            </SelectButton>
            <td className="num">{degree.get(n.id) ?? 0}</td>
          </tr>
        ))}
      </OutlineTable>
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
