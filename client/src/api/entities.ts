/**
 * Many entities by id through `entities(ids)`, which takes 1..200 ids and answers one item per id, in order, null for
 * an unknown id. Longer lists are split into requests of 200, sent together.
 */
import type { TypedDocumentString } from './gql/graphql';
import { request } from './graphql';

/** The most ids `entities(ids)` accepts in one request. */
export const ENTITIES_BATCH = 200;

/** `items` in consecutive slices of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  return slices;
}

/** The entities for `ids`, aligned with them (null where the id is unknown); no request for an empty list. */
export async function fetchEntitiesById<T>(
  document: TypedDocumentString<{ entities: (T | null)[] }, { ids: string[] | string }>,
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<(T | null)[]> {
  const results = await Promise.all(
    chunks(ids, ENTITIES_BATCH).map(async (batch) => (await request(document, { ids: batch }, signal)).entities),
  );
  return results.flat();
}
