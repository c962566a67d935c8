/** Says so when the page was opened from a link made with another data version than the current one. */
import { useState } from 'react';
import { useI18n } from '../i18n/I18n';
import { linkVersion, versionMismatch } from './permalink';

export function VersionNotice({ current }: { readonly current: string | null | undefined }) {
  const { t } = useI18n();
  // The version of the link the page was opened with: the address is rewritten with the current one later.
  const [link] = useState(() => linkVersion(window.location.search));
  const mismatch = versionMismatch(link, current);
  if (!mismatch) return null;
  return (
    <div className="notice info" role="status" data-testid="version-notice">
      {t('linkVersionChanged', { link: mismatch.link, current: mismatch.current })}
    </div>
  );
}
