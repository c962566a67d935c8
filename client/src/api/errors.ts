/**
 * The API's failures as the explorer sees them: one error type carrying the server's code, the plain-language kind
 * the error banner shows, and which failures are worth retrying (the query client's retry predicate).
 */

/**
 * `code` is the server's extensions.code (BAD_USER_INPUT, NOT_FOUND, SERVICE_UNAVAILABLE, RATE_LIMITED, …), or
 * NETWORK_ERROR when the server cannot be reached, or BAD_RESPONSE when it answered with something that is not GraphQL.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
    /** The argument the server blamed (extensions.argumentName), e.g. `from` when a path's start is unknown. */
    readonly argument?: string,
  ) {
    super(message);
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export type FailureKind = 'down' | 'network' | 'notFound' | 'badInput' | 'rateLimited' | 'generic';

export interface ApiFailure {
  readonly kind: FailureKind;
}

/** Failures that may pass when asked again (the others answer the same until the request changes). */
export function canRetry(kind: FailureKind): boolean {
  return kind !== 'notFound' && kind !== 'badInput';
}

/** The argument the server blamed for a failure, when it named one. */
export function failedArgument(error: unknown): string | null {
  return error instanceof ApiError ? (error.argument ?? null) : null;
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
    case 'RATE_LIMITED':
      return 'rateLimited';
    case 'BAD_RESPONSE':
      return error.status !== undefined && error.status >= 500 ? 'down' : 'generic';
    default:
      return 'generic';
  }
}

/** How many times a transient failure is tried again before the banner shows it. */
export const MAX_RETRIES = 2;

/**
 * Only failures that may pass by themselves are retried: the network, the database or a 5xx. A bad input, an unknown
 * id or a rate limit answers the same (or worse) the next time.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.code === 'NETWORK_ERROR' || error.code === 'SERVICE_UNAVAILABLE') return true;
  return error.status !== undefined && error.status >= 500;
}

/** TanStack Query's `retry` option: `failureCount` is the number of failed attempts before this one. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isTransient(error);
}

/** TanStack Query's `retryDelay`: short, growing waits, so a banner still comes within a few seconds. */
export function retryDelay(failureCount: number): number {
  return Math.min(500 * 2 ** failureCount, 4000);
}
