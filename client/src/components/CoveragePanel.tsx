/**
 * Job 1: which regimes, treaties and measures cover a technology, and how strongly. What a source says controls the
 * technology or its category is listed as "covered by"; what is reached only through a measure of general scope is
 * listed apart, collapsed, as "may fall within". A finding states plainly when the groups say something by themselves
 * (nothing covers it, only general measures do, or no regime or treaty is said to). Each path reads as a cited
 * sentence chain, with who applies the instrument.
 */
import { useMemo, useState } from 'react';
import { loadCoverage } from '../core/coverage/effects';
import { failureOf } from '../core/failures';
import { run } from '../core/runner';
import { useAtlas } from '../core/store';
import { numberCitations } from '../domain/chains';
import { FINDING_MESSAGE, groupCoverage, type CoverageFinding, type CoverageNode } from '../domain/coverage';
import { useI18n } from '../i18n/I18n';
import { nodeName } from '../state/types';
import { CitationList } from './Chain';
import { CoverageItem } from './CoverageItem';
import { CoverageCompare } from './coverage/CoverageCompare';
import { AsOfBadge } from './time/AsOfControl';
import { FailureLine } from './FailureLine';
import { Icon } from './Icon';
import { ResultActions, ResultList } from './ResultList';
import './coverage-paths.css';
import { PinResult } from './results/PinResult';

function Finding({ finding, name }: { readonly finding: CoverageFinding; readonly name: string }) {
  const { t } = useI18n();
  return (
    <p className={`finding finding-${finding}`} data-testid="coverage-finding" data-finding={finding}>
      <span className="finding-label">{t('coverageFinding')}</span>
      {t(FINDING_MESSAGE[finding], { name })}
    </p>
  );
}

/** The coverage of one technology, as the store holds it (loading until its answer is there). */
export function CoveragePanel({ tech }: { readonly tech: string | null }) {
  const { t, lang } = useI18n();
  const techNode = useAtlas((s) => (tech ? s.data.nodes[tech] : undefined));
  const results = useAtlas((s) => (s.coverage && s.coverage.tech === tech ? s.coverage.results : null));
  const failure = useAtlas((s) => failureOf(s, 'coverage', tech));
  const groups = useMemo(() => groupCoverage(results ?? []), [results]);
  // The "may fall within" group is open for one technology at a time and starts collapsed for each.
  const [openFor, setOpenFor] = useState<string | null>(null);
  const generalOpen = tech !== null && openFor === tech;
  // Numbered in reading order: each item's path, then the paths of those who apply it. The collapsed group's sources
  // join the list (after the others, so no number changes) only when it is open: no citation without its claim.
  const numbered = useMemo(
    () =>
      numberCitations(
        [...groups.covered, ...(generalOpen ? groups.general : [])].flatMap(({ item }) => [
          item.path,
          ...item.appliedBy.map((a) => a.path),
        ]),
      ),
    [groups, generalOpen],
  );
  // The general measures behind the "may fall within" group, each with the note that says why it is general.
  const generalMeasures = useMemo(() => {
    const seen = new Map<string, CoverageNode>();
    for (const { item } of groups.general) {
      for (const n of item.path.nodes) if (n.scope === 'GENERAL' && n.scopeNote) seen.set(n.id, n);
    }
    return [...seen.values()];
  }, [groups]);
  const name = techNode ? nodeName(techNode, lang) : (tech ?? '');

  if (!tech) return <p className="empty">{t('coveragePick')}</p>;
  const item = ({ item: r, index }: (typeof groups.covered)[number]) => (
    <CoverageItem key={`${r.instrument.id}-${index}`} item={r} index={index} numberOf={numbered.numberOf} />
  );
  return (
    <section className="panel coverage-panel" aria-labelledby="coverage-heading" data-testid="coverage-panel">
      <h2 id="coverage-heading">{t('coverageHeading', { name })}</h2>
      <AsOfBadge />
      <PinResult />
      {!results && failure && (
        <FailureLine
          what={t('failedCoverage')}
          kind={failure.kind}
          detail={failure.kind === 'notFound' ? t('coverageUnknown', { id: tech }) : null}
          onRetry={() => {
            void run((signal) => loadCoverage(tech, 'restore', signal));
          }}
        />
      )}
      {!results && !failure && (
        <p role="status" className="loading-line">
          {t('loading')}
        </p>
      )}
      {results && groups.finding && <Finding finding={groups.finding} name={name} />}
      {results && results.length > 0 && (
        <>
          <ResultActions />
          {groups.general.length > 0 && groups.covered.length > 0 && (
            <p className="canvas-key">
              <span>{t('canvasKey')}</span>
              <span className="key-item">
                <span className="key-line solid" aria-hidden="true" />
                {t('coveredBy')}
              </span>
              <span className="key-item">
                <span className="key-line dashed" aria-hidden="true" />
                {t('mayFallWithin')}
              </span>
            </p>
          )}
          {groups.covered.length > 0 && (
            <section className="coverage-group" aria-labelledby="coverage-covered" data-testid="coverage-covered">
              <h3 id="coverage-covered" className="group-heading">
                {t('coveredBy')} <span className="count">{groups.covered.length}</span>
              </h3>
              <p className="group-intro">{t('coveredByIntro', { name })}</p>
              <ResultList>{groups.covered.map(item)}</ResultList>
            </section>
          )}
          {groups.general.length > 0 && (
            <section
              className="coverage-group general"
              aria-labelledby="coverage-general"
              data-testid="coverage-general"
            >
              <h3 id="coverage-general" className="group-heading">
                <button
                  type="button"
                  className="group-toggle"
                  aria-expanded={generalOpen}
                  aria-controls="coverage-general-body"
                  data-testid="coverage-general-toggle"
                  onClick={() => {
                    setOpenFor(generalOpen ? null : tech);
                  }}
                >
                  <Icon name="chevron" size={14} />
                  {t('mayFallWithin')} <span className="count">{groups.general.length}</span>
                </button>
              </h3>
              <div id="coverage-general-body" hidden={!generalOpen}>
                <p className="group-intro">{t('mayFallWithinIntro', { name })}</p>
                {generalMeasures.map((m) => (
                  <p key={m.id} className="scope-note">
                    <strong>{nodeName(m, lang)}</strong>
                    {lang === 'zh' ? '：' : ': '}
                    {m.scopeNote}
                  </p>
                ))}
                <ResultList>{groups.general.map(item)}</ResultList>
              </div>
            </section>
          )}
          <CitationList citations={numbered.citations} scope="coverage" />
        </>
      )}
      {results && <CoverageCompare tech={tech} results={results} />}
    </section>
  );
}
