/** An entity's summary, correction note, properties (aliases, website) and cited sources. */
import { propertyLabel, propertyValue } from '#domain';
import type { EntityDetail } from '../../api/client';
import { useI18n } from '../../i18n/I18n';
import { SourceList } from './SourceList';

export function EntityFacts({ entity }: { readonly entity: EntityDetail }) {
  const { t, lang } = useI18n();
  return (
    <>
      {entity.summary && <p className="detail-summary">{entity.summary}</p>}
      {entity.note && (
        <aside className="detail-note">
          <strong>{t('noteCorrection')}:</strong> {entity.note}
        </aside>
      )}
      {(entity.aliases.length > 0 || entity.properties.length > 0 || entity.url) && (
        <section aria-labelledby="detail-props">
          <h3 id="detail-props">{t('properties')}</h3>
          <dl className="props">
            {entity.aliases.length > 0 && (
              <div className="prop-row">
                <dt>{t('aliases')}</dt>
                <dd>{entity.aliases.join(', ')}</dd>
              </div>
            )}
            {entity.properties.map((p) => (
              <div key={p.key} className="prop-row">
                <dt>{propertyLabel(p.key, lang)}</dt>
                <dd>{propertyValue(p.key, p.value, lang)}</dd>
              </div>
            ))}
            {entity.url && (
              <div className="prop-row">
                <dt>{t('website')}</dt>
                <dd>
                  <a href={entity.url} target="_blank" rel="noreferrer noopener">
                    {entity.url}
                  </a>
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}
      <section aria-labelledby="detail-sources">
        <h3 id="detail-sources">{t('sources')}</h3>
        {entity.sources.length === 0 ? (
          <p className="empty">{t('noSources')}</p>
        ) : (
          <SourceList sources={entity.sources} />
        )}
      </section>
    </>
  );
}
