/** "Back to overview": the start page's overview again, in the toolbar and on the empty canvas; undoable. */
import { atOverview, backToOverview } from '../../core/view/actions';
import { atlas, useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { Icon } from '../Icon';

export function OverviewButton({ withText = false }: { readonly withText?: boolean }) {
  const { t } = useI18n();
  const at = useAtlas(atOverview);
  const label = t('backToOverview');
  return (
    <button
      type="button"
      className={withText ? 'overview-btn' : 'tool'}
      aria-label={withText ? undefined : label}
      title={at ? t('atOverview') : label}
      disabled={at}
      data-testid={withText ? 'overview-empty' : 'overview'}
      onClick={() => {
        atlas.setState(backToOverview);
      }}
    >
      <Icon name="overview" />
      {withText && <span>{label}</span>}
    </button>
  );
}
