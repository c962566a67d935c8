/**
 * The dated questions' operations (api/matrix.graphql, api/timeline.graphql): the coverage matrix, the gaps summary
 * and the timeline, as TanStack Query options. Today (a null day) sends no `asOf` and leaves it out of the key.
 */
import { queryOptions } from '@tanstack/react-query';
import {
  CoverageGapsDocument,
  CoverageMatrixDocument,
  TimelineDocument,
  type CoverageGapsQuery,
  type CoverageMatrixQuery,
  type TimelineQuery,
} from './gql/graphql';
import { request } from './graphql';

export type CoverageMatrix = CoverageMatrixQuery['coverageMatrix'];
export type MatrixRow = CoverageMatrix['rows'][number];
export type MatrixCell = MatrixRow['cells'][number];
export type CoverageGap = CoverageGapsQuery['coverageGaps'][number];
export type Timeline = TimelineQuery['timeline'];
export type TimelineEvent = Timeline['events'][number];

/** The whole matrix, or only some technologies' rows (a briefing's). */
export const matrixQuery = (asOf: string | null, technologyIds: readonly string[] | null = null) =>
  queryOptions({
    queryKey: ['coverageMatrix', asOf ?? 'today', technologyIds],
    queryFn: async ({ signal }) =>
      (
        await request(
          CoverageMatrixDocument,
          { technologyIds: technologyIds ? [...technologyIds] : null, instrumentKinds: null, asOf: asOf ?? undefined },
          signal,
        )
      ).coverageMatrix,
  });

export const gapsQuery = (asOf: string | null) =>
  queryOptions({
    queryKey: ['coverageGaps', asOf ?? 'today'],
    queryFn: async ({ signal }) =>
      (await request(CoverageGapsDocument, { asOf: asOf ?? undefined }, signal)).coverageGaps,
  });

/** The server's cap on a timeline's events. */
export const TIMELINE_LIMIT = 500;

/** The dated changes of some entities and their relationships; null ids asks for every entity's. */
export const timelineQuery = (ids: readonly string[] | null) =>
  queryOptions({
    queryKey: ['timeline', ids],
    queryFn: async ({ signal }) =>
      (
        await request(
          TimelineDocument,
          { ids: ids ? [...ids] : null, from: null, to: null, limit: TIMELINE_LIMIT },
          signal,
        )
      ).timeline,
  });
