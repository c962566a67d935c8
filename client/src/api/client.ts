/**
 * The explorer's API operations, typed by the documents codegen generates from client/src/api/*.graphql: a TanStack
 * Query options factory per operation (for `useQuery` and `queryClient.query`), and fetch functions for callers
 * outside React, which read through the shared query client (so they share its cache, retries and deduplication).
 */
import { queryOptions } from '@tanstack/react-query';
import { apiLang, type Lang } from '#domain';
import { fetchEntitiesById } from './entities';
import {
  CoverageDocument,
  EntityDetailDocument,
  LinksDocument,
  NeighborhoodDocument,
  OverviewDocument,
  PathsDocument,
  SearchDocument,
  StatsDocument,
  type CoverageQuery,
  type EntityDetailQuery,
  type EntityKind,
  type EntityLinksFragment,
  type NeighborhoodQuery,
  type NeighborhoodQueryVariables,
  type OverviewQueryVariables,
  type PathsQuery,
  type PathsQueryVariables,
  type SearchQuery,
  type StatsQuery,
} from './gql/graphql';
import { request } from './graphql';
import { fetchThrough } from './queryClient';

export type SearchHit = SearchQuery['search'][number];
export type EntityDetail = NonNullable<EntityDetailQuery['entity']>;
export type Subgraph = NeighborhoodQuery['neighborhood'];
export type PathResult = PathsQuery['paths'][number];
export type CoverageResult = CoverageQuery['coverage'][number];
export type GraphStats = StatsQuery['graphStats'];

/** How many hits a search asks for. */
const SEARCH_LIMIT = 30;

export const statsQuery = () =>
  queryOptions({
    queryKey: ['stats'],
    queryFn: async ({ signal }) => (await request(StatsDocument, {}, signal)).graphStats,
  });

export const overviewQuery = (variables: OverviewQueryVariables) =>
  queryOptions({
    queryKey: ['overview', variables],
    queryFn: async ({ signal }) => (await request(OverviewDocument, variables, signal)).overview,
  });

export const searchQuery = (text: string, kinds: readonly EntityKind[] | null) =>
  queryOptions({
    queryKey: ['search', text, kinds],
    queryFn: async ({ signal }) =>
      (await request(SearchDocument, { text, kinds: kinds ? [...kinds] : null, limit: SEARCH_LIMIT }, signal)).search,
  });

export const entityQuery = (id: string, lang: Lang) =>
  queryOptions({
    queryKey: ['entity', id, lang],
    queryFn: async ({ signal }) => (await request(EntityDetailDocument, { id, lang: apiLang(lang) }, signal)).entity,
  });

export const neighborhoodQuery = (variables: NeighborhoodQueryVariables) =>
  queryOptions({
    queryKey: ['neighborhood', variables],
    queryFn: async ({ signal }) => (await request(NeighborhoodDocument, variables, signal)).neighborhood,
  });

export const pathsQuery = (variables: PathsQueryVariables) =>
  queryOptions({
    queryKey: ['paths', variables],
    queryFn: async ({ signal }) => (await request(PathsDocument, variables, signal)).paths,
  });

export const coverageQuery = (technologyId: string, lang: Lang) =>
  queryOptions({
    queryKey: ['coverage', technologyId, lang],
    queryFn: async ({ signal }) =>
      (await request(CoverageDocument, { technologyId, lang: apiLang(lang) }, signal)).coverage,
  });

/** Entities with all their relationships (ids, types, the other end's names), aligned with `ids`. */
export const linksQuery = (ids: readonly string[]) =>
  queryOptions({
    queryKey: ['links', ids],
    queryFn: ({ signal }) => fetchEntitiesById<EntityLinksFragment>(LinksDocument, ids, signal),
  });

export function fetchStats(signal?: AbortSignal): Promise<GraphStats> {
  return fetchThrough(statsQuery(), signal);
}

export function fetchOverview(variables: OverviewQueryVariables, signal?: AbortSignal): Promise<Subgraph> {
  return fetchThrough(overviewQuery(variables), signal);
}

export function search(text: string, kinds: readonly EntityKind[] | null, signal?: AbortSignal) {
  return fetchThrough(searchQuery(text, kinds), signal);
}

export function fetchEntity(id: string, lang: Lang, signal?: AbortSignal): Promise<EntityDetail | null> {
  return fetchThrough(entityQuery(id, lang), signal);
}

export function fetchNeighborhood(variables: NeighborhoodQueryVariables, signal?: AbortSignal): Promise<Subgraph> {
  return fetchThrough(neighborhoodQuery(variables), signal);
}

export function fetchPaths(variables: PathsQueryVariables, signal?: AbortSignal): Promise<PathResult[]> {
  return fetchThrough(pathsQuery(variables), signal);
}

export function fetchCoverage(technologyId: string, lang: Lang, signal?: AbortSignal) {
  return fetchThrough(coverageQuery(technologyId, lang), signal);
}

/** Entities with all their relationships; returns the entities found, and the ids the API does not know. */
export async function fetchLinks(
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<{ found: EntityLinksFragment[]; missing: string[] }> {
  const entities = await fetchThrough(linksQuery(ids), signal);
  const found: EntityLinksFragment[] = [];
  const missing: string[] = [];
  ids.forEach((id, i) => {
    const entity = entities[i];
    if (entity) found.push(entity);
    else missing.push(id);
  });
  return { found, missing };
}
