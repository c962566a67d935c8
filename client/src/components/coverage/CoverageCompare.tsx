/**
 * Coverage on two dates: the panel's answer (as of the chosen day) compared with the answer on a second day the
 * analyst picks, read from the earlier to the later: the instruments added, removed, and those whose basis changed.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { coverageQuery, type CoverageResult } from '../../api/client';
import { openNode } from '../../app/navigation';
import { diffCoverage, type CoverageChange } from '../../core/coverage/compare';
import { useAtlas } from '../../core/store';
import { todayUtc } from '../../core/time/actions';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages';
import { NodeButton } from '../Chain';
import { BASIS_SHORT } from '../matrix/basis';

function Changes({
  title,
  changes,
  kind,
}: {
  readonly title: MessageKey;
  readonly changes: readonly CoverageChange[];
  readonly kind: 'added' | 'removed' | 'changed';
}) {
  const { t } = useI18n();
  if (changes.length === 0) return null;
  return (
    <div className={`compare-group compare-${kind}`} data-testid={`compare-${kind}`}>
      <h4>
        {t(title)} <span className="count">{changes.length}</span>
      </h4>
      <ul>
        {changes.map((c) => {
          const basis = c.after ?? c.before;
          return (
            <li key={c.instrument.id} data-instrument={c.instrument.id}>
              <span aria-hidden="true" className="compare-sign">
                {kind === 'added' ? '+' : kind === 'removed' ? '−' : '~'}
              </span>
              <NodeButton node={c.instrument} onClick={openNode} />{' '}
              {kind === 'changed' && c.before && c.after ? (
                <span className="basis-chip">
                  {t('compareBasisChange', { before: t(BASIS_SHORT[c.before]), after: t(BASIS_SHORT[c.after]) })}
                </span>
              ) : (
                basis && <span className={`basis-chip basis-${basis.toLowerCase()}`}>{t(BASIS_SHORT[basis])}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function CoverageCompare({
  tech,
  results,
}: {
  readonly tech: string;
  readonly results: readonly CoverageResult[];
}) {
  const { t } = useI18n();
  const id = useId();
  const current = useAtlas((s) => s.history.present.asOf) ?? todayUtc();
  const [other, setOther] = useState<string | null>(null);
  const query = useQuery({ ...coverageQuery(tech, other), enabled: other !== null });
  const diff = useMemo(() => {
    if (!other || !query.data) return null;
    const earlierIsOther = other < current;
    return earlierIsOther ? diffCoverage(query.data, results) : diffCoverage(results, query.data);
  }, [other, query.data, results, current]);
  const [before, after] = other && other < current ? [other, current] : [current, other ?? current];
  return (
    <section className="coverage-compare" aria-labelledby={`${id}-h`} data-testid="coverage-compare">
      <h3 id={`${id}-h`} className="group-heading">
        {t('compareHeading')}
      </h3>
      <div className="compare-controls">
        <label htmlFor={id}>{t('compareLabel')}</label>
        <input
          id={id}
          type="date"
          value={other ?? ''}
          data-testid="compare-date"
          onChange={(event) => {
            if (event.target.value) setOther(event.target.value);
          }}
        />
        {other && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setOther(null);
            }}
          >
            {t('compareClear')}
          </button>
        )}
      </div>
      {other && query.isPending && <p role="status">{t('compareLoading', { date: other })}</p>}
      {other && query.isError && <p role="alert">{t('compareFailed', { date: other })}</p>}
      {diff && (
        <div className="compare-result" data-testid="compare-result">
          <p className="compare-span">{t('compareFrom', { before, after })}</p>
          <Changes title="compareAdded" changes={diff.added} kind="added" />
          <Changes title="compareRemoved" changes={diff.removed} kind="removed" />
          <Changes title="compareChanged" changes={diff.changed} kind="changed" />
          {diff.added.length + diff.removed.length + diff.changed.length === 0 && <p>{t('compareNone')}</p>}
          {diff.same > 0 && <p className="compare-same">{t('compareSame', { count: diff.same })}</p>}
        </div>
      )}
    </section>
  );
}
