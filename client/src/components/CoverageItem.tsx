/**
 * One instrument that covers (or may cover) a technology: its name (click to highlight its path alone), kind, basis
 * and length; one line that says why it is listed; the path as a cited sentence chain; and who applies it, each
 * actor clickable with the citation of the link that makes it one.
 */
import type { CoverageResult } from '../api/client';
import type { Source } from '#domain';
import { toChain } from '../domain/chains';
import { actorRole, coverageReason } from '../domain/coverage';
import { useI18n } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages';
import { nodeName } from '../state/types';
import { openNode } from '../app/navigation';
import { ChainView, CiteMarks, NodeButton } from './Chain';
import { KindIcon } from './KindIcon';
import { ResultItem } from './ResultList';

type Actor = CoverageResult['appliedBy'][number];

const BASIS_LABEL: Record<CoverageResult['basis'], MessageKey> = {
  NAMED: 'basisNAMED',
  CATEGORY: 'basisCATEGORY',
  GENERAL: 'basisGENERAL',
};

function AppliedBy({
  actors,
  numberOf,
}: {
  readonly actors: readonly Actor[];
  readonly numberOf: (s: Source) => number;
}) {
  const { t, lang } = useI18n();
  if (actors.length === 0) return <p className="applied-by-none">{t('appliedByNone')}</p>;
  return (
    <div className="applied-by" data-testid="applied-by">
      <span className="applied-by-label">{t('appliedBy')}</span>
      <ul aria-label={t('appliedBy')}>
        {actors.map((actor) => {
          const numbers = actor.path.edges.flatMap((e) => e.sources.map(numberOf)).filter((n) => n > 0);
          const cites = [...new Set(numbers)].sort((a, b) => a - b);
          return (
            <li key={`${actor.entity.id}-${actor.role}`} data-actor={actor.entity.id} data-role={actor.role}>
              <NodeButton node={actor.entity} onClick={openNode} />{' '}
              <span className="actor-role">{actorRole(actor, lang)}</span>
              <CiteMarks numbers={cites} scope="coverage" />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function CoverageItem({
  item,
  index,
  numberOf,
}: {
  readonly item: CoverageResult;
  /** Position in the API's answer: what the canvas focus refers to. */
  readonly index: number;
  readonly numberOf: (s: Source) => number;
}) {
  const { t, lang, kindLabel } = useI18n();
  const chain = toChain(item.path, lang, numberOf);
  return (
    <ResultItem
      index={index}
      className={`coverage-item basis-${item.basis.toLowerCase()}`}
      testId="coverage-item"
      data={{ 'data-basis': item.basis, 'data-instrument': item.instrument.id }}
      title={
        <>
          <KindIcon kind={item.instrument.kind} />
          <span>{nodeName(item.instrument, lang)}</span>
        </>
      }
      meta={
        <>
          {kindLabel(item.instrument.kind)} · <span className="basis-tag">{t(BASIS_LABEL[item.basis])}</span> ·{' '}
          {t('hops', { count: item.path.length })}
        </>
      }
    >
      <p className="coverage-reason" data-testid="coverage-reason">
        {coverageReason(item, lang)}
      </p>
      {chain && <ChainView chain={chain} scope="coverage" onNode={openNode} />}
      <AppliedBy actors={item.appliedBy} numberOf={numberOf} />
    </ResultItem>
  );
}
