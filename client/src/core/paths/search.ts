/**
 * The Paths tool's search: the first request of a plan (see domain/pathFilter), then its fallback when the first
 * finds nothing. The fetcher is passed in, so the sequence is tested without a server.
 */
import type { PathsQueryVariables } from '../../api/gql/graphql';
import type { PathQueryPlan } from '../../domain/pathFilter';

export interface PathEnds {
  readonly from: string;
  readonly to: string;
  readonly maxLength: number;
  readonly limit: number;
  /** The day the paths are as of; absent or null for today. */
  readonly asOf?: string | null;
}

export async function searchPaths<A extends { readonly paths: readonly unknown[] }>(
  fetchPaths: (variables: PathsQueryVariables, signal: AbortSignal) => Promise<A>,
  ends: PathEnds,
  plan: PathQueryPlan,
  signal: AbortSignal,
): Promise<A> {
  // Today is left to the server: no `asOf` is sent, and the cache key does not hold one.
  const base = { ...ends, asOf: ends.asOf ?? undefined };
  const found = await fetchPaths({ ...base, ...plan.first }, signal);
  if (found.paths.length > 0 || !plan.fallback) return found;
  return fetchPaths({ ...base, ...plan.fallback }, signal);
}
