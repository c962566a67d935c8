/**
 * The left column's tabs (Explore, Coverage, Paths, Outline, Matrix), following the ARIA tabs pattern: ←/→ move between
 * the enabled tabs. A tab opens its panel on what is at hand (core/view/tabs.ts). On narrow
 * screens a fifth tab, Details, shows the selection's details in the bottom sheet instead (app/sheet.ts).
 */
import type { KeyboardEvent } from 'react';
import { setPanel } from '../core/view/actions';
import { tabTarget, type TabId } from '../core/view/tabs';
import { atlas, useAtlas } from '../core/store';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import type { Sheet } from './sheet';

const TABS: readonly { id: TabId; label: MessageKey }[] = [
  { id: 'start', label: 'tabExplore' },
  { id: 'coverage', label: 'tabCoverage' },
  { id: 'paths', label: 'tabPaths' },
  { id: 'outline', label: 'tabOutline' },
  { id: 'matrix', label: 'tabMatrix' },
];

/** ←/→ on a tab: the next or previous enabled tab of its list, focused and opened. */
function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  const list = event.currentTarget.closest('[role="tablist"]');
  if (!list) return;
  // The Details tab is not displayed on wide screens: it is left out there.
  const tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]:not([disabled])')].filter(
    (tab) => tab.offsetParent !== null,
  );
  const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
  const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length];
  next?.focus();
  next?.click();
}

export interface SideTabsProps {
  /** On narrow screens, what the bottom sheet shows; null on wide screens, where the details have a column. */
  readonly sheet: Sheet | null;
  readonly onSheet: (sheet: Sheet) => void;
}

export function SideTabs({ sheet, onSheet }: SideTabsProps) {
  const { t } = useI18n();
  const current = useAtlas((s) => s.history.present.panel.type);
  const details = sheet === 'details';
  // Only whether the coverage tab is enabled depends on the state; the targets are computed on click.
  const coverageEnabled = useAtlas((s) => tabTarget(s, 'coverage') !== null);
  return (
    <>
      <div className="tabs" role="tablist" aria-label={t('tabsLabel')}>
        {TABS.map((tab) => {
          const selected = !details && current === tab.id;
          const disabled = tab.id === 'coverage' && !coverageEnabled;
          return (
            <button
              key={tab.id}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={selected}
              aria-controls="side-panel"
              tabIndex={selected ? 0 : -1}
              disabled={disabled}
              // A disabled control says why, to the pointer (title) and to screen readers (the description).
              title={disabled ? t('coverageTabDisabled') : undefined}
              aria-describedby={disabled ? 'tab-coverage-why' : undefined}
              data-testid={`tab-${tab.id}`}
              onKeyDown={onTabKey}
              onClick={() => {
                const target = tabTarget(atlas.getState(), tab.id);
                if (target) atlas.setState(setPanel(target));
                onSheet('panel');
              }}
            >
              {t(tab.label)}
            </button>
          );
        })}
        <button
          type="button"
          role="tab"
          id="tab-details"
          className="details-tab"
          aria-selected={details}
          aria-controls="detail-panel"
          tabIndex={details ? 0 : -1}
          data-testid="tab-details"
          onKeyDown={onTabKey}
          onClick={() => {
            onSheet('details');
          }}
        >
          {t('tabDetails')}
        </button>
      </div>
      {/* Outside the tab list (which holds tabs only) and outside the tab (whose name it would join). */}
      {!coverageEnabled && (
        <span id="tab-coverage-why" className="visually-hidden">
          {t('coverageTabDisabled')}
        </span>
      )}
    </>
  );
}
