/** A plain-language message when the API or the database is down, with a retry; the view is kept meanwhile. */
import { canRetry, type ApiFailure } from '../api/errors';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';

const MESSAGE: Record<ApiFailure['kind'], MessageKey> = {
  down: 'errorDown',
  network: 'errorNetwork',
  notFound: 'errorNotFound',
  badInput: 'errorBadInput',
  rateLimited: 'errorRateLimited',
  generic: 'errorGeneric',
};

export function ErrorBanner({
  failure,
  onRetry,
  onDismiss,
}: {
  readonly failure: ApiFailure | null;
  readonly onRetry: () => void;
  readonly onDismiss: () => void;
}) {
  const { t } = useI18n();
  if (!failure) return null;
  return (
    <div role="alert" className="error-banner" data-testid="error-banner">
      <p>{t(MESSAGE[failure.kind])}</p>
      <div className="error-actions">
        {canRetry(failure.kind) && (
          <button type="button" className="btn primary small" onClick={onRetry}>
            {t('retry')}
          </button>
        )}
        <button type="button" className="btn small" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      </div>
    </div>
  );
}
