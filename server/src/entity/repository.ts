/** Reads entities, and entities' relationships, from Neo4j. */
import type DataLoader from 'dataloader';
import { batchedById } from '../db/batchedById';
import { records, type Db } from '../db/driver';
import type { EntityRecord, RelationRecord } from './model';
import { entitiesQuery, entityQuery, relationCountsQuery, relationsQuery, type RelationsPage } from './query';

/** The entities with these ids, aligned with `ids` (null where unknown). */
export async function fetchEntities(db: Db, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  return alignedWith(ids, await db.read<{ position: number; entity: EntityRecord | null }>(entitiesQuery(ids)));
}

/** Rows of `entitiesQuery` as a list aligned with `ids`, null where no entity has the id. */
function alignedWith(
  ids: readonly string[],
  rows: readonly { position: number; entity: EntityRecord | null }[],
): (EntityRecord | null)[] {
  const byPosition = new Map(rows.map((row) => [row.position, row.entity]));
  return ids.map((_id, position) => byPosition.get(position) ?? null);
}

/**
 * Entities by id, aligned with `ids` (null where unknown), and in the same read transaction each given page of their
 * relations (one map per page, every id present): what `entity` and `entities` read when the operation also asks for
 * the entities' relations (lookahead.ts).
 */
export async function fetchEntitiesWithRelations(
  db: Db,
  ids: readonly string[],
  pages: readonly Omit<RelationsKey, 'id'>[],
): Promise<{ entities: (EntityRecord | null)[]; relations: Map<string, RelationRecord[]>[] }> {
  const distinct = [...new Set(ids)];
  return db.readTx(async (tx) => {
    // Sent together: the driver pipelines them, so the transaction costs one round trip, not one per statement.
    const [only] = ids;
    const entityRows =
      ids.length === 1 && only !== undefined
        ? records<{ entity: EntityRecord }>(tx, entityQuery(only)).then((rows) =>
            rows.map((row) => ({ position: 0, entity: row.entity })),
          )
        : records<{ position: number; entity: EntityRecord | null }>(tx, entitiesQuery(ids));
    const pageRows = pages.map((page) =>
      records<RelationRecord & { entityId: string }>(
        tx,
        relationsQuery(distinct, page.types, page.direction, { limit: page.limit, offset: page.offset }),
      ),
    );
    const [rows, ...pagesRead] = await Promise.all([entityRows, ...pageRows]);
    return {
      entities: alignedWith(ids, rows),
      relations: pagesRead.map((pageRows) => byEntity(distinct, pageRows)),
    };
  });
}

function byEntity(ids: readonly string[], rows: readonly (RelationRecord & { entityId: string })[]) {
  const grouped = new Map<string, RelationRecord[]>(ids.map((id) => [id, []]));
  for (const { entityId, ...relation } of rows) grouped.get(entityId)?.push(relation);
  return grouped;
}

export async function fetchRelations(
  db: Db,
  ids: readonly string[],
  types: readonly string[] | null,
  direction: 'OUT' | 'IN' | null,
  page?: RelationsPage,
): Promise<Map<string, RelationRecord[]>> {
  return byEntity(
    ids,
    await db.read<RelationRecord & { entityId: string }>(relationsQuery(ids, types, direction, page)),
  );
}

/** The number of relationships of each entity for a filter (0 for an unknown id). */
export async function fetchRelationCounts(
  db: Db,
  ids: readonly string[],
  types: readonly string[] | null,
  direction: 'OUT' | 'IN' | null,
): Promise<Map<string, number>> {
  const rows = await db.read<{ entityId: string; count: number }>(relationCountsQuery(ids, types, direction));
  return new Map(rows.map((row) => [row.entityId, row.count]));
}

export interface RelationCountKey {
  readonly id: string;
  readonly types: readonly string[] | null;
  readonly direction: 'OUT' | 'IN' | null;
}

export interface RelationsKey extends RelationCountKey {
  readonly limit: number;
  readonly offset: number;
}

/** One request's loader of relations, batched per (types, direction, limit, offset). */
export function relationsLoader(db: Db): DataLoader<RelationsKey, RelationRecord[], string> {
  return batchedById<RelationsKey, RelationRecord[]>(
    (ids, { types, direction, limit, offset }) => fetchRelations(db, ids, types, direction, { limit, offset }),
    [],
  );
}

/** One request's loader of relation counts, batched per (types, direction). */
export function relationCountLoader(db: Db): DataLoader<RelationCountKey, number, string> {
  return batchedById<RelationCountKey, number>(
    (ids, { types, direction }) => fetchRelationCounts(db, ids, types, direction),
    0,
  );
}
