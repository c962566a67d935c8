/**
 * The Paths tool's relationship-type checklist. Citation links are off until turned on (the note says why), and
 * types hidden in the legend are shown off and locked here, because the search leaves them out too.
 */
import {
  BIBLIOGRAPHIC_TYPES,
  citationsAsked,
  DEFAULT_PATH_FILTER,
  isDefaultFilter,
  PATH_RELATION_TYPES,
  toggleType,
  type PathTypeFilter as Filter,
} from '../domain/pathFilter';
import { useI18n } from '../i18n/I18n';

export function PathTypeFilter({
  filter,
  hiddenInLegend,
  onChange,
}: {
  readonly filter: Filter;
  readonly hiddenInLegend: readonly string[];
  readonly onChange: (filter: Filter) => void;
}) {
  const { t, lang, relLabel } = useI18n();
  const hidden = new Set(hiddenInLegend);
  const used = PATH_RELATION_TYPES.filter((type) => !filter.off.includes(type) && !hidden.has(type)).length;
  const anyHidden = PATH_RELATION_TYPES.some((type) => hidden.has(type));
  return (
    <div className="path-types">
      <details data-testid="path-types">
        <summary>
          {t('pathTypes')}{' '}
          <span className="count">{t('pathTypesUsed', { used, total: PATH_RELATION_TYPES.length })}</span>
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t('pathTypes')}</legend>
          <ul className="type-checklist">
            {PATH_RELATION_TYPES.map((type) => {
              const locked = hidden.has(type);
              return (
                <li key={type} className={BIBLIOGRAPHIC_TYPES.includes(type) ? 'bibliographic' : undefined}>
                  <label title={type}>
                    <input
                      type="checkbox"
                      checked={!locked && !filter.off.includes(type)}
                      disabled={locked}
                      data-type={type}
                      onChange={() => {
                        onChange(toggleType(filter, type));
                      }}
                    />
                    <span>{relLabel(type)}</span>
                    {locked && <span className="type-hidden">{t('pathTypesHidden')}</span>}
                  </label>
                </li>
              );
            })}
          </ul>
          {!isDefaultFilter(filter) && (
            <button
              type="button"
              className="link-btn small"
              onClick={() => {
                onChange(DEFAULT_PATH_FILTER);
              }}
            >
              {t('pathTypesReset')}
            </button>
          )}
        </fieldset>
      </details>
      <p className="path-types-note" data-testid="path-types-note">
        {citationsAsked(filter, hiddenInLegend) ? t('pathTypesCitationsOn') : t('pathTypesNote')}
        {anyHidden && `${lang === 'zh' ? '' : ' '}${t('pathTypesHiddenNote')}`}
      </p>
    </div>
  );
}
