/** The briefing's numbered footnotes: where each source is, its link and quote, and a translation's original. */
import { useI18n } from '../i18n/I18n';
import type { Lang } from '../state/types';
import { footnoteAnchor, footnoteTexts, type Briefing } from './model';

export function BriefingFootnotes({ briefing, lang }: { readonly briefing: Briefing; readonly lang: Lang }) {
  const { t } = useI18n();
  return (
    <section className="briefing-footnotes">
      <h2>{t('briefingFootnotes')}</h2>
      <ol data-testid="briefing-footnotes">
        {footnoteTexts(briefing.footnotes, lang).map((text, i) => {
          const n = i + 1;
          return (
            <li key={n} id={footnoteAnchor(n)} className="briefing-footnote">
              {text.where}
              {text.url && (
                <>
                  {lang === 'zh' ? '，' : ', '}
                  <a href={text.url} className="fn-url" target="_blank" rel="noreferrer">
                    {text.url}
                  </a>
                </>
              )}
              {text.quote && (
                <>
                  {lang === 'zh' ? '：' : ': '}
                  <span className="fn-quote">{text.quote}</span>
                </>
              )}
              {text.original && (
                <span className="fn-original">
                  {' '}
                  ({t('translationByAtlas')}; {t('originalQuote')}: <span lang="zh-Hans">{text.original}</span>)
                </span>
              )}
              {text.supplementary && <em className="fn-supplementary"> {t('briefingSupplementary')}</em>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
