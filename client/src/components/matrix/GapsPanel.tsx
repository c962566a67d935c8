/**
 * The Matrix tab's side panel: the gaps summary. Each technology that no instrument covers by name or by category,
 * as of the chosen day, with whether a general measure may still reach it and what the sources say about why, each
 * reason a cited sentence.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { entityName, relationLabel, relationPhrase } from '#domain';
import { gapsQuery, type CoverageGap } from '../../api/matrix';
import { openNode } from '../../app/navigation';
import { useAtlas } from '../../core/store';
import { todayUtc } from '../../core/time/actions';
import { numberCitations } from '../../domain/chains';
import { useI18n } from '../../i18n/I18n';
import { CitationList, CiteMarks, NodeButton } from '../Chain';
import type { Source } from '#domain';

type Reason = CoverageGap['reasons'][number];

function reasonText(reason: Reason, lang: 'en' | 'zh'): string {
  const ends = [reason.statedOf, reason.other];
  const name = (id: string) => {
    const node = ends.find((n) => n.id === id);
    return node ? entityName(node, lang) : id;
  };
  const { edge } = reason;
  return relationPhrase(name(edge.from), relationLabel(edge.type, 'OUT', lang), name(edge.to), lang);
}

function Gap({ gap, numberOf }: { readonly gap: CoverageGap; readonly numberOf: (s: Source) => number }) {
  const { t, lang } = useI18n();
  return (
    <li className="gap-item" data-testid="gap-item" data-tech={gap.technology.id}>
      <div className="gap-title">
        <NodeButton node={gap.technology} onClick={openNode} />
        {gap.category.id !== gap.technology.id && (
          <span className="gap-category">{entityName(gap.category, lang)}</span>
        )}
      </div>
      <p className="gap-reach">{gap.strongest === 'GENERAL' ? t('gapsGeneral') : t('gapsNothing')}</p>
      {gap.reasons.length === 0 ? (
        <p className="gap-reason muted">{t('gapsNoReason')}</p>
      ) : (
        <ul className="gap-reasons">
          {gap.reasons.map((reason) => {
            const cites = [...new Set(reason.edge.sources.map(numberOf).filter((n) => n > 0))].sort((a, b) => a - b);
            return (
              <li key={reason.edge.id} className="gap-reason">
                {reasonText(reason, lang)}
                {reason.statedOf.id !== gap.technology.id && (
                  <span className="gap-stated-of">
                    {' '}
                    ({t('gapsStatedOf', { name: entityName(reason.statedOf, lang) })})
                  </span>
                )}
                <CiteMarks numbers={cites} scope="gaps" />
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

export function GapsPanel() {
  const { t } = useI18n();
  const asOf = useAtlas((s) => s.history.present.asOf);
  const query = useQuery(gapsQuery(asOf));
  const gaps = query.data;
  const numbered = useMemo(
    () => numberCitations((gaps ?? []).flatMap((g) => g.reasons.map((r) => ({ nodes: [], edges: [r.edge] })))),
    [gaps],
  );
  return (
    <section className="panel gaps-panel" aria-labelledby="gaps-heading" data-testid="gaps-panel">
      <h2 id="gaps-heading">
        {t('gapsHeading')} {gaps && <span className="count">{gaps.length}</span>}
      </h2>
      <p className="panel-intro">{t('gapsIntro', { date: asOf ?? todayUtc() })}</p>
      {query.isPending && <p role="status">{t('gapsLoading')}</p>}
      {query.isError && <p role="alert">{t('gapsFailed')}</p>}
      {gaps?.length === 0 && <p>{t('gapsNone')}</p>}
      {gaps && gaps.length > 0 && (
        <ol className="gap-list">
          {gaps.map((gap) => (
            <Gap key={gap.technology.id} gap={gap} numberOf={numbered.numberOf} />
          ))}
        </ol>
      )}
      <CitationList citations={numbered.citations} scope="gaps" />
    </section>
  );
}
