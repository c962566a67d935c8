/** Job 1: which regimes, treaties and measures cover a technology, each path read as a cited sentence chain. */
import { useMemo } from 'react';
import type { CoverageState } from '../app/useExplorer';
import { numberCitations, toChain } from '../domain/chains';
import { useI18n } from '../i18n/I18n';
import { nodeName, type NodeInfo } from '../state/types';
import { ChainView, CitationList } from './Chain';
import { KindIcon } from './KindIcon';

export interface CoveragePanelProps {
  readonly tech: string | null;
  readonly techNode: NodeInfo | undefined;
  readonly coverage: CoverageState | null;
  readonly focused: number | null;
  readonly onFocus: (index: number | null) => void;
  readonly onNode: (node: NodeInfo) => void;
}

export function CoveragePanel({ tech, techNode, coverage, focused, onFocus, onNode }: CoveragePanelProps) {
  const { t, lang, kindLabel } = useI18n();
  const results = coverage && coverage.tech === tech ? coverage.results : null;
  const numbered = useMemo(() => numberCitations((results ?? []).map((r) => r.path)), [results]);
  const name = techNode ? nodeName(techNode, lang) : (tech ?? '');

  if (!tech) return <p className="empty">{t('coveragePick')}</p>;
  return (
    <section className="panel coverage-panel" aria-labelledby="coverage-heading" data-testid="coverage-panel">
      <h2 id="coverage-heading">{t('coverageHeading', { name })}</h2>
      {!results && (
        <p role="status" className="loading-line">
          {t('loading')}
        </p>
      )}
      {results?.length === 0 && <p className="empty">{t('coverageNone', { name })}</p>}
      {results && results.length > 0 && (
        <>
          <p className="panel-intro">{t('coverageIntro')}</p>
          <div className="panel-actions">
            <button
              type="button"
              className="btn small"
              aria-pressed={focused === null}
              onClick={() => {
                onFocus(null);
              }}
            >
              {t('showAllPaths')}
            </button>
          </div>
          <ol className="result-list" data-testid="coverage-list">
            {results.map((r, i) => {
              const chain = toChain(r.path, lang, numbered.numberOf);
              return (
                <li
                  key={`${r.instrument.id}-${i}`}
                  className={`result${focused === i ? ' focused' : ''}`}
                  data-testid="coverage-item"
                >
                  <div className="result-head">
                    <button
                      type="button"
                      className="result-title"
                      aria-pressed={focused === i}
                      onClick={() => {
                        onFocus(focused === i ? null : i);
                      }}
                    >
                      <KindIcon kind={r.instrument.kind} />
                      <span>{nodeName(r.instrument, lang)}</span>
                    </button>
                    <span className="result-meta">
                      {kindLabel(r.instrument.kind)} · {t(`via${r.via}`)} · {t('hops', { n: r.path.length })}
                    </span>
                  </div>
                  {chain && <ChainView chain={chain} scope="coverage" onNode={onNode} />}
                </li>
              );
            })}
          </ol>
          <CitationList citations={numbered.citations} scope="coverage" />
        </>
      )}
    </section>
  );
}
