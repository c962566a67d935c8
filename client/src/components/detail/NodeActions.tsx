/** What can be done with one entity: trace its coverage, add it to the view, collapse, pin, hide, paths from it. */
import { openNode } from '../../app/navigation';
import { traceCoverage } from '../../core/coverage/effects';
import { selectPinned, selectVisible } from '../../core/selectors';
import { atlas, useAtlas } from '../../core/store';
import { collapse, hide, pin, setPanel } from '../../core/view/actions';
import { useI18n } from '../../i18n/I18n';
import type { NodeInfo } from '../../state/types';
import { ActionButton } from './ActionButton';

export function NodeActions({ node }: { readonly node: NodeInfo }) {
  const { t } = useI18n();
  const { id } = node;
  const isPinned = useAtlas((s) => selectPinned(s).has(id));
  const inView = useAtlas((s) => selectVisible(s).has(id));
  return (
    <div className="detail-actions" role="group" aria-label={t('toolbarLabel')}>
      {node.kind === 'TECHNOLOGY' && (
        <ActionButton
          icon="shield"
          label={t('traceCoverage')}
          primary
          testId="trace-coverage"
          onClick={() => {
            traceCoverage(id);
          }}
        />
      )}
      {!inView && (
        <ActionButton
          icon="expand"
          label={t('addToView')}
          onClick={() => {
            openNode(node);
          }}
        />
      )}
      {inView && (
        <>
          <ActionButton
            icon="collapse"
            label={t('collapse')}
            onClick={() => {
              atlas.setState(collapse(id));
            }}
          />
          <ActionButton
            icon="pin"
            label={isPinned ? t('unpin') : t('pin')}
            pressed={isPinned}
            onClick={() => {
              atlas.setState(pin([id], !isPinned));
            }}
          />
          <ActionButton
            icon="hide"
            label={t('hide')}
            onClick={() => {
              atlas.setState(hide([id]));
            }}
          />
        </>
      )}
      <ActionButton
        icon="route"
        label={t('pathsFromHere')}
        onClick={() => {
          atlas.setState(setPanel({ type: 'paths', from: id, to: null }));
        }}
      />
    </div>
  );
}
