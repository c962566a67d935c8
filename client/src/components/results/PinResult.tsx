/** The pin control of a result (a coverage trace, a paths search): a pinned result stays drawn when a new one comes. */
import { currentResult, isPinned, togglePinResult } from '../../core/results/pinned';
import { atlas, useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { Icon } from '../Icon';

export function PinResult() {
  const { t } = useI18n();
  const key = useAtlas((s) => currentResult(s)?.key ?? null);
  const pinned = useAtlas((s) => (key ? isPinned(s, key) : false));
  if (!key) return null;
  return (
    <button
      type="button"
      className="pin-result"
      aria-pressed={pinned}
      title={t('pinResultHint')}
      data-testid="pin-result"
      onClick={() => {
        atlas.setState(togglePinResult);
      }}
    >
      <Icon name="pin" size={14} />
      <span>{pinned ? t('resultPinned') : t('pinResult')}</span>
    </button>
  );
}
