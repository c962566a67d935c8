/** The briefing query (api/briefing.graphql). */
import { queryOptions } from '@tanstack/react-query';
import { apiLang } from '#domain';
import { BriefingDocument } from '../api/gql/graphql';
import { request } from '../api/graphql';
import { fetchThrough } from '../api/queryClient';
import type { Lang } from '../state/types';
import type { Briefing } from './model';

export const briefingQuery = (ids: readonly string[], lang: Lang, title: string | null) =>
  queryOptions({
    queryKey: ['briefing', ids, lang, title],
    queryFn: async ({ signal }): Promise<Briefing> =>
      (await request(BriefingDocument, { ids: [...ids], lang: apiLang(lang), title }, signal)).briefing,
  });

export function fetchBriefing(
  ids: readonly string[],
  lang: Lang,
  title: string | null,
  signal?: AbortSignal,
): Promise<Briefing> {
  return fetchThrough(briefingQuery(ids, lang, title), signal);
}
