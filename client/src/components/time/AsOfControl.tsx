/**
 * The header's "As of" control: a native date input for the day the answers are as of, and "Today" to go back to
 * today. An empty or half-typed date changes nothing; the day is kept in the view (URL, permalinks, saved views).
 */
import { useId } from 'react';
import { setAsOf, todayUtc } from '../../core/time/actions';
import { atlas, useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';

export function AsOfControl() {
  const { t } = useI18n();
  const asOf = useAtlas((s) => s.history.present.asOf);
  const id = useId();
  const today = todayUtc();
  return (
    <div className={`as-of${asOf ? ' as-of-set' : ''}`} role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={id} title={t('asOfHint')}>
        {t('asOfLabel')}
      </label>
      <input
        id={id}
        type="date"
        value={asOf ?? today}
        max="9999-12-31"
        aria-describedby={`${id}-hint`}
        data-testid="as-of-input"
        onChange={(event) => {
          // A cleared or half-typed date is not a day: "Today" is the way back, not an empty field.
          if (event.target.value) atlas.setState(setAsOf(event.target.value, today));
        }}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('asOfHint')}
      </span>
      <button
        type="button"
        className="btn as-of-today"
        disabled={asOf === null}
        aria-label={t('asOfTodayLabel')}
        data-testid="as-of-today"
        onClick={() => {
          atlas.setState(setAsOf(null));
        }}
      >
        {t('asOfToday')}
      </button>
    </div>
  );
}

/** "As of 1 January 2023", or "As of today (…)": the day the picture shows, for the canvas and the panels. */
export function AsOfBadge({ className = '', hidden = 0 }: { readonly className?: string; readonly hidden?: number }) {
  const { t } = useI18n();
  const asOf = useAtlas((s) => s.history.present.asOf);
  return (
    <p
      className={`as-of-badge${asOf ? ' as-of-past' : ''} ${className}`}
      data-testid="as-of-badge"
      data-as-of={asOf ?? ''}
    >
      {asOf ? t('asOfBadge', { date: asOf }) : t('asOfBadgeToday', { date: todayUtc() })}
      {hidden > 0 && <span className="as-of-hidden"> · {t('asOfHidden', { count: hidden })}</span>}
    </p>
  );
}
