/** Reads one entity, and one entity's relationships, from Neo4j. */
import type { Db } from '../db/driver';
import type { EntityRecord, RelationRecord } from './model';
import { entityQuery, relationsQuery } from './query';

export async function fetchEntity(db: Db, id: string): Promise<EntityRecord | null> {
  const [row] = await db.read<{ entity: EntityRecord }>(entityQuery(id));
  return row?.entity ?? null;
}

export async function fetchRelations(
  db: Db,
  id: string,
  types: readonly string[] | null,
  direction: 'OUT' | 'IN' | null,
): Promise<RelationRecord[]> {
  return db.read<RelationRecord & Record<string, unknown>>(relationsQuery(id, types, direction));
}
