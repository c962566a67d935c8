/**
 * A thin adapter between the explorer's effects and the query client: what is loading (the client's fetches and the
 * effects still running, for the progress bar and the live region) and the last failure with a retry, shown by the
 * error banner. Requests, their cache, retries of transient failures and deduplication are TanStack Query's; an
 * effect's follow-up work (merging an answer into the view) is why a retry runs the effect again, not just the query.
 * Components that read with `useQuery` need nothing of this: their failures reach the banner, and Retry refetches them.
 */
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { failureKind, isAbort, type ApiFailure } from './errors';
import { hasShownQueryErrors, shownQueryErrors, watchShownQueryErrors } from './queryClient';

export type Task<T> = (signal: AbortSignal) => Promise<T>;

export interface ApiRunner {
  readonly pending: number;
  readonly failure: ApiFailure | null;
  /** Runs a task; resolves to undefined when it failed (the banner then offers a retry) or was aborted. */
  readonly run: <T>(task: Task<T>, signal?: AbortSignal) => Promise<T | undefined>;
  /** Runs the failed tasks again. */
  readonly retry: () => void;
  readonly dismiss: () => void;
}

const ApiContext = createContext<ApiRunner | null>(null);

/** A signal for tasks run without one. */
const NEVER = new AbortController().signal;

export function useApiRunnerState(): ApiRunner {
  const queryClient = useQueryClient();
  const fetching = useIsFetching();
  const [running, setRunning] = useState(0);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const failed = useRef(new Set<Task<unknown>>());

  const run = useCallback(
    async <T,>(task: Task<T>, signal: AbortSignal = NEVER): Promise<T | undefined> => {
      setRunning((n) => n + 1);
      try {
        const result = await task(signal);
        const recovered = failed.current.delete(task) || failed.current.size === 0;
        if (recovered && !hasShownQueryErrors(queryClient)) setFailure(null);
        return result;
      } catch (error) {
        if (isAbort(error) || signal.aborted) return undefined;
        failed.current.add(task);
        setFailure({ kind: failureKind(error) });
        return undefined;
      } finally {
        setRunning((n) => n - 1);
      }
    },
    [queryClient],
  );

  useEffect(
    () =>
      watchShownQueryErrors(queryClient, (error) => {
        setFailure({ kind: failureKind(error) });
      }),
    [queryClient],
  );

  const retry = useCallback(() => {
    const tasks = [...failed.current];
    failed.current.clear();
    setFailure(null);
    for (const task of tasks) void run(task);
    void queryClient.refetchQueries(shownQueryErrors);
  }, [run, queryClient]);

  const dismiss = useCallback(() => {
    failed.current.clear();
    setFailure(null);
  }, []);

  const pending = running + fetching;
  return useMemo(() => ({ pending, failure, run, retry, dismiss }), [pending, failure, run, retry, dismiss]);
}

export function ApiProvider({ value, children }: { readonly value: ApiRunner; readonly children: ReactNode }) {
  return <ApiContext value={value}>{children}</ApiContext>;
}

export function useApi(): ApiRunner {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiProvider.');
  return api;
}
