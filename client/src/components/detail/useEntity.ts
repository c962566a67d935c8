/** Everything the atlas says about one entity, in the interface language, fetched when the id or language changes. */
import { useEffect, useState } from 'react';
import { fetchEntity, type EntityDetail } from '../../api/client';
import { useApi } from '../../api/ApiRunner';
import { useI18n } from '../../i18n/I18n';

export function useEntity(id: string | null): { loading: boolean; entity: EntityDetail | null } {
  const { lang } = useI18n();
  const { run } = useApi();
  const [state, setState] = useState<{ key: string; entity: EntityDetail | null } | null>(null);
  const key = id ? `${id}|${lang}` : '';
  useEffect(() => {
    if (!id) return undefined;
    const controller = new AbortController();
    void run(async (signal) => {
      const entity = await fetchEntity(id, lang, signal);
      setState({ key: `${id}|${lang}`, entity });
    }, controller.signal);
    return () => {
      controller.abort();
    };
  }, [id, lang, run]);
  return state?.key === key ? { loading: false, entity: state.entity } : { loading: Boolean(id), entity: null };
}
