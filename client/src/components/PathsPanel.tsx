/**
 * Job 2: the k shortest paths between any two entities, listed as cited sentence chains and highlighted. The search
 * uses the relationship types chosen here (citation links off unless turned on) minus those hidden in the legend; a
 * path that runs through citation links is marked as such.
 */
import { useMemo, useState } from 'react';
import { openNode } from '../app/navigation';
import { remember } from '../core/graph/actions';
import { MAX_PATH_LENGTH, setPathFilter } from '../core/paths/actions';
import { failureOf, pathsKey } from '../core/failures';
import { choosePathEnds, findPaths } from '../core/paths/effects';
import { atlas, useAtlas } from '../core/store';
import { numberCitations, toChain } from '../domain/chains';
import { citationsAsked, DEFAULT_PATH_FILTER, pathFilterKey } from '../domain/pathFilter';
import { useI18n } from '../i18n/I18n';
import { nodeName, type NodeInfo } from '../state/types';
import { ChainView, CitationList } from './Chain';
import { FailureLine } from './FailureLine';
import { Icon } from './Icon';
import { KindIcon } from './KindIcon';
import { PathTypeFilter } from './PathTypeFilter';
import { ResultActions, ResultItem, ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import { SkippedHubs } from './SkippedHubs';
import './coverage-paths.css';
import { PinResult } from './results/PinResult';

/**
 * One end of the search: the chosen entity, or a picker. An end named by a link whose entity has not arrived yet is
 * shown as loading, not as a picker, so the end does not look lost.
 */
function Endpoint({
  label,
  node,
  pending,
  onPick,
  onClear,
}: {
  readonly label: string;
  readonly node: NodeInfo | null;
  readonly pending: boolean;
  readonly onPick: (node: NodeInfo) => void;
  readonly onClear: () => void;
}) {
  const { t, lang, kindLabel } = useI18n();
  return (
    <div className="endpoint">
      <span className="endpoint-label">{label}</span>
      {pending ? (
        <div className="chip" aria-busy="true" data-testid="endpoint-pending">
          <span>{t('loading')}</span>
          <button type="button" className="icon-btn" aria-label={`${t('dismiss')}: ${label}`} onClick={onClear}>
            <Icon name="close" size={12} />
          </button>
        </div>
      ) : node ? (
        <div className="chip">
          <KindIcon kind={node.kind} label={kindLabel(node.kind)} />
          <span>{nodeName(node, lang)}</span>
          <button
            type="button"
            className="icon-btn"
            aria-label={`${t('dismiss')}: ${nodeName(node, lang)}`}
            onClick={onClear}
          >
            <Icon name="close" size={12} />
          </button>
        </div>
      ) : (
        <SearchBox label={`${label}: ${t('pickEntity')}`} placeholder={t('pickEntity')} onPick={onPick} />
      )}
    </div>
  );
}

/** The paths between two ends, as the store holds them; either end may still be missing. */
export function PathsPanel({ from: fromId, to: toId }: { readonly from: string | null; readonly to: string | null }) {
  const { t, lang } = useI18n();
  const from = useAtlas((s) => (fromId ? (s.data.nodes[fromId] ?? null) : null));
  const to = useAtlas((s) => (toId ? (s.data.nodes[toId] ?? null) : null));
  const missing = useAtlas((s) => s.data.missing);
  const paths = useAtlas((s) => s.paths);
  const filter = useAtlas((s) => s.pathFilter);
  const hiddenRelTypes = useAtlas((s) => s.history.present.hiddenRelTypes);
  const [maxLength, setMaxLength] = useState(MAX_PATH_LENGTH);
  const current = paths && from && to && paths.from === from.id && paths.to === to.id ? paths : null;
  const results = current?.results ?? null;
  const failure = useAtlas((s) => failureOf(s, 'paths', fromId && toId ? pathsKey(fromId, toId) : null));
  // An end named by id whose entity has not arrived is loading, unless the atlas said it has no such entity or the
  // search failed (the failure line names an unknown end, and the picker lets the reader choose another).
  const pending = (id: string | null, node: NodeInfo | null): boolean =>
    id !== null && node === null && !missing.includes(id) && !failure;
  const numbered = useMemo(() => numberCitations(results ?? []), [results]);
  const asked = citationsAsked(filter, hiddenRelTypes);
  // Anything left out beyond the default (citation links) makes "no path" a statement about the chosen types.
  const narrowed = pathFilterKey(filter, hiddenRelTypes) !== pathFilterKey(DEFAULT_PATH_FILTER, []);
  const onlyCitations = !asked && results !== null && results.length > 0 && results.every((p) => p.throughCitations);
  const pick = (node: NodeInfo, end: 'from' | 'to') => {
    atlas.setState(remember(node));
    if (end === 'from') choosePathEnds(node.id, to?.id ?? null);
    else choosePathEnds(from?.id ?? null, node.id);
  };

  return (
    <section className="panel paths-panel" aria-labelledby="paths-heading" data-testid="paths-panel">
      <h2 id="paths-heading">{t('pathsHeading')}</h2>
      <p className="panel-intro">{t('pathsIntro')}</p>
      <PinResult />
      <form
        className="paths-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (from && to) findPaths(from.id, to.id, maxLength);
        }}
      >
        <Endpoint
          label={t('pathFrom')}
          node={from}
          pending={pending(fromId, from)}
          onPick={(node) => {
            pick(node, 'from');
          }}
          onClear={() => {
            choosePathEnds(null, to?.id ?? null);
          }}
        />
        <Endpoint
          label={t('pathTo')}
          node={to}
          pending={pending(toId, to)}
          onPick={(node) => {
            pick(node, 'to');
          }}
          onClear={() => {
            choosePathEnds(from?.id ?? null, null);
          }}
        />
        <div className="paths-controls">
          <label>
            {t('pathMaxLength')}{' '}
            <select
              value={maxLength}
              onChange={(event) => {
                setMaxLength(Number(event.target.value));
              }}
            >
              {[2, 3, 4, 5, 6, 7, 8].map((n) => (
                <option key={n} value={n}>
                  {t('hops', { count: n })}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="btn small"
            disabled={!from && !to}
            onClick={() => {
              choosePathEnds(to?.id ?? null, from?.id ?? null);
            }}
          >
            {t('swap')}
          </button>
          <button type="submit" className="btn primary small" disabled={!from || !to} data-testid="find-paths">
            {t('pathsFind')}
          </button>
        </div>
        <PathTypeFilter
          filter={filter}
          hiddenInLegend={hiddenRelTypes}
          onChange={(next) => {
            atlas.setState(setPathFilter(next));
          }}
        />
      </form>
      {failure && !results && (
        <FailureLine
          what={t('failedPaths')}
          kind={failure.kind}
          detail={
            failure.kind === 'notFound' && (failure.argument === 'from' || failure.argument === 'to')
              ? t('pathEndUnknown', {
                  end: t(failure.argument === 'from' ? 'pathStart' : 'pathEnd'),
                  id: (failure.argument === 'from' ? fromId : toId) ?? '',
                })
              : null
          }
          onRetry={() => {
            if (fromId && toId) findPaths(fromId, toId, current?.maxLength ?? maxLength);
          }}
        />
      )}
      {current && !results && !failure && (
        <p role="status" className="loading-line">
          {t('loading')}
        </p>
      )}
      {results?.length === 0 && (
        <p className="empty">
          {t(narrowed ? 'pathsNoneFiltered' : 'pathsNone', { n: current?.maxLength ?? maxLength })}
        </p>
      )}
      {results && current && <SkippedHubs hubs={current.skippedHubs} />}
      {results && results.length > 0 && (
        <>
          <ResultActions>
            <span>{t('pathsFound', { count: results.length })}</span>
          </ResultActions>
          {onlyCitations && (
            <p className="finding finding-citations" data-testid="paths-citations-note">
              <span className="finding-label citations-badge">{t('onlyThroughCitations')}</span>{' '}
              {t('onlyThroughCitationsNote')}
            </p>
          )}
          <ResultList testId="paths-list">
            {results.map((path, i) => {
              const chain = toChain(path, lang, numbered.numberOf);
              return (
                <ResultItem
                  key={path.nodes.map((n) => n.id).join('>')}
                  index={i}
                  testId="path-item"
                  data={{ 'data-through-citations': path.throughCitations }}
                  title={
                    <>
                      <Icon name="route" size={14} />
                      <span>{t('pathN', { n: i + 1 })}</span>
                    </>
                  }
                  meta={
                    <>
                      {t('hops', { count: path.length })}
                      {path.throughCitations && ' '}
                      {path.throughCitations && (
                        <span className="citations-badge" data-testid="citations-badge">
                          {t(asked ? 'throughCitations' : 'onlyThroughCitations')}
                        </span>
                      )}
                    </>
                  }
                >
                  {chain && <ChainView chain={chain} scope="paths" onNode={openNode} />}
                </ResultItem>
              );
            })}
          </ResultList>
          <CitationList citations={numbered.citations} scope="paths" />
        </>
      )}
    </section>
  );
}
