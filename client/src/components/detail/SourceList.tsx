/** Cited sources as a numbered list, each read as a citation with its quote; and the line shown while loading. */
import type { ComponentProps } from 'react';
import { useI18n } from '../../i18n/I18n';
import { SourceLine } from '../SourceLine';

type Source = ComponentProps<typeof SourceLine>['source'];

export function SourceList({ sources }: { readonly sources: readonly Source[] | undefined }) {
  return (
    <ol className="sources">
      {sources?.map((s, i) => (
        <li key={i} className="source">
          <SourceLine source={s} />
        </li>
      ))}
    </ol>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" className="loading-line">
      {t('loading')}
    </p>
  );
}
