/** An entity's relationships grouped by type and direction, each other end clickable, with its cited sources. */
import { useMemo } from 'react';
import type { EntityDetail } from '../../api/client';
import { openNode } from '../../app/navigation';
import { selectVisible } from '../../core/selectors';
import { useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { nodeName } from '../../state/types';
import { KindIcon } from '../KindIcon';
import { SourceList } from './SourceList';

type Relation = EntityDetail['relations'][number];

function RelationItem({ relation: r }: { readonly relation: Relation }) {
  const { t, lang } = useI18n();
  const inView = useAtlas((s) => selectVisible(s).has(r.other.id));
  return (
    <li>
      <button
        type="button"
        className="link-btn"
        onClick={() => {
          openNode(r.other);
        }}
        title={inView ? t('inView') : t('addToView')}
      >
        <KindIcon kind={r.other.kind} size={12} />
        {nodeName(r.other, lang)}
      </button>
      {inView && <span className="in-view">{t('inView')}</span>}
      {r.sources.length > 0 && (
        <details className="relation-sources">
          <summary>
            {t('sources')} ({r.sources.length})
          </summary>
          {r.note && <p className="source-note">{r.note}</p>}
          <SourceList sources={r.sources} />
        </details>
      )}
    </li>
  );
}

export function RelationList({ relations }: { readonly relations: readonly Relation[] }) {
  const { t } = useI18n();
  const groups = useMemo(() => {
    const map = new Map<string, Relation[]>();
    for (const r of relations) {
      const key = `${r.type}|${r.direction}`;
      const list = map.get(key) ?? [];
      list.push(r);
      map.set(key, list);
    }
    return [...map.entries()];
  }, [relations]);
  return (
    <section aria-labelledby="detail-relations">
      <h3 id="detail-relations">
        {t('relations')} <span className="count">{relations.length}</span>
      </h3>
      {groups.length === 0 && <p className="empty">{t('noRelations')}</p>}
      {groups.map(([key, list]) => (
        <details key={key} className="relation-group" open={list.length <= 8}>
          <summary>
            {list[0]?.label} <span className="count">{list.length}</span>
          </summary>
          <ul>
            {list.map((r) => (
              <RelationItem key={r.id} relation={r} />
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
