/**
 * The explorer's TanStack Query client: how long answers stay fresh, which failures are retried, and the one shared
 * instance that main.tsx provides to components and that code outside React (fetch functions, store effects) reads
 * through.
 */
import {
  CancelledError,
  QueryClient,
  type Query,
  type QueryExecuteOptions,
  type QueryKey,
} from '@tanstack/react-query';
import { retryDelay, shouldRetry } from './errors';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The graph does not change while the page is open (a new seed is a new data version, read on the next load),
        // so an answer never goes stale and nothing is refetched on focus or reconnect.
        staleTime: Infinity,
        retry: shouldRetry,
        retryDelay,
        // Requests go out even when the browser believes it is offline, so a failure reaches the banner instead of
        // waiting silently for the network to come back.
        networkMode: 'always',
      },
    },
  });
}

export const queryClient = createQueryClient();

/**
 * Reads a query through the shared cache. Aborting `signal` stops the caller waiting; the request itself completes
 * into the cache, where another caller asking for the same data finds it.
 */
export function fetchThrough<T, K extends QueryKey>(
  options: QueryExecuteOptions<T, Error, T, T, K>,
  signal?: AbortSignal,
  client: QueryClient = queryClient,
): Promise<T> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const result = client.query(options);
  if (!signal) return result;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(abortError(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    result.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

function abortError(signal: AbortSignal): DOMException {
  return signal.reason instanceof DOMException ? signal.reason : new DOMException('Aborted', 'AbortError');
}

/** The failed queries that components show, which the banner's Retry refetches. */
export const shownQueryErrors = {
  type: 'active',
  predicate: (query: Query) => query.state.status === 'error',
} as const;

export function hasShownQueryErrors(client: QueryClient): boolean {
  return client.getQueryCache().findAll(shownQueryErrors).length > 0;
}

/**
 * Calls `onFailure` when a query that a component shows (one with observers, from `useQuery`) fails for good.
 * Imperative reads are left out: their callers see the error and report it.
 */
export function watchShownQueryErrors(client: QueryClient, onFailure: (error: unknown) => void): () => void {
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    const shown = event.query.getObserversCount() > 0;
    if (shown && !(event.action.error instanceof CancelledError)) onFailure(event.action.error);
  });
}
