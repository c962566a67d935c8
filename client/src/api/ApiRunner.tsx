/**
 * Runs API calls for the whole explorer: counts what is loading (for the progress bar and the live region)
 * and keeps the last failure with a retry, shown by the error banner.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError, isAbort } from './graphql';

export type FailureKind = 'down' | 'network' | 'notFound' | 'badInput' | 'generic';

export interface ApiFailure {
  readonly kind: FailureKind;
}

export function failureKind(error: unknown): FailureKind {
  if (!(error instanceof ApiError)) return 'generic';
  switch (error.code) {
    case 'SERVICE_UNAVAILABLE':
      return 'down';
    case 'NETWORK_ERROR':
      return 'network';
    case 'NOT_FOUND':
      return 'notFound';
    case 'BAD_USER_INPUT':
      return 'badInput';
    case 'BAD_RESPONSE':
      return error.status !== undefined && error.status >= 500 ? 'down' : 'generic';
    default:
      return 'generic';
  }
}

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

export function useApiRunnerState(): ApiRunner {
  const [pending, setPending] = useState(0);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const failed = useRef(new Set<Task<unknown>>());

  const run = useCallback(async <T,>(task: Task<T>, signal?: AbortSignal): Promise<T | undefined> => {
    const controller = new AbortController();
    const onAbort = () => {
      controller.abort();
    };
    signal?.addEventListener('abort', onAbort);
    setPending((n) => n + 1);
    try {
      const result = await task(controller.signal);
      if (failed.current.delete(task) || failed.current.size === 0) setFailure(null);
      return result;
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return undefined;
      failed.current.add(task);
      setFailure({ kind: failureKind(error) });
      return undefined;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      setPending((n) => n - 1);
    }
  }, []);

  const retry = useCallback(() => {
    const tasks = [...failed.current];
    failed.current.clear();
    setFailure(null);
    for (const task of tasks) void run(task);
  }, [run]);

  const dismiss = useCallback(() => {
    failed.current.clear();
    setFailure(null);
  }, []);

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
