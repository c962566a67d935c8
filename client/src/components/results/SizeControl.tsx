/** The legend's node-size control: what size stands for, and the rule it draws ("Size: relationships drawn, 1 → 40"). */
import { selectSizeRule } from '../../core/selectors';
import { viewAction } from '../../core/view/actions';
import { atlas, useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages';
import { SIZE_MEASURES, type SizeMeasure } from '../../state/size';

export const SIZE_LABEL: Record<SizeMeasure, MessageKey> = {
  none: 'sizeNone',
  degree: 'sizeDegree',
  total: 'sizeTotal',
  sources: 'sizeSources',
};

export function SizeControl() {
  const { t } = useI18n();
  const measure = useAtlas((s) => s.history.present.sizeBy);
  const range = useAtlas((s) => selectSizeRule(s).range);
  return (
    <div className="size-control">
      <label>
        <span>{t('sizeBy')}</span>
        <select
          value={measure}
          data-testid="size-by"
          onChange={(event) => {
            atlas.setState(viewAction({ type: 'setSizeBy', measure: event.target.value as SizeMeasure }));
          }}
        >
          {SIZE_MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(SIZE_LABEL[m])}
            </option>
          ))}
        </select>
      </label>
      {range && (
        <span className="size-rule" data-testid="size-rule">
          <span className="size-dots" aria-hidden="true">
            <span />
            <span />
          </span>
          {t('sizeRule', { measure: t(SIZE_LABEL[measure]).toLowerCase(), min: range.min, max: range.max })}
        </span>
      )}
    </div>
  );
}
