/** Reads entities, and entities' relationships, from Neo4j. */
import type DataLoader from 'dataloader';
import { batchedById } from '../db/batchedById';
import type { Db } from '../db/driver';
import type { EntityRecord, RelationRecord } from './model';
import { entitiesQuery, entityQuery, relationCountsQuery, relationsQuery, type RelationsPage } from './query';

export async function fetchEntity(db: Db, id: string): Promise<EntityRecord | null> {
  const [row] = await db.read<{ entity: EntityRecord }>(entityQuery(id));
  return row?.entity ?? null;
}

/** The entities with these ids, aligned with `ids` (null where unknown). */
export async function fetchEntities(db: Db, ids: readonly string[]): Promise<(EntityRecord | null)[]> {
  const rows = await db.read<{ position: number; entity: EntityRecord | null }>(entitiesQuery(ids));
  const byPosition = new Map(rows.map((row) => [row.position, row.entity]));
  return ids.map((_id, position) => byPosition.get(position) ?? null);
}

export async function fetchRelations(
  db: Db,
  ids: readonly string[],
  types: readonly string[] | null,
  direction: 'OUT' | 'IN' | null,
  page?: RelationsPage,
): Promise<Map<string, RelationRecord[]>> {
  const rows = await db.read<RelationRecord & { entityId: string }>(relationsQuery(ids, types, direction, page));
  const byEntity = new Map<string, RelationRecord[]>(ids.map((id) => [id, []]));
  for (const { entityId, ...relation } of rows) byEntity.get(entityId)?.push(relation);
  return byEntity;
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
