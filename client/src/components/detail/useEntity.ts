/** Everything the atlas says about one entity, in the interface language, read through the query cache. */
import { useQuery } from '@tanstack/react-query';
import { entityQuery, type EntityDetail } from '../../api/client';
import { useI18n } from '../../i18n/I18n';

export function useEntity(id: string): { loading: boolean; entity: EntityDetail | null } {
  const { lang } = useI18n();
  const { data, isPending } = useQuery(entityQuery(id, lang));
  return { loading: isPending, entity: data ?? null };
}
