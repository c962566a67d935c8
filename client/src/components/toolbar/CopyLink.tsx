/** The toolbar's button that copies the link to the view (with the data version); it says so for two seconds. */
import { useState } from 'react';
import { useAtlas } from '../../core/store';
import { permalink } from '../../export/permalink';
import { useI18n } from '../../i18n/I18n';
import { ToolButton } from './ToolButton';

export function CopyLink() {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const seedVersion = useAtlas((s) => s.stats?.seedVersion);
  const copy = () => {
    const done = () => {
      setCopied(true);
      window.setTimeout(() => {
        setCopied(false);
      }, 2000);
    };
    navigator.clipboard.writeText(permalink(window.location.href, seedVersion)).then(done, done);
  };
  return (
    <ToolButton icon="link" label={t('copyLink')} onClick={copy} testId="copy-link">
      <span aria-live="polite">{copied ? t('linkCopied') : ''}</span>
    </ToolButton>
  );
}
