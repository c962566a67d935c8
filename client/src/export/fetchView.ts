/** Fetches the visible entities with both languages' texts and all sources, for the export of the view. */
import viewExportFragments from '../api/viewExport.graphql?raw';
import { request } from '../api/graphql';
import type { ExportEntityFragment } from '../api/operations.generated';

/** How many entities one request asks for (one alias each). */
export const EXPORT_BATCH = 20;

export function viewExportDocument(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$i${i}: ID!`).join(', ');
  const fields = Array.from({ length: count }, (_, i) => `e${i}: entity(id: $i${i}) { ...ExportEntity }`).join('\n  ');
  return `query ViewExport(${vars}) {\n  ${fields}\n}\n${viewExportFragments}`;
}

export async function fetchExportEntities(
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<ExportEntityFragment[]> {
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += EXPORT_BATCH) batches.push(ids.slice(i, i + EXPORT_BATCH));
  const results = await Promise.all(
    batches.map(async (batch) => {
      const variables = Object.fromEntries(batch.map((id, i) => [`i${i}`, id]));
      const data = await request<Record<string, ExportEntityFragment | null>>(
        viewExportDocument(batch.length),
        variables,
        signal,
      );
      return batch.map((_, i) => data[`e${i}`] ?? null);
    }),
  );
  return results.flat().filter((e): e is ExportEntityFragment => e !== null);
}
