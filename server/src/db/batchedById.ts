/**
 * Per-request batching of reads keyed by entity id: the one DataLoader shape the resolvers share (an entity's
 * relations, their counts, who applies an instrument).
 */
import DataLoader from 'dataloader';

/**
 * A per-request loader that answers every key asked at one level of a query (one per entity of a list) with one
 * database query per distinct rest of the key (the filter, and the page), not one per entity.
 */
export function batchedById<K extends { readonly id: string }, V>(
  fetch: (ids: string[], first: K) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<K, V, string> {
  const groupKey = (key: K) => JSON.stringify({ ...key, id: null });
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const group = groups.get(groupKey(key));
        if (group) group.push(key);
        else groups.set(groupKey(key), [key]);
      }
      const answers = new Map<string, V>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const [first] = group;
          if (!first) return;
          const byEntity = await fetch([...new Set(group.map((key) => key.id))], first);
          for (const key of group) answers.set(JSON.stringify(key), byEntity.get(key.id) ?? missing);
        }),
      );
      return keys.map((key) => answers.get(JSON.stringify(key)) ?? missing);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}
