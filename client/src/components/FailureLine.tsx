/**
 * A failed or refused request, said where its answer was awaited (in place of "Loading…"): what failed, why in
 * plain words, what to do, and a retry when asking again may help.
 */
import { canRetry, type FailureKind } from '../api/errors';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';

const CAUSE: Record<FailureKind, MessageKey> = {
  down: 'causeDown',
  network: 'causeNetwork',
  notFound: 'causeNotFound',
  badInput: 'causeBadInput',
  rateLimited: 'causeRateLimited',
  generic: 'causeGeneric',
};

export interface FailureLineProps {
  /** What failed ("The coverage could not be loaded."). */
  readonly what: string;
  readonly kind: FailureKind;
  /** Says why instead of the kind's plain cause (e.g. which id is unknown). */
  readonly detail?: string | null;
  readonly onRetry?: (() => void) | null;
}

export function FailureLine({ what, kind, detail, onRetry }: FailureLineProps) {
  const { t } = useI18n();
  return (
    <div className="failure-line" role="alert" data-testid="failure-line" data-kind={kind}>
      <p>
        <strong>{what}</strong> {detail ?? t(CAUSE[kind])}
      </p>
      {onRetry && canRetry(kind) && (
        <button type="button" className="btn small" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
