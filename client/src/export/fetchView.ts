/** Fetches the visible entities with both languages' texts and all sources, for the export of the view. */
import { queryOptions } from '@tanstack/react-query';
import { fetchEntitiesById } from '../api/entities';
import { ViewExportDocument, type ExportEntityFragment } from '../api/gql/graphql';
import { fetchThrough } from '../api/queryClient';

export const viewExportQuery = (ids: readonly string[]) =>
  queryOptions({
    queryKey: ['viewExport', ids],
    queryFn: ({ signal }) => fetchEntitiesById<ExportEntityFragment>(ViewExportDocument, ids, signal),
  });

/** The entities of `ids` that the API knows, in the order of `ids`. */
export async function fetchExportEntities(
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<ExportEntityFragment[]> {
  const entities = await fetchThrough(viewExportQuery(ids), signal);
  return entities.filter((e): e is ExportEntityFragment => e !== null);
}
