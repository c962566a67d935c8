/**
 * The hubs a paths search did not walk through (see PathsAnswer in the API): paths through them may be missing.
 * Each hub opens as an entity, so the reader can follow it by hand.
 */
import { Fragment } from 'react';
import { HUB_DEGREE_CAP } from '#domain';
import { openNode } from '../app/navigation';
import { useI18n } from '../i18n/I18n';
import { nodeName, type NodeInfo } from '../state/types';

export function SkippedHubs({ hubs }: { readonly hubs: readonly NodeInfo[] }) {
  const { t, lang } = useI18n();
  if (hubs.length === 0) return null;
  return (
    <p className="finding" role="note" data-testid="paths-skipped-hubs">
      <span className="finding-label">{t('pathsSkippedHubsLabel')}</span>
      {/* The message ends with its own separator: a space in English, none after the Chinese colon. */}
      {t('pathsSkippedHubs', { cap: HUB_DEGREE_CAP.toLocaleString(lang) })}
      {hubs.map((hub, i) => (
        <Fragment key={hub.id}>
          {i > 0 && t('listSeparator')}
          <button
            type="button"
            className="link-btn"
            onClick={() => {
              openNode(hub);
            }}
          >
            {nodeName(hub, lang)}
          </button>
        </Fragment>
      ))}
    </p>
  );
}
