/**
 * The right-hand panel: everything the atlas knows about the selected entity or relationship — names in both
 * languages, kind, summary, properties, cited sources with quotes, and relationships grouped by type — plus the
 * actions on it. Several selected entities are listed, ready for export.
 */
import { useEffect, useMemo, useState } from 'react';
import { fetchEntity, type EntityDetail } from '../api/client';
import { useApi } from '../api/ApiRunner';
import { useI18n } from '../i18n/I18n';
import { relationGroups, type GraphData } from '../state/graphData';
import { nodeName, type EdgeInfo, type LinkInfo, type NodeInfo } from '../state/types';
import { SourceLine } from './SourceLine';
import { Icon } from './Icon';
import { KindIcon } from './KindIcon';

export interface DetailActions {
  readonly onOpenNode: (node: NodeInfo) => void;
  readonly onSelect: (ids: readonly string[]) => void;
  readonly onExpand: (id: string, types: readonly string[] | null) => void;
  readonly onCollapse: (id: string) => void;
  readonly onHide: (ids: readonly string[]) => void;
  readonly onPin: (ids: readonly string[], pinned: boolean) => void;
  readonly onTraceCoverage: (id: string) => void;
  readonly onPathsFrom: (id: string) => void;
  readonly onPathsBetween: (from: string, to: string) => void;
  readonly onExportFacts: () => void;
}

export interface DetailPanelProps extends DetailActions {
  readonly selection: readonly string[];
  readonly data: GraphData;
  readonly visible: ReadonlySet<string>;
  readonly edges: readonly EdgeInfo[];
  readonly pinned: ReadonlySet<string>;
}

function useEntity(id: string | null) {
  const { lang } = useI18n();
  const { run } = useApi();
  const [state, setState] = useState<{ key: string; entity: EntityDetail | null } | null>(null);
  const key = id ? `${id}|${lang}` : '';
  useEffect(() => {
    if (!id) return undefined;
    const controller = new AbortController();
    void run(async (signal) => {
      const entity = await fetchEntity(id, lang, signal);
      setState({ key: `${id}|${lang}`, entity });
    }, controller.signal);
    return () => {
      controller.abort();
    };
  }, [id, lang, run]);
  return state?.key === key ? { loading: false, entity: state.entity } : { loading: Boolean(id), entity: null };
}

function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="loading-line">
      {t('loading')}
    </p>
  );
}

/** Expand by relationship type in one click: each type with how many of its neighbours are shown. */
function ExpandChips({
  id,
  links,
  props,
}: {
  readonly id: string;
  readonly links: readonly LinkInfo[];
  readonly props: DetailPanelProps;
}) {
  const { t, relLabel } = useI18n();
  const groups = useMemo(() => relationGroups(links, props.visible), [links, props.visible]);
  const others = new Set(links.map((l) => l.other.id));
  const shown = [...others].filter((o) => props.visible.has(o)).length;
  if (groups.length === 0) return null;
  return (
    <section className="expand" aria-labelledby="expand-title" data-testid="expand-chips">
      <h3 id="expand-title">{t('expandMenu')}</h3>
      <div className="chips">
        <button
          type="button"
          className="expand-chip all"
          disabled={shown === others.size}
          data-testid="expand-all"
          onClick={() => {
            props.onExpand(id, null);
          }}
        >
          {t('expandAll')} <span className="count">{t('expandCount', { visible: shown, total: others.size })}</span>
        </button>
        {groups.map((g) => (
          <button
            key={g.type}
            type="button"
            className="expand-chip"
            disabled={g.visible === g.total}
            data-testid={`expand-${g.type}`}
            onClick={() => {
              props.onExpand(id, [g.type]);
            }}
          >
            {g.directions.map((d) => relLabel(g.type, d)).join(' / ')}{' '}
            <span className="count">{t('expandCount', { visible: g.visible, total: g.total })}</span>
          </button>
        ))}
      </div>
    </section>
  );
}

function NodeDetail({ id, props }: { readonly id: string; readonly props: DetailPanelProps }) {
  const { t, lang, kindLabel } = useI18n();
  const { loading, entity } = useEntity(id);
  const known = props.data.nodes[id];
  const links = props.data.links[id];
  const isPinned = props.pinned.has(id);
  const inView = props.visible.has(id);

  const groups = useMemo(() => {
    const map = new Map<string, EntityDetail['relations'][number][]>();
    for (const r of entity?.relations ?? []) {
      const key = `${r.type}|${r.direction}`;
      const list = map.get(key) ?? [];
      list.push(r);
      map.set(key, list);
    }
    return [...map.entries()];
  }, [entity]);

  const node = entity ?? known;
  if (!node) return loading ? <Loading /> : <p className="empty">{t('errorNotFound')}</p>;
  const name = nodeName(node, lang);
  const otherName = nodeName(node, lang === 'en' ? 'zh' : 'en');

  return (
    <article className="detail" aria-labelledby="detail-title" data-testid="detail-node">
      <header className="detail-head">
        <p className="detail-kind">
          <KindIcon kind={node.kind} size={16} /> {kindLabel(node.kind)}
        </p>
        <h2 id="detail-title">{name}</h2>
        {otherName !== name && (
          <p className="detail-other-name" lang={lang === 'en' ? 'zh-Hans' : 'en'}>
            {otherName}
          </p>
        )}
      </header>

      <div className="detail-actions" role="group" aria-label={t('toolbarLabel')}>
        {node.kind === 'TECHNOLOGY' && (
          <button
            type="button"
            className="btn primary"
            data-testid="trace-coverage"
            onClick={() => {
              props.onTraceCoverage(id);
            }}
          >
            <Icon name="shield" />
            {t('traceCoverage')}
          </button>
        )}
        {!inView && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              props.onOpenNode(node);
            }}
          >
            <Icon name="expand" />
            {t('addToView')}
          </button>
        )}
        {inView && (
          <>
            <button
              type="button"
              className="btn"
              onClick={() => {
                props.onCollapse(id);
              }}
            >
              <Icon name="collapse" />
              {t('collapse')}
            </button>
            <button
              type="button"
              className="btn"
              aria-pressed={isPinned}
              onClick={() => {
                props.onPin([id], !isPinned);
              }}
            >
              <Icon name="pin" />
              {isPinned ? t('unpin') : t('pin')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                props.onHide([id]);
              }}
            >
              <Icon name="hide" />
              {t('hide')}
            </button>
          </>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => {
            props.onPathsFrom(id);
          }}
        >
          <Icon name="route" />
          {t('pathsFromHere')}
        </button>
      </div>

      {inView && links && <ExpandChips id={id} links={links} props={props} />}

      {loading && <Loading />}
      {entity && (
        <>
          {entity.summary && <p className="detail-summary">{entity.summary}</p>}
          {entity.note && (
            <aside className="detail-note">
              <strong>{t('noteCorrection')}:</strong> {entity.note}
            </aside>
          )}
          {(entity.aliases.length > 0 || entity.properties.length > 0 || entity.url) && (
            <section aria-labelledby="detail-props">
              <h3 id="detail-props">{t('properties')}</h3>
              <dl className="props">
                {entity.aliases.length > 0 && (
                  <div className="prop-row">
                    <dt>{t('aliases')}</dt>
                    <dd>{entity.aliases.join(', ')}</dd>
                  </div>
                )}
                {entity.properties.map((p) => (
                  <div key={p.key} className="prop-row">
                    <dt>{p.key}</dt>
                    <dd>{p.value}</dd>
                  </div>
                ))}
                {entity.url && (
                  <div className="prop-row">
                    <dt>{t('website')}</dt>
                    <dd>
                      <a href={entity.url} target="_blank" rel="noreferrer noopener">
                        {entity.url}
                      </a>
                    </dd>
                  </div>
                )}
              </dl>
            </section>
          )}
          <section aria-labelledby="detail-sources">
            <h3 id="detail-sources">{t('sources')}</h3>
            {entity.sources.length === 0 ? (
              <p className="empty">{t('noSources')}</p>
            ) : (
              <ol className="sources">
                {entity.sources.map((s, i) => (
                  <li key={i} className="source">
                    <SourceLine source={s} />
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="detail-relations">
            <h3 id="detail-relations">
              {t('relations')} <span className="count">{entity.relations.length}</span>
            </h3>
            {groups.length === 0 && <p className="empty">{t('noRelations')}</p>}
            {groups.map(([key, relations]) => (
              <details key={key} className="relation-group" open={relations.length <= 8}>
                <summary>
                  {relations[0]?.label} <span className="count">{relations.length}</span>
                </summary>
                <ul>
                  {relations.map((r) => (
                    <li key={r.id}>
                      <button
                        type="button"
                        className="link-btn"
                        onClick={() => {
                          props.onOpenNode(r.other);
                        }}
                        title={props.visible.has(r.other.id) ? t('inView') : t('addToView')}
                      >
                        <KindIcon kind={r.other.kind} size={12} />
                        {nodeName(r.other, lang)}
                      </button>
                      {props.visible.has(r.other.id) && <span className="in-view">{t('inView')}</span>}
                      {r.sources.length > 0 && (
                        <details className="relation-sources">
                          <summary>
                            {t('sources')} ({r.sources.length})
                          </summary>
                          {r.note && <p className="source-note">{r.note}</p>}
                          <ol className="sources">
                            {r.sources.map((s, i) => (
                              <li key={i} className="source">
                                <SourceLine source={s} />
                              </li>
                            ))}
                          </ol>
                        </details>
                      )}
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </section>
        </>
      )}
    </article>
  );
}

function EdgeDetail({ edge, props }: { readonly edge: EdgeInfo; readonly props: DetailPanelProps }) {
  const { t, lang, relLabel } = useI18n();
  const { loading, entity } = useEntity(edge.from);
  const relation = entity?.relations.find((r) => r.id === edge.id);
  const from = props.data.nodes[edge.from];
  const to = props.data.nodes[edge.to];
  const nodeLink = (node: NodeInfo | undefined) =>
    node ? (
      <button
        type="button"
        className="link-btn"
        onClick={() => {
          props.onSelect([node.id]);
        }}
      >
        <KindIcon kind={node.kind} size={12} />
        {nodeName(node, lang)}
      </button>
    ) : null;
  return (
    <article className="detail" aria-labelledby="detail-title" data-testid="detail-edge">
      <header className="detail-head">
        <p className="detail-kind">{t('relationship')}</p>
        <h2 id="detail-title">{relLabel(edge.type)}</h2>
      </header>
      <p className="edge-sentence">
        {nodeLink(from)} <span className="chain-verb">—{relLabel(edge.type)}→</span> {nodeLink(to)}
      </p>
      {loading && <Loading />}
      {relation?.note && <aside className="detail-note">{relation.note}</aside>}
      <section aria-labelledby="edge-sources">
        <h3 id="edge-sources">{t('sources')}</h3>
        {relation && relation.sources.length === 0 && <p className="empty">{t('noSources')}</p>}
        <ol className="sources">
          {relation?.sources.map((s, i) => (
            <li key={i} className="source">
              <SourceLine source={s} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function MultiDetail({ nodes, props }: { readonly nodes: readonly NodeInfo[]; readonly props: DetailPanelProps }) {
  const { t, lang, kindLabel } = useI18n();
  const ids = nodes.map((n) => n.id);
  const allPinned = ids.every((id) => props.pinned.has(id));
  return (
    <article className="detail" aria-labelledby="detail-title" data-testid="detail-multi">
      <header className="detail-head">
        <p className="detail-kind">{t('selectedEntities')}</p>
        <h2 id="detail-title">{t('selectedCount', { count: nodes.length })}</h2>
      </header>
      <div className="detail-actions" role="group" aria-label={t('toolbarLabel')}>
        <button
          type="button"
          className="btn primary"
          onClick={props.onExportFacts}
          data-testid="export-facts-selection"
        >
          <Icon name="download" />
          {t('exportFacts')}
        </button>
        {nodes.length === 2 && nodes[0] && nodes[1] && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              if (nodes[0] && nodes[1]) props.onPathsBetween(nodes[0].id, nodes[1].id);
            }}
          >
            <Icon name="route" />
            {t('pathsBetween')}
          </button>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => {
            props.onPin(ids, !allPinned);
          }}
        >
          <Icon name="pin" />
          {allPinned ? t('unpin') : t('pin')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            props.onHide(ids);
          }}
        >
          <Icon name="hide" />
          {t('hide')}
        </button>
      </div>
      <ul className="selection-list">
        {nodes.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              className="link-btn"
              onClick={() => {
                props.onSelect([n.id]);
              }}
            >
              <KindIcon kind={n.kind} size={12} label={kindLabel(n.kind)} />
              {nodeName(n, lang)}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}

export function DetailPanel(props: DetailPanelProps) {
  const { t } = useI18n();
  const nodes = props.selection.map((id) => props.data.nodes[id]).filter((n): n is NodeInfo => n !== undefined);
  const edges = props.selection
    .map((id) => props.edges.find((e) => e.id === id) ?? props.data.edges[id])
    .filter((e): e is EdgeInfo => e !== undefined);
  const [firstNode] = nodes;
  const [firstEdge] = edges;

  let body;
  if (nodes.length > 1) body = <MultiDetail nodes={nodes} props={props} />;
  else if (firstNode) body = <NodeDetail key={firstNode.id} id={firstNode.id} props={props} />;
  else if (firstEdge) body = <EdgeDetail key={firstEdge.id} edge={firstEdge} props={props} />;
  else body = <p className="empty detail-empty">{t('detailEmpty')}</p>;

  return (
    <aside className="detail-panel" aria-label={t('details')} data-testid="detail-panel">
      {body}
    </aside>
  );
}
