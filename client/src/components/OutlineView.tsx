/**
 * The current graph as two tables — entities and relationships — for keyboard and screen-reader users, in sync
 * with the canvas: selecting a row selects it on the canvas, and the canvas selection is marked here.
 */
import { useMemo } from 'react';
import { useI18n } from '../i18n/I18n';
import { nodeName, type EdgeInfo, type NodeInfo } from '../state/types';
import { KindIcon } from './KindIcon';

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
      <table className="outline-table">
        <caption>
          {t('outlineNodes')} ({nodes.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('colKind')}</th>
            <th scope="col">{t('colName')}</th>
            <th scope="col">{t('colRelations')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((n) => (
            <tr key={n.id} className={selected.has(n.id) ? 'selected' : ''}>
              <td>
                <KindIcon kind={n.kind} /> <span className="outline-kind">{kindLabel(n.kind)}</span>
              </td>
              <th scope="row">
                <button
                  type="button"
                  className="link-btn"
                  aria-pressed={selected.has(n.id)}
                  data-node-id={n.id}
                  onClick={(event) => {
                    onSelect([n.id], event.shiftKey || event.ctrlKey || event.metaKey);
                  }}
                >
                  {nodeName(n, lang)}
                </button>
              </th>
              <td className="num">{degree.get(n.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {edges.length > 0 && (
        <table className="outline-table">
          <caption>
            {t('outlineEdges')} ({edges.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('colFrom')}</th>
              <th scope="col">{t('colRelation')}</th>
              <th scope="col">{t('colTo')}</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => (
              <tr key={e.id} className={selected.has(e.id) ? 'selected' : ''}>
                <td>{name(e.from)}</td>
                <th scope="row">
                  <button
                    type="button"
                    className="link-btn"
                    aria-pressed={selected.has(e.id)}
                    data-edge-id={e.id}
                    onClick={(event) => {
                      onSelect([e.id], event.shiftKey || event.ctrlKey || event.metaKey);
                    }}
                  >
                    {relLabel(e.type)}
                  </button>
                </th>
                <td>{name(e.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
