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
}

export async function searchPaths<R>(
  fetchPaths: (variables: PathsQueryVariables, signal: AbortSignal) => Promise<R[]>,
  ends: PathEnds,
  plan: PathQueryPlan,
  signal: AbortSignal,
): Promise<R[]> {
  const found = await fetchPaths({ ...ends, ...plan.first }, signal);
  if (found.length > 0 || !plan.fallback) return found;
  return fetchPaths({ ...ends, ...plan.fallback }, signal);
}
