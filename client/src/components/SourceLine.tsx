/**
 * One cited source: document (linked), section, footnote, supplementary badge, quote and note, in the interface's
 * language. In English a quote from the Chinese report shows the atlas's translation, labelled as such, with the
 * verbatim original one click away; in Chinese it shows the original.
 */
import { citationParts, type Source } from '#domain';
import { useI18n } from '../i18n/I18n';

export function SourceLine({ source }: { readonly source: Source }) {
  const { t, lang } = useI18n();
  const shown = citationParts(source, lang);
  return (
    <>
      <span className="source-doc">
        {shown.url ? (
          <a href={shown.url} target="_blank" rel="noreferrer noopener" title={t('openSource')}>
            {shown.document}
          </a>
        ) : (
          shown.document
        )}
      </span>
      {shown.section && <span className="source-meta">{t('section', { section: shown.section })}</span>}
      {shown.footnote !== null && (
        <span className="source-meta">
          {shown.url ? (
            <a href={shown.url} target="_blank" rel="noreferrer noopener">
              {t('footnote', { n: shown.footnote })}
            </a>
          ) : (
            t('footnote', { n: shown.footnote })
          )}
        </span>
      )}
      {shown.supplementary && <span className="badge">{t('supplementary')}</span>}
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
      {shown.note && <p className="source-note">{shown.note}</p>}
    </>
  );
}
