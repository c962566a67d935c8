/** One relationship: the sentence it makes (each end clickable), its note and its cited sources. */
import { selectAndCenter } from '../../app/navigation';
import { useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { nodeName, type EdgeInfo, type NodeInfo } from '../../state/types';
import { FailureLine } from '../FailureLine';
import { KindIcon } from '../KindIcon';
import { Loading, SourceList } from './SourceList';
import { useEntity } from './useEntity';

function NodeLink({ node }: { readonly node: NodeInfo | undefined }) {
  const { lang } = useI18n();
  if (!node) return null;
  return (
    <button
      type="button"
      className="link-btn"
      onClick={() => {
        selectAndCenter([node.id]);
      }}
    >
      <KindIcon kind={node.kind} size={12} />
      {nodeName(node, lang)}
    </button>
  );
}

export function EdgeDetail({ edge }: { readonly edge: EdgeInfo }) {
  const { t, relLabel } = useI18n();
  const { loading, entity, failure, retry } = useEntity(edge.from);
  const relation = entity?.relations.find((r) => r.id === edge.id);
  const from = useAtlas((s) => s.data.nodes[edge.from]);
  const to = useAtlas((s) => s.data.nodes[edge.to]);
  return (
    <article className="detail" aria-labelledby="detail-title" data-testid="detail-edge">
      <header className="detail-head">
        <p className="detail-kind">{t('relationship')}</p>
        <h2 id="detail-title">{relLabel(edge.type)}</h2>
      </header>
      <p className="edge-sentence">
        <NodeLink node={from} /> <span className="chain-verb">—{relLabel(edge.type)}→</span> <NodeLink node={to} />
      </p>
      {loading && <Loading />}
      {failure && <FailureLine what={t('failedEntity')} kind={failure} onRetry={retry} />}
      {relation?.note && <aside className="detail-note">{relation.note}</aside>}
      <section aria-labelledby="edge-sources">
        <h3 id="edge-sources">{t('sources')}</h3>
        {relation && relation.sources.length === 0 && <p className="empty">{t('noSources')}</p>}
        <SourceList sources={relation?.sources} />
      </section>
    </article>
  );
}
