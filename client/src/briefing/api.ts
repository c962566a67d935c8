/** The briefing query (api/briefing.graphql). */
import { queryOptions } from '@tanstack/react-query';
import { apiLang } from '#domain';
import { BriefingDocument } from '../api/gql/graphql';
import { request } from '../api/graphql';
import { fetchThrough } from '../api/queryClient';
import type { Lang } from '../state/types';
import type { Briefing } from './model';

/** The briefing as of a day; today (null) sends no `asOf`. */
export const briefingQuery = (ids: readonly string[], lang: Lang, title: string | null, asOf: string | null = null) =>
  queryOptions({
    queryKey: ['briefing', ids, lang, title, asOf],
    queryFn: async ({ signal }): Promise<Briefing> =>
      (await request(BriefingDocument, { ids: [...ids], lang: apiLang(lang), title, asOf: asOf ?? undefined }, signal))
        .briefing,
  });

export function fetchBriefing(
  ids: readonly string[],
  lang: Lang,
  title: string | null,
  asOf: string | null = null,
  signal?: AbortSignal,
): Promise<Briefing> {
  return fetchThrough(briefingQuery(ids, lang, title, asOf), signal);
}
