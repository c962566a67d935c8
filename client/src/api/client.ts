/**
 * The explorer's API operations, typed by the documents codegen generates from client/src/api/*.graphql: a TanStack
 * Query options factory per operation (for `useQuery` and `queryClient.query`), and fetch functions for callers
 * outside React, which read through the shared query client (so they share its cache, retries and deduplication).
 */
import { queryOptions } from '@tanstack/react-query';
import type { Lang } from '#domain';
import {
  localCoverage,
  localEntity,
  localPath,
  type LocalCoverage,
  type LocalEntity,
  type LocalPath,
} from './bilingual';
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
/** The answers below are read in one language (api/bilingual.ts); their cache holds both languages. */
export type EntityDetail = LocalEntity;
export type Subgraph = NeighborhoodQuery['neighborhood'];
export type PathResult = LocalPath;
export type SkippedHub = PathsQuery['paths']['skippedHubs'][number];
export type CoverageResult = LocalCoverage;
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

/** An entity with every text in both languages: one cached answer for either language (no language in the key). */
const entityDetailQuery = (id: string) =>
  queryOptions({
    queryKey: ['entity', id],
    queryFn: async ({ signal }) => (await request(EntityDetailDocument, { id }, signal)).entity,
  });

/** The entity read in `lang`, from the one cached answer of both languages. */
export const entityQuery = (id: string, lang: Lang) =>
  queryOptions({
    ...entityDetailQuery(id),
    select: (entity) => (entity ? localEntity(entity, lang) : null),
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

/** A technology's coverage as of a day; today (null) sends no `asOf` and leaves it out of the key. */
export const coverageQuery = (technologyId: string, asOf: string | null = null) =>
  queryOptions({
    queryKey: asOf ? ['coverage', technologyId, asOf] : ['coverage', technologyId],
    queryFn: async ({ signal }) =>
      (await request(CoverageDocument, { technologyId, asOf: asOf ?? undefined }, signal)).coverage,
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

export async function fetchEntity(id: string, lang: Lang, signal?: AbortSignal): Promise<EntityDetail | null> {
  const entity = await fetchThrough(entityDetailQuery(id), signal);
  return entity ? localEntity(entity, lang) : null;
}

export function fetchNeighborhood(variables: NeighborhoodQueryVariables, signal?: AbortSignal): Promise<Subgraph> {
  return fetchThrough(neighborhoodQuery(variables), signal);
}

/** The paths found, in `lang`, and the hubs the search did not walk through (see PathsAnswer in the API). */
export interface PathsFound {
  readonly paths: readonly PathResult[];
  readonly skippedHubs: readonly SkippedHub[];
}

export async function fetchPaths(
  variables: PathsQueryVariables,
  lang: Lang,
  signal?: AbortSignal,
): Promise<PathsFound> {
  const answer = await fetchThrough(pathsQuery(variables), signal);
  return { paths: answer.paths.map((path) => localPath(path, lang)), skippedHubs: answer.skippedHubs };
}

export async function fetchCoverage(
  technologyId: string,
  lang: Lang,
  asOf: string | null = null,
  signal?: AbortSignal,
): Promise<CoverageResult[]> {
  return (await fetchThrough(coverageQuery(technologyId, asOf), signal)).map((item) => localCoverage(item, lang));
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
