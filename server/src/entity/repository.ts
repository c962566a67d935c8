/** Reads entities, and entities' relationships, from Neo4j. */
import DataLoader from 'dataloader';
import type { Db } from '../db/driver';
import type { EntityRecord, RelationRecord } from './model';
import { entitiesQuery, entityQuery, relationsQuery } from './query';

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
): Promise<Map<string, RelationRecord[]>> {
  const rows = await db.read<RelationRecord & { entityId: string }>(relationsQuery(ids, types, direction));
  const byEntity = new Map<string, RelationRecord[]>(ids.map((id) => [id, []]));
  for (const { entityId, ...relation } of rows) byEntity.get(entityId)?.push(relation);
  return byEntity;
}

export interface RelationsKey {
  readonly id: string;
  readonly types: readonly string[] | null;
  readonly direction: 'OUT' | 'IN' | null;
}

/**
 * One request's loader of relations: every `relations` field asked at one level of a query (one per entity of a list)
 * is answered by one database query per distinct (types, direction), not one per entity.
 */
export function relationsLoader(db: Db): DataLoader<RelationsKey, RelationRecord[], string> {
  const filterKey = (key: RelationsKey) => JSON.stringify([key.types, key.direction]);
  return new DataLoader<RelationsKey, RelationRecord[], string>(
    async (keys) => {
      const groups = new Map<string, RelationsKey[]>();
      for (const key of keys) {
        const group = groups.get(filterKey(key));
        if (group) group.push(key);
        else groups.set(filterKey(key), [key]);
      }
      const answers = new Map<string, RelationRecord[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const [first] = group;
          if (!first) return;
          const ids = [...new Set(group.map((key) => key.id))];
          const byEntity = await fetchRelations(db, ids, first.types, first.direction);
          for (const key of group) answers.set(JSON.stringify(key), byEntity.get(key.id) ?? []);
        }),
      );
      return keys.map((key) => answers.get(JSON.stringify(key)) ?? []);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}
