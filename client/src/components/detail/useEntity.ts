/**
 * Everything the atlas says about one entity, in the interface language, read through the query cache; and, when
 * the request failed for good, the failure the panel shows instead of "Loading…" (with a retry).
 */
import { useQuery } from '@tanstack/react-query';
import { entityQuery, type EntityDetail } from '../../api/client';
import { failureKind, type FailureKind } from '../../api/errors';
import { useI18n } from '../../i18n/I18n';

export interface EntityRead {
  readonly loading: boolean;
  readonly entity: EntityDetail | null;
  readonly failure: FailureKind | null;
  readonly retry: () => void;
}

export function useEntity(id: string): EntityRead {
  const { lang } = useI18n();
  const { data, isPending, isError, error, refetch } = useQuery(entityQuery(id, lang));
  return {
    loading: isPending,
    entity: data ?? null,
    failure: isError ? failureKind(error) : null,
    retry: () => {
      void refetch();
    },
  };
}
