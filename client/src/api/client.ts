/** The explorer's API calls, typed by the operations generated from client/src/api/*.graphql. */
import coverageDocument from './coverage.graphql?raw';
import entityDocument from './entity.graphql?raw';
import linksFragment from './links.graphql?raw';
import neighborhoodDocument from './neighborhood.graphql?raw';
import overviewDocument from './overview.graphql?raw';
import pathsDocument from './paths.graphql?raw';
import searchDocument from './search.graphql?raw';
import statsDocument from './stats.graphql?raw';
import { request } from './graphql';
import type {
  CoverageQuery,
  CoverageQueryVariables,
  EntityDetailQuery,
  EntityDetailQueryVariables,
  EntityKind,
  EntityLinksFragment,
  Lang as ApiLang,
  NeighborhoodQuery,
  NeighborhoodQueryVariables,
  OverviewQuery,
  OverviewQueryVariables,
  PathsQuery,
  PathsQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  StatsQuery,
} from './operations.generated';
import type { Lang } from '../state/types';

export type SearchHit = SearchQuery['search'][number];
export type EntityDetail = NonNullable<EntityDetailQuery['entity']>;
export type Subgraph = NeighborhoodQuery['neighborhood'];
export type PathResult = PathsQuery['paths'][number];
export type CoverageResult = CoverageQuery['coverage'][number];
export type SourceInfo = EntityDetail['sources'][number];
export type PathEdge = PathResult['edges'][number];
export type GraphStats = StatsQuery['graphStats'];

export function apiLang(lang: Lang): ApiLang {
  return lang === 'zh' ? 'ZH' : 'EN';
}

export async function fetchStats(signal?: AbortSignal): Promise<GraphStats> {
  return (await request<StatsQuery>(statsDocument, {}, signal)).graphStats;
}

export async function fetchOverview(variables: OverviewQueryVariables, signal?: AbortSignal): Promise<Subgraph> {
  return (await request<OverviewQuery>(overviewDocument, variables, signal)).overview;
}

export async function search(text: string, kinds: readonly EntityKind[] | null, signal?: AbortSignal) {
  const variables: SearchQueryVariables = { text, kinds: kinds ? [...kinds] : null, limit: 30 };
  return (await request<SearchQuery>(searchDocument, variables, signal)).search;
}

export async function fetchEntity(id: string, lang: Lang, signal?: AbortSignal): Promise<EntityDetail | null> {
  const variables: EntityDetailQueryVariables = { id, lang: apiLang(lang) };
  return (await request<EntityDetailQuery>(entityDocument, variables, signal)).entity;
}

export async function fetchNeighborhood(
  variables: NeighborhoodQueryVariables,
  signal?: AbortSignal,
): Promise<Subgraph> {
  return (await request<NeighborhoodQuery>(neighborhoodDocument, variables, signal)).neighborhood;
}

export async function fetchPaths(variables: PathsQueryVariables, signal?: AbortSignal): Promise<PathResult[]> {
  return (await request<PathsQuery>(pathsDocument, variables, signal)).paths;
}

export async function fetchCoverage(technologyId: string, lang: Lang, signal?: AbortSignal) {
  const variables: CoverageQueryVariables = { technologyId, lang: apiLang(lang) };
  return (await request<CoverageQuery>(coverageDocument, variables, signal)).coverage;
}

/** How many entities one batched links request asks for. */
export const LINKS_BATCH = 20;

/** The GraphQL document that fetches several entities with their relationships, one alias per id. */
export function linksDocument(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$i${i}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `e${i}: entity(id: $i${i}) { ...EntityLinks }`).join('\n  ');
  return `query Links(${vars}) {\n  ${fields}\n}\n${linksFragment}`;
}

/**
 * Fetches entities with all their relationships (ids, types, the other end's names), in batches.
 * Returns the entities found, and the ids the API does not know.
 */
export async function fetchLinks(
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<{ found: EntityLinksFragment[]; missing: string[] }> {
  const found: EntityLinksFragment[] = [];
  const missing: string[] = [];
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += LINKS_BATCH) batches.push(ids.slice(i, i + LINKS_BATCH));
  const results = await Promise.all(
    batches.map(async (batch) => {
      const variables = Object.fromEntries(batch.map((id, i) => [`i${i}`, id]));
      const data = await request<Record<string, EntityLinksFragment | null>>(
        linksDocument(batch.length),
        variables,
        signal,
      );
      return batch.map((id, i) => ({ id, entity: data[`e${i}`] ?? null }));
    }),
  );
  for (const { id, entity } of results.flat()) {
    if (entity) found.push(entity);
    else missing.push(id);
  }
  return { found, missing };
}
