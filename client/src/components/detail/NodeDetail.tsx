/**
 * One entity: its names in both languages and kind, what can be done with it, the expand chips (when in view), and
 * what the atlas says about it — fetched in the interface language.
 */
import { useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { nodeName } from '../../state/types';
import { selectVisible } from '../../core/selectors';
import { FailureLine } from '../FailureLine';
import { KindIcon } from '../KindIcon';
import { EntityFacts } from './EntityFacts';
import { ExpandChips } from './ExpandChips';
import { NodeActions } from './NodeActions';
import { RelationList } from './RelationList';
import { Loading } from './SourceList';
import { useEntity } from './useEntity';

export function NodeDetail({ id }: { readonly id: string }) {
  const { t, lang, kindLabel } = useI18n();
  const { loading, entity, failure, retry } = useEntity(id);
  const known = useAtlas((s) => s.data.nodes[id]);
  const links = useAtlas((s) => s.data.links[id]);
  const inView = useAtlas((s) => selectVisible(s).has(id));

  const node = entity ?? known;
  if (!node) {
    if (loading) return <Loading />;
    if (failure) return <FailureLine what={t('failedEntity')} kind={failure} onRetry={retry} />;
    return <p className="empty">{t('errorNotFound')}</p>;
  }
  const name = nodeName(node, lang);
  const otherName = nodeName(node, lang === 'en' ? 'zh' : 'en');

  return (
    <article className="detail" aria-labelledby="detail-title" data-testid="detail-node" data-entity={node.id}>
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
      <NodeActions node={node} />
      {inView && links && <ExpandChips id={id} links={links} />}
      {loading && <Loading />}
      {failure && <FailureLine what={t('failedEntity')} kind={failure} onRetry={retry} />}
      {entity && (
        <>
          <EntityFacts entity={entity} />
          <RelationList relations={entity.relations} />
        </>
      )}
    </article>
  );
}
