/** The explorer's start view: what the atlas is, and the best-connected part of the graph drawn from Neo4j. */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OverviewQuery, OverviewQueryVariables } from './api/operations.generated';
import overviewDocument from './api/overview.graphql?raw';
import { ApiError, request } from './api/graphql';
import { toElements } from './graph/elements';
import { GraphCanvas } from './graph/GraphCanvas';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: OverviewQuery };

declare global {
  interface Window {
    /** Exposed for end-to-end tests and debugging. */
    __atlasCy?: Core;
  }
}

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const variables: OverviewQueryVariables = { limit: 60, lang: 'EN' };
    request<OverviewQuery>(overviewDocument, variables, controller.signal).then(
      (data) => {
        setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          status: 'error',
          message: error instanceof ApiError ? error.message : 'The graph could not be loaded.',
        });
      },
    );
    return () => {
      controller.abort();
    };
  }, [attempt]);

  const elements = useMemo(
    () => (state.status === 'ready' ? toElements(state.data.overview.nodes, state.data.overview.edges) : []),
    [state],
  );
  const onReady = useCallback((cy: Core) => {
    window.__atlasCy = cy;
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Dual-Use AI Atlas</h1>
        <p>
          Which export controls, treaties and agencies cover AI chips, models, weights and cloud — and how controls are
          circumvented. Every fact is cited to the UNIDO expert report.
        </p>
      </header>
      <main className="app-main">
        {state.status === 'loading' && (
          <p role="status" className="status">
            Loading the graph…
          </p>
        )}
        {state.status === 'error' && (
          <div role="alert" className="error-banner">
            <p>{state.message}</p>
            <button
              type="button"
              onClick={() => {
                setState({ status: 'loading' });
                setAttempt((n) => n + 1);
              }}
            >
              Retry
            </button>
          </div>
        )}
        {state.status === 'ready' && (
          <p className="status" data-testid="graph-stats">
            {state.data.graphStats.nodes} entities and {state.data.graphStats.relationships} relationships; showing the{' '}
            {state.data.overview.nodes.length} best connected.
          </p>
        )}
        <GraphCanvas elements={elements} ariaLabel="Graph of the best-connected entities" onReady={onReady} />
      </main>
    </div>
  );
}
