/**
 * Expand by relationship type in one click: each type with how many of its neighbours are shown; also every
 * relationship, and two steps out (the neighbours and their neighbours).
 */
import { useMemo } from 'react';
import { EXPAND_CAP } from '../../core/graph/actions';
import { expand } from '../../core/graph/effects';
import { selectVisible } from '../../core/selectors';
import { useAtlas } from '../../core/store';
import { useI18n } from '../../i18n/I18n';
import { relationGroups } from '../../state/graphData';
import type { LinkInfo } from '../../state/types';

export function ExpandChips({ id, links }: { readonly id: string; readonly links: readonly LinkInfo[] }) {
  const { t, relLabel } = useI18n();
  const visible = useAtlas(selectVisible);
  const groups = useMemo(() => relationGroups(links, visible), [links, visible]);
  const others = new Set(links.map((l) => l.other.id));
  const shown = [...others].filter((o) => visible.has(o)).length;
  if (groups.length === 0) return null;
  return (
    <section className="expand" aria-labelledby="expand-title" data-testid="expand-chips">
      <h3 id="expand-title">{t('expandMenu')}</h3>
      <div className="chips">
        <button
          type="button"
          className="expand-chip all"
          disabled={shown === others.size}
          data-testid="expand-all"
          onClick={() => {
            expand(id, null);
          }}
        >
          {t('expandAll')} <span className="count">{t('expandCount', { visible: shown, total: others.size })}</span>
        </button>
        <button
          type="button"
          className="expand-chip all"
          title={t('expandDepth2Title')}
          data-testid="expand-depth2"
          onClick={() => {
            expand(id, null, EXPAND_CAP, 2);
          }}
        >
          {t('expandDepth2')}
        </button>
        {groups.map((g) => (
          <button
            key={g.type}
            type="button"
            className="expand-chip"
            disabled={g.visible === g.total}
            data-testid={`expand-${g.type}`}
            onClick={() => {
              expand(id, [g.type]);
            }}
          >
            {g.directions.map((d) => relLabel(g.type, d)).join(' / ')}{' '}
            <span className="count">{t('expandCount', { visible: g.visible, total: g.total })}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
