/** The legend: each kind's shape and colour with its count; clicking a kind hides or shows it. */
import { useState } from 'react';
import { ENTITY_KINDS } from '#domain';
import { useI18n } from '../i18n/I18n';
import { Icon } from './Icon';
import { KindIcon } from './KindIcon';

export function Legend({
  kindCounts,
  hiddenKinds,
  onToggleKind,
  relTypeCounts,
  hiddenRelTypes,
  onToggleRelType,
  onShowAll,
}: {
  readonly kindCounts: Readonly<Record<string, number>>;
  readonly hiddenKinds: readonly string[];
  readonly onToggleKind: (kind: string) => void;
  readonly relTypeCounts: Readonly<Record<string, number>>;
  readonly hiddenRelTypes: readonly string[];
  readonly onToggleRelType: (type: string) => void;
  readonly onShowAll: () => void;
}) {
  const { t, kindLabel, relLabel } = useI18n();
  const [collapsed, setCollapsed] = useState(false);
  const kinds = ENTITY_KINDS.filter((k) => (kindCounts[k] ?? 0) > 0 || hiddenKinds.includes(k));
  const relTypes = Object.keys(relTypeCounts)
    .concat(hiddenRelTypes.filter((r) => !(r in relTypeCounts)))
    .sort();
  const anyHidden = hiddenKinds.length + hiddenRelTypes.length > 0;
  return (
    <section className={`legend${collapsed ? ' collapsed' : ''}`} aria-labelledby="legend-title" data-testid="legend">
      <div className="legend-head">
        <h2 id="legend-title">{t('legend')}</h2>
        {anyHidden && (
          <button type="button" className="link-btn small" onClick={onShowAll}>
            {t('showAll')}
          </button>
        )}
        <button
          type="button"
          className="icon-btn"
          aria-expanded={!collapsed}
          aria-controls="legend-body"
          aria-label={t('legend')}
          onClick={() => {
            setCollapsed((c) => !c);
          }}
        >
          <Icon name="chevron" size={14} />
        </button>
      </div>
      <div id="legend-body" hidden={collapsed}>
        <p className="legend-hint">{t('legendHint')}</p>
        <ul className="legend-kinds">
          {kinds.map((kind) => {
            const hidden = hiddenKinds.includes(kind);
            const label = kindLabel(kind);
            return (
              <li key={kind}>
                <button
                  type="button"
                  className={`legend-item${hidden ? ' off' : ''}`}
                  aria-pressed={!hidden}
                  aria-label={hidden ? t('showKind', { kind: label }) : t('hideKind', { kind: label })}
                  data-kind={kind}
                  onClick={() => {
                    onToggleKind(kind);
                  }}
                >
                  <KindIcon kind={kind} />
                  <span>{label}</span>
                  <span className="count">{kindCounts[kind] ?? 0}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {relTypes.length > 0 && (
          <details className="legend-rels">
            <summary>{t('relationshipTypes')}</summary>
            <ul>
              {relTypes.map((type) => {
                const hidden = hiddenRelTypes.includes(type);
                return (
                  <li key={type}>
                    <button
                      type="button"
                      className={`legend-item${hidden ? ' off' : ''}`}
                      aria-pressed={!hidden}
                      data-rel={type}
                      onClick={() => {
                        onToggleRelType(type);
                      }}
                    >
                      <span className="rel-line" aria-hidden="true" />
                      <span>{relLabel(type)}</span>
                      <span className="count">{relTypeCounts[type] ?? 0}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </details>
        )}
      </div>
    </section>
  );
}
