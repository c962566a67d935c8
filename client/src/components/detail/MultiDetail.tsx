/** Several selected entities: listed, ready for export, with paths between two of them, pin and hide. */
import { exportFacts } from '../../app/exports';
import { selectAndCenter } from '../../app/navigation';
import { findPaths } from '../../core/paths/effects';
import { selectPinned } from '../../core/selectors';
import { atlas, useAtlas } from '../../core/store';
import { hide, pin } from '../../core/view/actions';
import { useI18n } from '../../i18n/I18n';
import { nodeName, type NodeInfo } from '../../state/types';
import { KindIcon } from '../KindIcon';
import { ActionButton } from './ActionButton';

export function MultiDetail({ nodes }: { readonly nodes: readonly NodeInfo[] }) {
  const { t, lang, kindLabel } = useI18n();
  const pinned = useAtlas(selectPinned);
  const ids = nodes.map((n) => n.id);
  const allPinned = ids.every((id) => pinned.has(id));
  const [first, second] = nodes;
  return (
    <article className="detail" aria-labelledby="detail-title" data-testid="detail-multi">
      <header className="detail-head">
        <p className="detail-kind">{t('selectedEntities')}</p>
        <h2 id="detail-title">{t('selectedCount', { count: nodes.length })}</h2>
      </header>
      <div className="detail-actions" role="group" aria-label={t('toolbarLabel')}>
        <ActionButton
          icon="download"
          label={t('exportFacts')}
          primary
          testId="export-facts-selection"
          onClick={exportFacts}
        />
        {nodes.length === 2 && first && second && (
          <ActionButton
            icon="route"
            label={t('pathsBetween')}
            onClick={() => {
              findPaths(first.id, second.id);
            }}
          />
        )}
        <ActionButton
          icon="pin"
          label={allPinned ? t('unpin') : t('pin')}
          onClick={() => {
            atlas.setState(pin(ids, !allPinned));
          }}
        />
        <ActionButton
          icon="hide"
          label={t('hide')}
          onClick={() => {
            atlas.setState(hide(ids));
          }}
        />
      </div>
      <ul className="selection-list">
        {nodes.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              className="link-btn"
              onClick={() => {
                selectAndCenter([n.id]);
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
