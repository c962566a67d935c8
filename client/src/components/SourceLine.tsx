/**
 * One cited source: document (linked), section, footnote, supplementary badge, quote and note, in the interface's
 * language. In English a quote from the Chinese report shows the atlas's translation, labelled as such, with the
 * verbatim original one click away; in Chinese it shows the original.
 */
import type { ChainSource } from '../domain/chains';
import { localizeSource } from '../domain/sourceText';
import { useI18n } from '../i18n/I18n';

export function SourceLine({ source }: { readonly source: ChainSource }) {
  const { t, lang } = useI18n();
  const shown = localizeSource(source, lang);
  return (
    <>
      <span className="source-doc">
        {source.url ? (
          <a href={source.url} target="_blank" rel="noreferrer noopener" title={t('openSource')}>
            {shown.document}
          </a>
        ) : (
          shown.document
        )}
      </span>
      {shown.section && <span className="source-meta">{t('section', { section: shown.section })}</span>}
      {source.footnote !== null && (
        <span className="source-meta">
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer noopener">
              {t('footnote', { n: source.footnote })}
            </a>
          ) : (
            t('footnote', { n: source.footnote })
          )}
        </span>
      )}
      {source.supplementary && <span className="badge">{t('supplementary')}</span>}
      {shown.quote && <blockquote className="source-quote">“{shown.quote}”</blockquote>}
      {shown.original && (
        <div className="source-translation">
          <span className="translation-note">{t('translationByAtlas')}</span>
          <details className="source-original" data-testid="source-original">
            <summary>{t('showOriginal')}</summary>
            <blockquote className="source-quote" lang="zh-Hans">
              “{shown.original}”
            </blockquote>
          </details>
        </div>
      )}
      {source.note && <p className="source-note">{source.note}</p>}
    </>
  );
}
