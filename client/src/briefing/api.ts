/** The briefing query (api/briefing.graphql). */
import briefingDocument from '../api/briefing.graphql?raw';
import { apiLang } from '../api/client';
import { request } from '../api/graphql';
import type { BriefingQuery, BriefingQueryVariables } from '../api/operations.generated';
import type { Lang } from '../state/types';
import type { Briefing } from './model';

export async function fetchBriefing(
  ids: readonly string[],
  lang: Lang,
  title: string | null,
  signal?: AbortSignal,
): Promise<Briefing> {
  const variables: BriefingQueryVariables = { ids: [...ids], lang: apiLang(lang), title };
  return (await request<BriefingQuery>(briefingDocument, variables, signal)).briefing;
}
