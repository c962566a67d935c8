/** The legend: each kind's shape and colour with its count; clicking a kind hides or shows it. */
import { useState, type ReactNode } from 'react';
import { ENTITY_KINDS } from '#domain';
import { useI18n } from '../i18n/I18n';
import { Icon } from './Icon';
import { KindIcon } from './KindIcon';

/** A legend entry that hides or shows what it stands for: pressed while shown, with its count. */
function ToggleItem({
  hidden,
  count,
  onToggle,
  title,
  data,
  children,
}: {
  readonly hidden: boolean;
  readonly count: number;
  readonly onToggle: () => void;
  /** What a click does (hide or show), as a tooltip: the name stays what the button shows. */
  readonly title?: string;
  /** data-kind or data-rel, which tests read. */
  readonly data: Readonly<Record<`data-${string}`, string>>;
  readonly children: ReactNode;
}) {
  return (
    <li>
      <button
        type="button"
        className={`legend-item${hidden ? ' off' : ''}`}
        aria-pressed={!hidden}
        title={title}
        {...data}
        onClick={onToggle}
      >
        {children}
        <span className="count">{count}</span>
      </button>
    </li>
  );
}

export function Legend({
  kindCounts,
  hiddenKinds,
  onToggleKind,
  relTypeCounts,
  hiddenRelTypes,
  onToggleRelType,
  onShowAll,
  children,
}: {
  readonly kindCounts: Readonly<Record<string, number>>;
  readonly hiddenKinds: readonly string[];
  readonly onToggleKind: (kind: string) => void;
  readonly relTypeCounts: Readonly<Record<string, number>>;
  readonly hiddenRelTypes: readonly string[];
  readonly onToggleRelType: (type: string) => void;
  readonly onShowAll: () => void;
  /** More legend content, such as the node-size rule. */
  readonly children?: ReactNode;
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
        {children}
        <ul className="legend-kinds">
          {kinds.map((kind) => {
            const hidden = hiddenKinds.includes(kind);
            const label = kindLabel(kind);
            return (
              <ToggleItem
                key={kind}
                hidden={hidden}
                count={kindCounts[kind] ?? 0}
                onToggle={() => {
                  onToggleKind(kind);
                }}
                title={hidden ? t('showKind', { kind: label }) : t('hideKind', { kind: label })}
                data={{ 'data-kind': kind }}
              >
                <KindIcon kind={kind} />
                <span>{label}</span>
              </ToggleItem>
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
                  <ToggleItem
                    key={type}
                    hidden={hidden}
                    count={relTypeCounts[type] ?? 0}
                    onToggle={() => {
                      onToggleRelType(type);
                    }}
                    data={{ 'data-rel': type }}
                  >
                    <span className="rel-line" aria-hidden="true" />
                    <span>{relLabel(type)}</span>
                  </ToggleItem>
                );
              })}
            </ul>
          </details>
        )}
      </div>
    </section>
  );
}
